import { describe, expect, it } from "vitest";
import {
  buildMonthGrid,
  dayStart,
  formatCalendarDay,
  formatMonth,
  groupByDay,
  monthOfInstant,
  monthRange,
  parseMonthKey,
  shiftMonth,
  spanDays,
  WEEKDAYS,
} from "@/lib/agenda/calendar";

const at = (iso: string) => new Date(iso);

describe("month grid", () => {
  it("starts weeks on Monday: a month beginning on Sunday opens with six days of the previous one", () => {
    // 1 November 2026 is a Sunday.
    const weeks = buildMonthGrid("2026-11");
    expect(weeks).toHaveLength(6);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]?.map((day) => day.date)).toEqual([
      "2026-10-26",
      "2026-10-27",
      "2026-10-28",
      "2026-10-29",
      "2026-10-30",
      "2026-10-31",
      "2026-11-01",
    ]);
    expect(weeks[0]?.filter((day) => day.inMonth).map((day) => day.day)).toEqual([1]);
    // 30 November is a Monday: the last week ends on Sunday 6 December.
    expect(weeks[5]?.[0]).toEqual({ date: "2026-11-30", day: 30, inMonth: true });
    expect(weeks[5]?.[6]).toEqual({ date: "2026-12-06", day: 6, inMonth: false });
    expect(weeks.flat().filter((day) => day.inMonth)).toHaveLength(30);
  });

  it("needs no padding for a February starting on Monday (2027 has four exact weeks)", () => {
    const weeks = buildMonthGrid("2027-02");
    expect(weeks).toHaveLength(4);
    expect(weeks.flat().every((day) => day.inMonth)).toBe(true);
  });

  it("counts 29 days in a leap February and keeps every day once, in order", () => {
    const days = buildMonthGrid("2028-02").flat();
    expect(days.filter((day) => day.inMonth)).toHaveLength(29);
    const dates = days.map((day) => day.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it("names days and months in French, Monday first", () => {
    expect(WEEKDAYS.map((day) => day.long)).toEqual(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]);
    expect(WEEKDAYS[0]?.short).toBe("lun.");
    expect(formatMonth("2026-12")).toBe("Décembre 2026");
    expect(formatCalendarDay("2026-12-01")).toBe("mardi 1er décembre 2026");
    expect(formatCalendarDay("2026-12-03")).toBe("jeudi 3 décembre 2026");
  });
});

describe("months in the URL", () => {
  it("accepts YYYY-MM and falls back on anything else", () => {
    expect(parseMonthKey("2026-12", "2026-01")).toBe("2026-12");
    for (const bad of ["2026-13", "2026-1", "26-12", "1850-01", "2026-12-01", undefined, ["2026-12"]]) {
      expect(parseMonthKey(bad, "2026-01")).toBe("2026-01");
    }
  });

  it("moves across years", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-03", 12)).toBe("2027-03");
  });

  it("takes the month of an instant on Paris time", () => {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Paris.
    expect(monthOfInstant(at("2026-12-31T23:30:00Z"))).toBe("2027-01");
    expect(monthOfInstant(at("2026-12-31T22:30:00Z"))).toBe("2026-12");
  });
});

describe("day boundaries in Paris across daylight-saving changes", () => {
  it("begins days at local midnight, with 23- and 25-hour days in March and October", () => {
    expect(dayStart("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(dayStart("2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(dayStart("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(dayStart("2026-10-26").toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("bounds a month from midnight to midnight, whatever the offset at each end", () => {
    expect(monthRange("2026-03")).toEqual({ start: at("2026-02-28T23:00:00Z"), end: at("2026-03-31T22:00:00Z") });
    expect(monthRange("2026-10")).toEqual({ start: at("2026-09-30T22:00:00Z"), end: at("2026-10-31T23:00:00Z") });
  });

  it("puts an event on its Paris day on each side of the change", () => {
    // 23:30 UTC is 00:30 the next day in winter (UTC+1) and 01:30 in summer (UTC+2).
    expect(spanDays({ startsAt: at("2026-03-28T23:30:00Z"), endsAt: null }, "2026-03-01", "2026-03-31")).toEqual(["2026-03-29"]);
    expect(spanDays({ startsAt: at("2026-03-29T21:30:00Z"), endsAt: null }, "2026-03-01", "2026-03-31")).toEqual(["2026-03-29"]);
    expect(spanDays({ startsAt: at("2026-03-29T22:30:00Z"), endsAt: null }, "2026-03-01", "2026-03-31")).toEqual(["2026-03-30"]);
    // The night of 24-25 October lasts an hour more: 22:30 UTC on the 25th is 23:30 in Paris.
    expect(spanDays({ startsAt: at("2026-10-25T22:30:00Z"), endsAt: null }, "2026-10-01", "2026-10-31")).toEqual(["2026-10-25"]);
  });

  it("spans a weekend across the March change on both days", () => {
    const weekend = { startsAt: at("2026-03-28T09:00:00Z"), endsAt: at("2026-03-29T15:00:00Z") };
    expect(spanDays(weekend, "2026-03-01", "2026-03-31")).toEqual(["2026-03-28", "2026-03-29"]);
  });
});

describe("events by day", () => {
  type Item = { id: number; startsAt: Date; endsAt: Date | null };

  it("shows a multi-day event on each day it covers, clipped to the month it spans into", () => {
    // 30 November 09:00 to 2 December 17:00, Paris time.
    const fair: Item = { id: 1, startsAt: at("2026-11-30T08:00:00Z"), endsAt: at("2026-12-02T16:00:00Z") };
    const november = groupByDay([fair], "2026-11");
    expect([...november.keys()]).toEqual(["2026-11-30"]);
    expect(november.get("2026-11-30")?.[0]).toMatchObject({ startsHere: true, endsHere: false });

    const december = groupByDay([fair], "2026-12");
    expect([...december.keys()]).toEqual(["2026-12-01", "2026-12-02"]);
    expect(december.get("2026-12-01")?.[0]).toMatchObject({ startsHere: false, endsHere: false });
    expect(december.get("2026-12-02")?.[0]).toMatchObject({ startsHere: false, endsHere: true });
  });

  it("does not spill onto the next day when an event ends at midnight sharp", () => {
    const evening: Item = { id: 2, startsAt: at("2026-12-04T18:00:00Z"), endsAt: at("2026-12-04T23:00:00Z") };
    expect([...groupByDay([evening], "2026-12").keys()]).toEqual(["2026-12-04"]);
  });

  it("orders a day: what runs on from earlier days first, then by start time", () => {
    const items: Item[] = [
      { id: 3, startsAt: at("2026-12-10T13:00:00Z"), endsAt: null },
      { id: 4, startsAt: at("2026-12-10T08:00:00Z"), endsAt: null },
      { id: 5, startsAt: at("2026-12-09T08:00:00Z"), endsAt: at("2026-12-10T16:00:00Z") },
    ];
    expect(groupByDay(items, "2026-12").get("2026-12-10")?.map((entry) => entry.item.id)).toEqual([5, 4, 3]);
  });

  it("ignores a backward end and events outside the month", () => {
    const items: Item[] = [
      { id: 6, startsAt: at("2026-12-15T10:00:00Z"), endsAt: at("2026-12-14T10:00:00Z") },
      { id: 7, startsAt: at("2027-01-05T10:00:00Z"), endsAt: null },
    ];
    const byDay = groupByDay(items, "2026-12");
    expect([...byDay.keys()]).toEqual(["2026-12-15"]);
  });
});
