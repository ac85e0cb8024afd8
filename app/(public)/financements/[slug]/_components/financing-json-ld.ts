import type { FinancingScheme } from "@/db/schema";
import { audienceLabel, territoryLabel } from "@/lib/editorial/labels";
import { safeHttpUrl } from "../../../_components/external-link";

/** schema.org Service: what the scheme pays for, where and for whom. */
export function financingJsonLd(scheme: FinancingScheme, options: { siteUrl: string; kindLabel: string }) {
  const url = new URL(`/financements/${scheme.slug}`, options.siteUrl).toString();
  return {
    "@context": "https://schema.org",
    "@type": "Service",
    "@id": url,
    url,
    name: scheme.title,
    alternateName: scheme.acronym ?? undefined,
    description: scheme.summary ?? undefined,
    serviceType: options.kindLabel,
    areaServed: scheme.territory.map(territoryLabel),
    audience: scheme.audiences.map((audience) => ({ "@type": "Audience", audienceType: audienceLabel(audience) })),
    sameAs: safeHttpUrl(scheme.website) ?? undefined,
  };
}
