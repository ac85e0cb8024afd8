/** The regional portal lives on French time: "today" flips at midnight in Paris, not in UTC. */
export const PORTAL_TIME_ZONE = "Europe/Paris";

/** The calendar day of `at` in the portal's time zone, as "YYYY-MM-DD". */
export function isoDateInTimeZone(at: Date = new Date(), timeZone: string = PORTAL_TIME_ZONE): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

const DATETIME_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a wall-clock time in Paris stands for: "2026-03-29T02:30" (a time the spring change
 * skips) moves forward as clocks do. Forms send `datetime-local` values with no zone; the portal
 * means Paris time. Null when the text is not such a value or not a real date.
 */
export function parsePortalDateTime(value: string, timeZone: string = PORTAL_TIME_ZONE): Date | null {
  const match = DATETIME_LOCAL.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The zone's offset at that moment, applied twice so a guess near a clock change settles.
  let instant = asUtc - zoneOffsetMs(new Date(asUtc), timeZone);
  instant = asUtc - zoneOffsetMs(new Date(instant), timeZone);
  return new Date(instant);
}

/** The `datetime-local` value showing `at` in Paris time ("2026-11-24T14:05"). */
export function formatPortalDateTimeInput(at: Date, timeZone: string = PORTAL_TIME_ZONE): string {
  const parts = wallClock(at, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}`;
}

function wallClock(at: Date, timeZone: string) {
  const values: Record<string, number> = {};
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  for (const part of format.formatToParts(at)) if (part.type !== "literal") values[part.type] = Number(part.value);
  return values as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

function zoneOffsetMs(at: Date, timeZone: string): number {
  const p = wallClock(at, timeZone);
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wallAsUtc - Math.floor(at.getTime() / 1000) * 1000;
}
