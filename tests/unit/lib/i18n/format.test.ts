import { describe, expect, it } from "vitest";
import { isoDateInTimeZone } from "@/lib/dates";
import { formatIsoDate, formatNumber, pluralize } from "@/lib/i18n/format";

describe("French formatting", () => {
  it("writes calendar days in full, whatever the server's time zone", () => {
    expect(formatIsoDate("2026-03-02")).toBe("2 mars 2026");
    expect(formatIsoDate("2026-12-31")).toBe("31 décembre 2026");
  });

  it("writes the first of the month 1er", () => {
    expect(formatIsoDate("2026-08-01")).toBe("1er août 2026");
  });

  it("groups thousands with a narrow no-break space", () => {
    expect(formatNumber(13120)).toBe("13\u202f120");
  });

  it("keeps 0 and 1 singular", () => {
    const forms = { one: "formation", other: "formations" };
    expect([0, 1, 2].map((n) => pluralize(n, forms))).toEqual(["formation", "formation", "formations"]);
  });
});

describe("portal calendar day", () => {
  it("flips at midnight in Paris, not in UTC", () => {
    // 23:30 UTC on 31 March 2026 is already 1 April in Paris (UTC+2 in summer time).
    expect(isoDateInTimeZone(new Date("2026-03-31T23:30:00Z"))).toBe("2026-04-01");
    expect(isoDateInTimeZone(new Date("2026-03-31T21:30:00Z"))).toBe("2026-03-31");
  });
});
