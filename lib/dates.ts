/** The regional portal lives on French time: "today" flips at midnight in Paris, not in UTC. */
export const PORTAL_TIME_ZONE = "Europe/Paris";

/** The calendar day of `at` in the portal's time zone, as "YYYY-MM-DD". */
export function isoDateInTimeZone(at: Date = new Date(), timeZone: string = PORTAL_TIME_ZONE): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}
