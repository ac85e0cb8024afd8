import type { SupportStructure } from "@/db/schema";
import { safeHttpUrl } from "../../../_components/external-link";

/** schema.org Organization with its postal address and location. */
export function structureJsonLd(structure: SupportStructure, options: { siteUrl: string; typeLabel?: string }) {
  const url = new URL(`/structures/${structure.slug}`, options.siteUrl).toString();
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": url,
    url: safeHttpUrl(structure.website) ?? url,
    name: structure.title,
    description: structure.summary ?? undefined,
    knowsAbout: options.typeLabel,
    telephone: structure.phone ?? undefined,
    email: structure.email ?? undefined,
    address: {
      "@type": "PostalAddress",
      streetAddress: structure.address?.replace(/\n/g, ", ") || undefined,
      postalCode: structure.postcode ?? undefined,
      addressLocality: structure.city ?? undefined,
      addressCountry: "FR",
    },
    location:
      structure.lat !== null && structure.lon !== null
        ? { "@type": "Place", geo: { "@type": "GeoCoordinates", latitude: structure.lat, longitude: structure.lon } }
        : undefined,
  };
}
