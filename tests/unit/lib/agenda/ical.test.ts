import { describe, expect, it } from "vitest";
import { buildAgendaFeed, buildEventIcs, eventUid, htmlToPlainText, icsFileName } from "@/lib/agenda/ical";
import { icalEvent, instant, parseCalendar } from "./ical-fixtures";

const site = { siteUrl: "https://agenda.portail.test", siteName: "Passerelle" };
const now = new Date("2026-11-24T10:00:00Z");
const feedOptions = {
  name: "Agenda Passerelle – Salon, forum; etc.",
  description: "Évènements en Occitanie",
  feedUrl: "https://agenda.portail.test/evenements/agenda.ics?type=salon-forum",
  pageUrl: "https://agenda.portail.test/evenements?type=salon-forum",
  refreshSeconds: 6 * 3600,
};

describe("one event as iCalendar", () => {
  it("is a valid calendar with the event's identity, times, place and links", () => {
    const { events } = parseCalendar(buildEventIcs(icalEvent(), site, now));
    expect(events).toHaveLength(1);
    const [event] = events;
    if (!event) throw new Error("no event");
    expect(event.getFirstPropertyValue("uid")).toBe("evenement-42@agenda.portail.test");
    expect(event.getFirstPropertyValue("summary")).toBe("Forum de l'alternance");
    expect(instant(event, "dtstart")).toBe("2026-12-03T08:30:00.000Z");
    expect(instant(event, "dtend")).toBe("2026-12-03T16:00:00.000Z");
    expect(event.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Paris");
    expect(event.getFirstPropertyValue("location")).toBe(
      "Parc des expositions, Rond-point Michel Bénech, 31400 Toulouse",
    );
    expect(event.getFirstPropertyValue("geo")).toEqual([43.5797, 1.4506]);
    expect(event.getFirstPropertyValue("url")).toBe("https://agenda.portail.test/evenements/forum-de-l-alternance");
    expect(event.getFirstPropertyValue("status")).toBe("CONFIRMED");
    const description = String(event.getFirstPropertyValue("description"));
    expect(description).toContain("Rencontrez des employeurs");
    expect(description).toContain("Une journée pour trouver un contrat.");
    expect(description).toContain("Inscription : https://inscription.example/forum");
    expect(description).not.toMatch(/<|&amp;/);
  });

  it("keeps local times right on both sides of the daylight-saving change", () => {
    // Saturday 28 March 2026 10:00 (UTC+1) to Sunday 29 March 17:00 (UTC+2) in Paris.
    const text = buildEventIcs(
      icalEvent({ startsAt: new Date("2026-03-28T09:00:00Z"), endsAt: new Date("2026-03-29T15:00:00Z") }),
      site,
      now,
    );
    expect(text).toContain("DTSTART;TZID=Europe/Paris:20260328T100000\r\n");
    expect(text).toContain("DTEND;TZID=Europe/Paris:20260329T170000\r\n");
    const [event] = parseCalendar(text).events;
    if (!event) throw new Error("no event");
    expect(instant(event, "dtstart")).toBe("2026-03-28T09:00:00.000Z");
    expect(instant(event, "dtend")).toBe("2026-03-29T15:00:00.000Z");
  });

  it("escapes commas, semicolons, backslashes and newlines in text values", () => {
    const title = "Atelier CV, lettre; entretien \\ suivi\nsession 2";
    const text = buildEventIcs(icalEvent({ title, summary: "Venez, voyez; repartez", body: null }), site, now);
    expect(text).toContain("SUMMARY:Atelier CV\\, lettre\\; entretien \\\\ suivi\\nsession 2\r\n");
    const [event] = parseCalendar(text).events;
    expect(event?.getFirstPropertyValue("summary")).toBe(title);
    expect(String(event?.getFirstPropertyValue("description"))).toContain("Venez, voyez; repartez");
  });

  it("folds long lines at 75 octets without breaking accented characters", () => {
    const body = `<p>${"Découvrez les métiers de l'aéronautique et de l'énergie. ".repeat(20)}</p>`;
    const text = buildEventIcs(icalEvent({ body }), site, now);
    expect(text).toMatch(/\r\n /);
    const [event] = parseCalendar(text).events;
    expect(String(event?.getFirstPropertyValue("description"))).toContain(
      "Découvrez les métiers de l'aéronautique et de l'énergie. Découvrez",
    );
  });

  it("gives an online event its link as location and no GEO", () => {
    const text = buildEventIcs(icalEvent({ online: true, onlineUrl: "https://visio.example/salle" }), site, now);
    const [event] = parseCalendar(text).events;
    expect(event?.getFirstPropertyValue("location")).toBe("https://visio.example/salle");
    expect(event?.getFirstProperty("geo")).toBeNull();
  });

  it("never ends before it starts", () => {
    const [event] = parseCalendar(buildEventIcs(icalEvent({ endsAt: null }), site, now)).events;
    if (!event) throw new Error("no event");
    expect(instant(event, "dtend")).toBe(instant(event, "dtstart"));
  });
});

describe("the subscribable feed", () => {
  it("names itself, sets its refresh interval and holds every event once", () => {
    const rows = [icalEvent(), icalEvent({ id: 43, slug: "atelier", title: "Atelier" })];
    const text = buildAgendaFeed(rows, site, feedOptions, now);
    const { calendar, events } = parseCalendar(text);
    // Commas and semicolons are left out of the name: not every reader unescapes X-WR-CALNAME.
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Agenda Passerelle – Salon forum etc.");
    expect(calendar.getFirstPropertyValue("name")).toBe("Agenda Passerelle – Salon forum etc.");
    expect(text).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n");
    expect(calendar.getFirstPropertyValue("source")).toBe(feedOptions.feedUrl);
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(events.map((event) => event.getFirstPropertyValue("uid"))).toEqual([
      "evenement-42@agenda.portail.test",
      "evenement-43@agenda.portail.test",
    ]);
    expect(calendar.getAllSubcomponents("vtimezone")).toHaveLength(1);
  });

  it("stays a valid calendar when no event matches", () => {
    const { calendar, events } = parseCalendar(buildAgendaFeed([], site, feedOptions, now));
    expect(events).toHaveLength(0);
    expect(calendar.getAllSubcomponents("vtimezone")).toHaveLength(1);
  });
});

describe("helpers", () => {
  it("turns sanitised rich text into readable plain text", () => {
    expect(
      htmlToPlainText("<h2>Programme</h2><ul><li>9 h : accueil</li><li>10 h : ateliers &amp; stands</li></ul><p>Entrée&nbsp;libre &#8211; &#x2713;</p>"),
    ).toBe("Programme\n\n- 9 h : accueil\n- 10 h : ateliers & stands\n\nEntrée libre – ✓");
    expect(htmlToPlainText(null)).toBe("");
  });

  it("builds a stable UID on the site's host and a safe file name", () => {
    expect(eventUid({ id: 7 }, "https://www.portail.fr/")).toBe("evenement-7@www.portail.fr");
    expect(icsFileName("forum-2026")).toBe("forum-2026.ics");
    expect(icsFileName('a"b\r\nc/../d')).toBe("a-b-c-d.ics");
  });
});
