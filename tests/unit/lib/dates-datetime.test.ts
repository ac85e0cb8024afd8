import { describe, expect, it } from "vitest";
import { formatPortalDateTimeInput, parsePortalDateTime } from "@/lib/dates";

describe("Paris wall-clock times of the back-office forms", () => {
  it("reads winter and summer times with their offsets", () => {
    expect(parsePortalDateTime("2026-11-24T14:05")?.toISOString()).toBe("2026-11-24T13:05:00.000Z");
    expect(parsePortalDateTime("2026-07-01T09:30")?.toISOString()).toBe("2026-07-01T07:30:00.000Z");
  });

  it("moves a time the spring change skips forward, as clocks do", () => {
    expect(parsePortalDateTime("2026-03-29T02:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("refuses what is not a date", () => {
    expect(parsePortalDateTime("2026-02-30T10:00")).toBeNull();
    expect(parsePortalDateTime("24/11/2026 14:05")).toBeNull();
    expect(parsePortalDateTime("2026-11-24T25:00")).toBeNull();
  });

  it("writes an instant back as the value the input shows", () => {
    expect(formatPortalDateTimeInput(new Date("2026-11-24T13:05:00Z"))).toBe("2026-11-24T14:05");
    expect(formatPortalDateTimeInput(new Date("2026-07-01T07:30:00Z"))).toBe("2026-07-01T09:30");
  });
});
