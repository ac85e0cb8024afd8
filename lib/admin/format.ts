import { PORTAL_TIME_ZONE } from "@/lib/dates";

// An explicit time zone makes the server render and the browser hydration print the same text.
const dateTime = new Intl.DateTimeFormat("fr-FR", {
  timeZone: PORTAL_TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

const date = new Intl.DateTimeFormat("fr-FR", { timeZone: PORTAL_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });

/** "12/03/2026 14:05", in Paris time. */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return dateTime.format(new Date(value)).replace(",", "");
}

export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return date.format(new Date(value));
}
