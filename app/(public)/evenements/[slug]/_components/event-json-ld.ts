import type { EventDetail } from "@/db/queries/editorial";

/** schema.org Event, so search engines can show the date and place of the event. */
export function eventJsonLd(event: EventDetail, options: { siteUrl: string }) {
  const url = new URL(`/evenements/${event.slug}`, options.siteUrl).toString();
  const place = event.online
    ? { "@type": "VirtualLocation", url: event.onlineUrl ?? url }
    : {
        "@type": "Place",
        name: event.placeName ?? event.city ?? undefined,
        address: {
          "@type": "PostalAddress",
          streetAddress: event.address?.replace(/\n/g, ", ") || undefined,
          postalCode: event.postcode ?? undefined,
          addressLocality: event.city ?? undefined,
          addressCountry: "FR",
        },
        geo:
          event.lat !== null && event.lon !== null
            ? { "@type": "GeoCoordinates", latitude: event.lat, longitude: event.lon }
            : undefined,
      };
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": url,
    url,
    name: event.title,
    description: event.summary ?? undefined,
    startDate: event.startsAt.toISOString(),
    endDate: event.endsAt?.toISOString(),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: event.online
      ? "https://schema.org/OnlineEventAttendanceMode"
      : "https://schema.org/OfflineEventAttendanceMode",
    location: place,
    organizer: event.organiserName ? { "@type": "Organization", name: event.organiserName } : undefined,
    maximumAttendeeCapacity: event.capacity ?? undefined,
    isAccessibleForFree: true,
    offers: event.registrationUrl
      ? { "@type": "Offer", url: event.registrationUrl, price: 0, priceCurrency: "EUR", availability: "https://schema.org/InStock" }
      : undefined,
  };
}
