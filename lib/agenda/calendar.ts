import { TZDate } from "@date-fns/tz";
import { isoDateInTimeZone, PORTAL_TIME_ZONE } from "@/lib/dates";

/**
 * Month-grid arithmetic of the agenda's calendar view, in the portal's time zone. Calendar days are
 * handled as ISO strings ("2026-12-03") and walked with UTC dates, which have no daylight-saving
 * jumps; only the boundaries between days (midnight in Paris) are real instants, computed with
 * TZDate so a 23- or 25-hour day in March or October still starts and ends at midnight.
 */

/** "2026-12": a month as the `mois` URL parameter writes it. */
export type MonthKey = string;

export type CalendarDay = {
  /** ISO date, "2026-12-03". */
  date: string;
  /** Day of the month, 1–31. */
  day: number;
  /** False for the days of the previous or next month that complete the first and last weeks. */
  inMonth: boolean;
};

/** A span with an optional end, as events are stored. */
export type TimeSpan = { startsAt: Date; endsAt: Date | null };

/** One event on one day: whether it begins and ends that day (else it runs on from or into others). */
export type DayEntry<T> = { item: T; startsHere: boolean; endsHere: boolean };

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
// Outside these years a hand-edited URL is a typo, not a wish to browse the 13th century.
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const DAY_MS = 86_400_000;

export function isMonthKey(value: unknown): value is MonthKey {
  if (typeof value !== "string") return false;
  const match = MONTH_KEY.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** The month a URL asks for, or `fallback` when the value is missing or malformed. */
export function parseMonthKey(value: unknown, fallback: MonthKey): MonthKey {
  return isMonthKey(value) ? value : fallback;
}

/** The month of an instant, on Paris time (23:30 UTC on 31 December is already January in Paris). */
export function monthOfInstant(at: Date, timeZone: string = PORTAL_TIME_ZONE): MonthKey {
  return isoDateInTimeZone(at, timeZone).slice(0, 7);
}

function parts(month: MonthKey): { year: number; monthIndex: number } {
  const [year, monthNumber] = month.split("-").map(Number);
  return { year: year ?? 1970, monthIndex: (monthNumber ?? 1) - 1 };
}

function isoOfUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utcOfIso(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** `month` moved by `delta` months ("2026-12", 1 -> "2027-01"). */
export function shiftMonth(month: MonthKey, delta: number): MonthKey {
  const { year, monthIndex } = parts(month);
  return isoOfUtc(new Date(Date.UTC(year, monthIndex + delta, 1))).slice(0, 7);
}

/** First and last ISO days of the month. */
export function monthDays(month: MonthKey): { first: string; last: string } {
  const { year, monthIndex } = parts(month);
  return {
    first: isoOfUtc(new Date(Date.UTC(year, monthIndex, 1))),
    last: isoOfUtc(new Date(Date.UTC(year, monthIndex + 1, 0))),
  };
}

/** The instant a calendar day begins in `timeZone` (midnight local time, DST-aware). */
export function dayStart(isoDate: string, timeZone: string = PORTAL_TIME_ZONE): Date {
  const [year, month, day] = isoDate.split("-").map(Number);
  return new Date(new TZDate(year ?? 1970, (month ?? 1) - 1, day ?? 1, timeZone).getTime());
}

/** The month as instants: from midnight on the 1st (included) to midnight on the next 1st (excluded). */
export function monthRange(month: MonthKey, timeZone: string = PORTAL_TIME_ZONE): { start: Date; end: Date } {
  return {
    start: dayStart(monthDays(month).first, timeZone),
    end: dayStart(monthDays(shiftMonth(month, 1)).first, timeZone),
  };
}

/** Monday = 0 … Sunday = 6: French weeks start on Monday. */
function mondayBasedWeekday(isoDate: string): number {
  return (utcOfIso(isoDate).getUTCDay() + 6) % 7;
}

/**
 * The month as full weeks, Monday first: the first week begins with the last days of the previous
 * month when the 1st is not a Monday, the last week ends with the first days of the next one.
 */
export function buildMonthGrid(month: MonthKey): CalendarDay[][] {
  const { first, last } = monthDays(month);
  const gridStart = utcOfIso(first).getTime() - mondayBasedWeekday(first) * DAY_MS;
  const gridEnd = utcOfIso(last).getTime() + (6 - mondayBasedWeekday(last)) * DAY_MS;
  const weeks: CalendarDay[][] = [];
  for (let time = gridStart; time <= gridEnd; time += DAY_MS) {
    const date = isoOfUtc(new Date(time));
    if (mondayBasedWeekday(date) === 0) weeks.push([]);
    weeks[weeks.length - 1]?.push({ date, day: Number(date.slice(8)), inMonth: date >= first && date <= last });
  }
  return weeks;
}

/**
 * The first and last calendar days (in `timeZone`) of a span. An end at exactly midnight does not
 * spill onto the next day; a missing or backward end means the start day only.
 */
export function spanBounds(span: TimeSpan, timeZone: string = PORTAL_TIME_ZONE): { firstDay: string; lastDay: string } {
  const firstDay = isoDateInTimeZone(span.startsAt, timeZone);
  const end = span.endsAt;
  const lastDay = end && end.getTime() > span.startsAt.getTime() ? isoDateInTimeZone(new Date(end.getTime() - 1), timeZone) : firstDay;
  return { firstDay, lastDay };
}

/** The calendar days a span covers, limited to [fromIso, toIso]. */
export function spanDays(span: TimeSpan, fromIso: string, toIso: string, timeZone: string = PORTAL_TIME_ZONE): string[] {
  const { firstDay, lastDay } = spanBounds(span, timeZone);
  const from = firstDay > fromIso ? firstDay : fromIso;
  const to = lastDay < toIso ? lastDay : toIso;
  const days: string[] = [];
  for (let time = utcOfIso(from).getTime(); time <= utcOfIso(to).getTime(); time += DAY_MS) {
    days.push(isoOfUtc(new Date(time)));
  }
  return days;
}

/**
 * The items of the month by ISO day, each on every day it covers. Within a day, what runs on from
 * an earlier day comes first, then by start time.
 */
export function groupByDay<T extends TimeSpan>(
  items: readonly T[],
  month: MonthKey,
  timeZone: string = PORTAL_TIME_ZONE,
): Map<string, DayEntry<T>[]> {
  const { first, last } = monthDays(month);
  const byDay = new Map<string, DayEntry<T>[]>();
  for (const item of items) {
    const { firstDay, lastDay } = spanBounds(item, timeZone);
    for (const day of spanDays(item, first, last, timeZone)) {
      const entries = byDay.get(day) ?? [];
      entries.push({ item, startsHere: day === firstDay, endsHere: day === lastDay });
      byDay.set(day, entries);
    }
  }
  for (const entries of byDay.values()) {
    entries.sort(
      (a, b) =>
        Number(a.startsHere) - Number(b.startsHere) || a.item.startsAt.getTime() - b.item.startsAt.getTime(),
    );
  }
  return byDay;
}

const LOCALE = "fr-FR";
// Calendar days are UTC midnights here, so formatting in UTC names the intended day.
const longWeekday = new Intl.DateTimeFormat(LOCALE, { weekday: "long", timeZone: "UTC" });
const monthYear = new Intl.DateTimeFormat(LOCALE, { month: "long", year: "numeric", timeZone: "UTC" });
const fullDay = new Intl.DateTimeFormat(LOCALE, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Monday to Sunday: full French names ("lundi") and their usual abbreviations ("lun."). */
export const WEEKDAYS: readonly { long: string; short: string }[] = Array.from({ length: 7 }, (_, index) => {
  // 2024-01-01 was a Monday.
  const long = longWeekday.format(new Date(Date.UTC(2024, 0, 1 + index)));
  return { long, short: `${long.slice(0, 3)}.` };
});

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Décembre 2026". */
export function formatMonth(month: MonthKey): string {
  return capitalize(monthYear.format(utcOfIso(monthDays(month).first)));
}

/** "mardi 1er décembre 2026": the first of the month is written "1er", as French typography wants. */
export function formatCalendarDay(isoDate: string): string {
  return fullDay
    .formatToParts(utcOfIso(isoDate))
    .map((part) => (part.type === "day" && part.value === "1" ? "1er" : part.value))
    .join("");
}
