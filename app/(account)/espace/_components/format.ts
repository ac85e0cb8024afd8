import { isoDateInTimeZone, PORTAL_TIME_ZONE } from "@/lib/dates";
import { fr } from "@/lib/i18n/fr";
import { formatIsoDate } from "@/lib/i18n/format";
import type { SearchKind } from "@/lib/search/types";

const clock = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: PORTAL_TIME_ZONE });

/** "12 mars 2026", on the portal's calendar. */
export function formatDay(at: Date): string {
  return formatIsoDate(isoDateInTimeZone(at));
}

/** "12 mars 2026 à 14 h 05", as French typography writes times. */
export function formatDayTime(at: Date): string {
  const [hours, minutes] = clock.format(at).split(":");
  return `${formatDay(at)} à ${hours} h ${minutes}`;
}

/** "Formation", "Métier"… */
export function kindLabel(kind: SearchKind): string {
  return fr.catalog.kindLabels[kind];
}

/** "Formations", "Aides au financement"…: group headings. */
export function kindPluralLabel(kind: SearchKind): string {
  const plural = fr.catalog.kinds[kind].other;
  return plural.charAt(0).toUpperCase() + plural.slice(1);
}
