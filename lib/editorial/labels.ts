import { REGION_NAMES, departmentLabel } from "@/lib/catalog/territories";
import { PORTAL_TIME_ZONE } from "@/lib/dates";
import { fr } from "@/lib/i18n/fr";
import { parseTerritory } from "./vocabulary";

/** French labels and date wording of the editorial content. */

export function audienceLabel(value: string): string {
  return fr.editorial.audiences[value] ?? value;
}

/** "France entière", "Région Occitanie", "Haute-Garonne (31)"; the raw code when unknown. */
export function territoryLabel(value: string): string {
  const territory = parseTerritory(value);
  if (!territory) return value;
  if (territory.level === "national") return fr.editorial.national;
  if (territory.level === "region") {
    const name = REGION_NAMES[territory.code];
    return name ? fr.editorial.region(name) : value;
  }
  return departmentLabel(territory.code);
}

const dayFormat = new Intl.DateTimeFormat("fr-FR", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: PORTAL_TIME_ZONE,
});
const dayMonthFormat = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", timeZone: PORTAL_TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat("fr-FR", { hour: "numeric", minute: "2-digit", timeZone: PORTAL_TIME_ZONE });
const isoDayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: PORTAL_TIME_ZONE });

/** "1er" for the first of the month, as French typography wants. */
function firstOfMonth(text: string): string {
  return text.replace(/(^|\s)1(\s)/, "$11er$2");
}

/** "samedi 12 avril 2026", in Paris time. */
export function formatEventDay(at: Date): string {
  return firstOfMonth(dayFormat.format(at));
}

const NBSP = "\u00a0";

/** "9 h 30", "14 h": the French way of writing a time, with no-break spaces so it never wraps. */
export function formatTime(at: Date): string {
  const [hours, minutes] = timeFormat.format(at).split(":");
  return minutes === "00" ? `${Number(hours)}${NBSP}h` : `${Number(hours)}${NBSP}h${NBSP}${minutes}`;
}

/**
 * "samedi 12 avril 2026, de 9 h 30 à 16 h 30", or "du vendredi 3 avril au samedi 4 avril 2026, de
 * 9 h à 17 h" when the event spans several days (same hours each day).
 */
export function formatEventSchedule(startsAt: Date, endsAt: Date | null): string {
  const end = endsAt ?? startsAt;
  const hours =
    end.getTime() > startsAt.getTime() ? `de ${formatTime(startsAt)} à ${formatTime(end)}` : `à ${formatTime(startsAt)}`;
  if (isoDayFormat.format(startsAt) === isoDayFormat.format(end)) return `${formatEventDay(startsAt)}, ${hours}`;
  return `du ${firstOfMonth(dayMonthFormat.format(startsAt))} au ${formatEventDay(end)}, ${hours}`;
}
