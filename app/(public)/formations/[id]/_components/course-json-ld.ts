import type { FormationDetail } from "@/db/queries/formation-detail";

const COURSE_MODES: Record<string, string> = { presentiel: "onsite", distance: "online", mixte: "blended" };

/**
 * schema.org Course for search engines: the formation, its provider, and one CourseInstance per
 * current or upcoming session with its place. Serialised with "<" escaped so feed text can never
 * close the <script> element.
 */
export function courseJsonLd(detail: FormationDetail, options: { siteUrl: string; today: string }): string {
  const url = new URL(`/formations/${detail.id}`, options.siteUrl).toString();
  const instances = detail.actions.flatMap((action) =>
    action.sessions
      .filter((s) => (s.endDate ?? s.startDate ?? options.today) >= options.today)
      .map((session) => {
        const place = action.places[0];
        return {
          "@type": "CourseInstance",
          courseMode: action.modality ? COURSE_MODES[action.modality] : undefined,
          startDate: session.startDate ?? undefined,
          endDate: session.endDate ?? undefined,
          courseWorkload: action.hoursTotal ? `PT${action.hoursTotal}H` : undefined,
          location: place
            ? {
                "@type": "Place",
                name: place.name ?? place.city ?? undefined,
                address: {
                  "@type": "PostalAddress",
                  streetAddress: place.lines.join(", ") || undefined,
                  postalCode: place.postcode ?? undefined,
                  addressLocality: place.city ?? undefined,
                  addressCountry: "FR",
                },
                geo:
                  place.lat !== null && place.lon !== null
                    ? { "@type": "GeoCoordinates", latitude: place.lat, longitude: place.lon }
                    : undefined,
              }
            : undefined,
        };
      }),
  );
  const prices = detail.actions.map((a) => a.totalPrice).filter((p): p is number => p !== null && p > 0);
  const credential = detail.certifications.find((c) => c.kind === "RNCP" || c.kind === "RS");
  const data = {
    "@context": "https://schema.org",
    "@type": "Course",
    "@id": url,
    url,
    name: detail.title,
    description: detail.objective ?? detail.content ?? detail.title,
    inLanguage: "fr",
    provider: detail.organisation
      ? {
          "@type": "Organization",
          name: detail.organisation.name,
          url: new URL(`/organismes/${detail.organisation.id}`, options.siteUrl).toString(),
        }
      : undefined,
    educationalCredentialAwarded: credential ? (credential.label ?? `${credential.kind} ${credential.code}`) : undefined,
    educationalLevel: detail.exitLevel ? `EQF ${detail.exitLevel}` : undefined,
    offers:
      prices.length > 0
        ? { "@type": "Offer", category: "Paid", price: Math.min(...prices), priceCurrency: "EUR" }
        : undefined,
    hasCourseInstance: instances.length > 0 ? instances : undefined,
  };
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
