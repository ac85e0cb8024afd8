import { PORTAL_TIME_ZONE } from "@/lib/dates";
import { intlLocale, type NetworkLocale } from "./i18n/locale";

/**
 * Dates of network items in the reader's language, on Paris time (the Campus's events happen
 * there; the hint "Paris time" is given with the times).
 */

export function formatPostDate(date: Date, locale: NetworkLocale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: PORTAL_TIME_ZONE }).format(date);
}

export function formatEventDate(date: Date, locale: NetworkLocale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "full", timeStyle: "short", timeZone: PORTAL_TIME_ZONE }).format(date);
}

/** "jeudi 12 mars 2026 à 14:00 – 17:00", or two full dates when the event spans days. */
export function formatEventRange(startsAt: Date, endsAt: Date | null, locale: NetworkLocale): string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "full", timeStyle: "short", timeZone: PORTAL_TIME_ZONE });
  if (!endsAt || endsAt.getTime() <= startsAt.getTime()) return format.format(startsAt);
  return format.formatRange(startsAt, endsAt);
}
