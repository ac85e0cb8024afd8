import type { EventDetail } from "@/db/queries/editorial";
import { htmlToPlainText } from "@/lib/agenda/ical";
import { departmentLabel } from "@/lib/catalog/territories";
import { safeHttpUrl } from "../../../_components/external-link";

const MAX_DESCRIPTION = 1_000;

function description(event: EventDetail): string | undefined {
  const text = [event.summary?.trim(), htmlToPlainText(event.body)].filter(Boolean).join("\n\n");
  if (!text) return undefined;
  return text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text;
}

function place(event: EventDetail, pageUrl: string) {
  if (event.online) return { "@type": "VirtualLocation", url: safeHttpUrl(event.onlineUrl) ?? pageUrl };
  return {
    "@type": "Place",
    name: event.placeName ?? event.city ?? undefined,
    address: {
      "@type": "PostalAddress",
      streetAddress: event.address?.replace(/\n/g, ", ") || undefined,
      postalCode: event.postcode ?? undefined,
      addressLocality: event.city ?? undefined,
      addressRegion: event.department ? departmentLabel(event.department) : undefined,
      addressCountry: "FR",
    },
    geo:
      event.lat !== null && event.lon !== null
        ? { "@type": "GeoCoordinates", latitude: event.lat, longitude: event.lon }
        : undefined,
  };
}

function organizer(event: EventDetail, siteUrl: string) {
  const name = event.organiserName ?? event.organisation?.name;
  if (!name) return undefined;
  const url =
    event.organisation?.active && (!event.organiserName || event.organiserName === event.organisation.name)
      ? new URL(`/organismes/${event.organisation.id}`, siteUrl).toString()
      : undefined;
  return { "@type": "Organization", name, url };
}

/**
 * schema.org Event, so search engines can show the date and place of the event. Events of the
 * portal are free (the table has no price): `offers` says so and points to the registration.
 */
export function eventJsonLd(event: EventDetail, options: { siteUrl: string }) {
  const url = new URL(`/evenements/${event.slug}`, options.siteUrl).toString();
  const registration = safeHttpUrl(event.registrationUrl);
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": url,
    url,
    name: event.title,
    description: description(event),
    inLanguage: "fr",
    startDate: event.startsAt.toISOString(),
    endDate: (event.endsAt ?? event.startsAt).toISOString(),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: event.online
      ? "https://schema.org/OnlineEventAttendanceMode"
      : "https://schema.org/OfflineEventAttendanceMode",
    location: place(event, url),
    organizer: organizer(event, options.siteUrl),
    maximumAttendeeCapacity: event.capacity ?? undefined,
    isAccessibleForFree: true,
    offers: registration
      ? {
          "@type": "Offer",
          url: registration,
          price: 0,
          priceCurrency: "EUR",
          availability: "https://schema.org/InStock",
          validFrom: event.publishedAt?.toISOString(),
        }
      : undefined,
  };
}
