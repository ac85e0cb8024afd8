import "server-only";
import type { SegmentOptions } from "@/db/queries/network-newsletters";
import type { NewsletterSegment } from "@/db/schema";
import { countryLabel } from "@/lib/network/countries";
import { intlLocale, type NetworkLocale, pick } from "@/lib/network/i18n/locale";
import { newsletterStrings } from "@/lib/network/i18n/newsletters";
import type { NewsletterInput } from "@/lib/validations/network-newsletter";
import type { SegmentBuilderOptions } from "../_components/segment-builder";

/** The id of a newsletter route segment, or null for anything but a positive integer. */
export function parseNewsletterId(value: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? id : null;
}

export const EMPTY_SEGMENT: NewsletterSegment = { kinds: ["alumni", "organisation_member"] };

export function formValuesOf(newsletter: { subjectFr: string; subjectEn: string | null; bodyFr: string; bodyEn: string | null; segment: NewsletterSegment }): NewsletterInput {
  const { segment } = newsletter;
  return {
    subjectFr: newsletter.subjectFr,
    subjectEn: newsletter.subjectEn ?? "",
    bodyFr: newsletter.bodyFr,
    bodyEn: newsletter.bodyEn ?? "",
    segment: {
      kinds: segment.kinds,
      countriesOfOrigin: segment.countriesOfOrigin ?? [],
      countriesOfActivity: segment.countriesOfActivity ?? [],
      schools: segment.schools ?? [],
      years: segment.years ?? [],
      organisationIds: segment.organisationIds ?? [],
    },
  };
}

/**
 * The builder's choices in the page's language. Values already chosen stay offered even when no
 * approved member has them any more, so editing a draft never drops a choice silently.
 */
export function builderOptions(options: SegmentOptions, segment: NewsletterSegment, locale: NetworkLocale): SegmentBuilderOptions {
  const collator = new Intl.Collator(intlLocale(locale), { sensitivity: "base", numeric: true });
  const merge = <V extends string | number>(available: V[], chosen: V[] | undefined) => [...new Set([...available, ...(chosen ?? [])])];
  const countries = (codes: string[]) =>
    codes.map((code) => ({ value: code, label: countryLabel(code, locale) })).sort((a, b) => collator.compare(a.label, b.label));
  const organisationNames = new Map(options.organisations.map((o) => [o.id, o.name]));
  return {
    countriesOfOrigin: countries(merge(options.countriesOfOrigin, segment.countriesOfOrigin)),
    countriesOfActivity: countries(merge(options.countriesOfActivity, segment.countriesOfActivity)),
    schools: merge(options.schools, segment.schools)
      .map((school) => ({ value: school, label: school }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    years: merge(options.years, segment.years)
      .sort((a, b) => b - a)
      .map((year) => ({ value: year, label: String(year) })),
    organisations: merge([...organisationNames.keys()], segment.organisationIds).map((id) => ({
      value: id,
      label: organisationNames.get(id) ?? `#${id}`,
    })),
  };
}

/** The segment in words, one line per criterion that filters ("Pays d'origine : Maroc, Sénégal"). */
export function describeSegment(segment: NewsletterSegment, organisations: { id: number; name: string }[], locale: NetworkLocale): string[] {
  const t = pick(newsletterStrings, locale);
  const lines = [`${t.kindsLegend}${locale === "fr" ? " : " : ": "}${segment.kinds.map((kind) => t.kinds[kind]).join(", ")}`];
  const line = (label: string, values: string[] | undefined) => {
    if (values?.length) lines.push(`${label}${locale === "fr" ? " : " : ": "}${values.join(", ")}`);
  };
  if (segment.kinds.includes("alumni")) {
    line(t.countriesOfOrigin, segment.countriesOfOrigin?.map((code) => countryLabel(code, locale)));
    line(t.countriesOfActivity, segment.countriesOfActivity?.map((code) => countryLabel(code, locale)));
    line(t.schools, segment.schools);
    line(t.years, segment.years?.map(String));
  }
  if (segment.kinds.includes("organisation_member")) {
    const names = new Map(organisations.map((o) => [o.id, o.name]));
    line(t.organisations, segment.organisationIds?.map((id) => names.get(id) ?? `#${id}`));
  }
  return lines;
}

export function formatNewsletterDate(date: Date, locale: NetworkLocale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" }).format(date);
}
