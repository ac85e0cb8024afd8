import { fr, type PluralForms } from "./fr";

const LOCALE = "fr-FR";

const numberFormat = new Intl.NumberFormat(LOCALE);
const pluralRules = new Intl.PluralRules(LOCALE);
// Dates from the database are calendar days ("2026-03-02"): formatting them in UTC keeps the day
// the feed published, whatever the server's time zone.
const longDate = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** French plural: 0 and 1 take the singular. */
export function pluralize(count: number, forms: PluralForms): string {
  return pluralRules.select(count) === "one" ? forms.one : forms.other;
}

/** "2026-03-02" -> "2 mars 2026"; the first of the month is written "1er", as French typography wants. */
export function formatIsoDate(isoDate: string): string {
  return longDate
    .formatToParts(new Date(`${isoDate}T00:00:00Z`))
    .map((part) => (part.type === "day" && part.value === "1" ? "1er" : part.value))
    .join("");
}

const euros = new Intl.NumberFormat(LOCALE, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

/**
 * A median monthly net salary in euros. France Travail leaves the figure out when too few people
 * answered; the database keeps that as null, and some exports write 0: both read "non diffusable",
 * never "0 €", which would tell a job seeker the trade pays nothing.
 */
export function formatMedianSalary(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value) || value <= 0) return fr.trades.salaryUndisclosed;
  return euros.format(Math.round(value));
}

/** "12345678900012" -> "123 456 789 00012" (SIREN in threes, then the NIC); anything else as given. */
export function formatSiret(value: string): string {
  const digits = value.replace(/\s/g, "");
  if (!/^\d{14}$/.test(digits)) return value.trim();
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`;
}

const dayInParis = new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" });
const dateTimeInParis = new Intl.DateTimeFormat(LOCALE, {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Paris",
});

/** A moment (timestamp) as its day on French time: "24 novembre 2026". */
export function formatDate(at: Date): string {
  return dayInParis.format(at);
}

/** A moment with its time on French time: "24 nov. 2026, 14:05". */
export function formatDateTime(at: Date): string {
  return dateTimeInParis.format(at);
}
