import type { OrganisationDetail } from "@/db/queries/organisation-detail";
import { safeWebUrl } from "./contact-block";

/** schema.org EducationalOrganization; the SIRET is the identifier French registries use. */
export function organisationJsonLd(organisation: OrganisationDetail, options: { siteUrl: string }) {
  const contacts = organisation.contacts;
  const address = organisation.address;
  const sameAs = contacts.flatMap((contact) => contact.urls ?? []).map(safeWebUrl).filter(Boolean);
  return {
    "@context": "https://schema.org",
    "@type": "EducationalOrganization",
    name: organisation.name,
    legalName: organisation.legalName ?? undefined,
    url: new URL(`/organismes/${organisation.id}`, options.siteUrl).toString(),
    description: organisation.description ?? undefined,
    identifier: organisation.siret
      ? { "@type": "PropertyValue", propertyID: "SIRET", value: organisation.siret }
      : undefined,
    address: address
      ? {
          "@type": "PostalAddress",
          streetAddress: address.lines.join(", ") || undefined,
          postalCode: address.postcode ?? undefined,
          addressLocality: address.city ?? undefined,
          addressRegion: address.region ?? undefined,
          addressCountry: "FR",
        }
      : undefined,
    geo: organisation.geo
      ? { "@type": "GeoCoordinates", latitude: organisation.geo.lat, longitude: organisation.geo.lon }
      : undefined,
    telephone: contacts.flatMap((contact) => contact.phones ?? [])[0],
    email: contacts.find((contact) => contact.email)?.email ?? undefined,
    sameAs: sameAs.length > 0 ? sameAs : undefined,
  };
}
