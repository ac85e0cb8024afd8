import { describe, expect, it } from "vitest";
import { eventJsonLd } from "@/app/(public)/evenements/[slug]/_components/event-json-ld";
import type { EventDetail } from "@/db/queries/editorial";
import { feedQueryString } from "@/lib/agenda/events-source";
import { buildSearchHref, eventsUrlConfig, parseSearchParams, withoutCriterion } from "@/lib/search/url-state";
import { icalEvent } from "./ical-fixtures";

describe("calendar view URLs", () => {
  const calendar = { ...eventsUrlConfig, extraParams: { vue: "calendrier", mois: "2026-12" } };
  const state = parseSearchParams(eventsUrlConfig, new URLSearchParams("type=atelier&profil=etudiant&debut=2026-12-01&page=2"));

  it("keep the view and month in every link, filters included", () => {
    expect(buildSearchHref(calendar, state)).toBe(
      "/evenements?vue=calendrier&mois=2026-12&debut=2026-12-01&type=atelier&profil=etudiant&page=2",
    );
    const dropType = withoutCriterion(calendar, state, { type: "filter", param: "type", value: "atelier" });
    expect(buildSearchHref(calendar, state, dropType)).toBe(
      "/evenements?vue=calendrier&mois=2026-12&debut=2026-12-01&profil=etudiant",
    );
    // The list's own URLs stay as they were.
    expect(buildSearchHref(eventsUrlConfig, state, { page: 1 })).toBe(
      "/evenements?debut=2026-12-01&type=atelier&profil=etudiant",
    );
  });

  it("give the feed the filters only (no dates, paging or past events)", () => {
    const withPast = parseSearchParams(eventsUrlConfig, new URLSearchParams("type=atelier&inclure_passes=1&fin=2027-01-01&tri=pertinence&q=cv"));
    expect(feedQueryString(withPast)).toBe("?q=cv&type=atelier");
  });
});

describe("schema.org Event", () => {
  const detail = (overrides: Partial<EventDetail> = {}): EventDetail =>
    ({
      ...icalEvent(),
      publishedAt: new Date("2026-10-01T08:00:00Z"),
      department: "31",
      capacity: 200,
      organisationId: null,
      organisation: null,
      ...overrides,
    }) as EventDetail;

  it("describes a place with address and coordinates, the organiser and the free registration", () => {
    const data = eventJsonLd(detail(), { siteUrl: "https://portail.test" });
    expect(data).toMatchObject({
      "@type": "Event",
      name: "Forum de l'alternance",
      url: "https://portail.test/evenements/forum-de-l-alternance",
      startDate: "2026-12-03T08:30:00.000Z",
      endDate: "2026-12-03T16:00:00.000Z",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: {
        "@type": "Place",
        name: "Parc des expositions",
        address: { "@type": "PostalAddress", postalCode: "31400", addressLocality: "Toulouse", addressCountry: "FR" },
        geo: { "@type": "GeoCoordinates", latitude: 43.5797, longitude: 1.4506 },
      },
      organizer: { "@type": "Organization", name: "CCI Occitanie" },
      offers: { "@type": "Offer", url: "https://inscription.example/forum", price: 0, priceCurrency: "EUR" },
    });
    expect(data.description).toContain("Une journée pour trouver un contrat.");
    expect(data.description).not.toContain("<");
  });

  it("describes an online event with a virtual location and no offer without registration", () => {
    const data = eventJsonLd(detail({ online: true, onlineUrl: "https://visio.example/salle", registrationUrl: null }), {
      siteUrl: "https://portail.test",
    });
    expect(data.eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
    expect(data.location).toEqual({ "@type": "VirtualLocation", url: "https://visio.example/salle" });
    expect(data.offers).toBeUndefined();
  });
});
