import type { Contact } from "@/db/schema";
import type { FormationActionDetail, FormationDetail, FormationSessionDetail } from "@/db/queries/formation-detail";
import { fr } from "@/lib/i18n/fr";
import { formatNumber } from "@/lib/i18n/format";

const euro = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 2 });

export function formatPrice(value: number): string {
  // Whole euros read better; cents only when the feed gives some.
  return Number.isInteger(value)
    ? new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value)
    : euro.format(value);
}

/** "400 heures", or "400 à 900 heures" when the formation's offers differ. */
export function hoursSummary(actions: FormationActionDetail[]): string | null {
  const hours = actions.map((a) => a.hoursTotal).filter((h): h is number => h !== null && h > 0);
  if (hours.length === 0) return actions.find((a) => a.durationText)?.durationText ?? null;
  const min = Math.min(...hours);
  const max = Math.max(...hours);
  return min === max ? fr.formation.hours(formatNumber(min)) : fr.formation.hours(`${formatNumber(min)} à ${formatNumber(max)}`);
}

export function priceSummary(actions: FormationActionDetail[]): string | null {
  const prices = actions.map((a) => a.totalPrice).filter((p): p is number => p !== null && p > 0);
  if (prices.length > 0) {
    const min = Math.min(...prices);
    const max = Math.max(...prices);
    return fr.formation.priceTotal(min === max ? formatPrice(min) : `${formatPrice(min)} à ${formatPrice(max)}`);
  }
  const hourly = actions.find((a) => a.hourlyPrice !== null && a.hourlyPrice > 0)?.hourlyPrice;
  return hourly ? fr.formation.priceHourly(formatPrice(hourly)) : null;
}

export function unique<T>(values: (T | null | undefined)[]): T[] {
  return [...new Set(values.filter((v): v is T => v !== null && v !== undefined))];
}

/** Current or upcoming: not yet ended (an undated session is announced, so it counts). */
export function isCurrentSession(session: FormationSessionDetail, today: string): boolean {
  const end = session.endDate ?? session.startDate;
  return end === null || end >= today;
}

export function nextSessionStart(detail: FormationDetail, today: string): string | null {
  return (
    detail.actions
      .flatMap((a) => a.sessions)
      .map((s) => s.startDate)
      .filter((d): d is string => d !== null && d >= today)
      .sort()[0] ?? null
  );
}

export function contactName(contact: Contact): string | null {
  const name = [contact.civility, contact.firstName, contact.lastName].filter(Boolean).join(" ").trim();
  return name || null;
}

/** Only http(s) links from feeds are rendered: a "javascript:" URL must never become a link. */
export function safeUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}

export function osmUrl(lat: number, lon: number): string {
  return `https://www.openstreetmap.org/?mlat=${lat.toFixed(5)}&mlon=${lon.toFixed(5)}#map=16/${lat.toFixed(5)}/${lon.toFixed(5)}`;
}
