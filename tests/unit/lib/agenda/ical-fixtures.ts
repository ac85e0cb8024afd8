import ICAL from "ical.js";
import { expect } from "vitest";
import type { IcalEvent } from "@/lib/agenda/ical";

/** An event row with every column the iCal files read; override what a test is about. */
export function icalEvent(overrides: Partial<IcalEvent> = {}): IcalEvent {
  return {
    id: 42,
    slug: "forum-de-l-alternance",
    title: "Forum de l'alternance",
    summary: "Rencontrez des employeurs, des CFA et des conseillers.",
    body: "<p>Une journée pour <strong>trouver</strong> un contrat.</p>",
    type: "salon-forum",
    status: "published",
    startsAt: new Date("2026-12-03T08:30:00Z"),
    endsAt: new Date("2026-12-03T16:00:00Z"),
    online: false,
    onlineUrl: null,
    placeName: "Parc des expositions",
    address: "Rond-point Michel Bénech",
    postcode: "31400",
    city: "Toulouse",
    lat: 43.5797,
    lon: 1.4506,
    registrationUrl: "https://inscription.example/forum",
    organiserName: "CCI Occitanie",
    updatedAt: new Date("2026-11-01T10:00:00Z"),
    ...overrides,
  };
}

export type ParsedCalendar = { calendar: ICAL.Component; events: ICAL.Component[] };

/**
 * Parses with ical.js and checks what RFC 5545 requires of any file: VERSION 2.0 and PRODID on
 * the calendar, UID, DTSTAMP and DTSTART on each event, CRLF line endings, lines of at most 75
 * octets. Time zones are registered so DTSTART converts to the right instant.
 */
export function parseCalendar(text: string): ParsedCalendar {
  expect(text.endsWith("\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);

  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  expect(calendar.name).toBe("vcalendar");
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(String(calendar.getFirstPropertyValue("prodid"))).toMatch(/^-\/\/.+\/\/.+\/\/FR$/);
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent");
  for (const event of events) {
    expect(event.getFirstPropertyValue("uid")).toBeTruthy();
    const stamp = event.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(stamp).toBeInstanceOf(ICAL.Time);
    // DTSTAMP must be in UTC.
    expect(stamp.zone?.tzid).toBe("UTC");
    expect(event.getFirstPropertyValue("dtstart")).toBeInstanceOf(ICAL.Time);
  }
  return { calendar, events };
}

export function instant(event: ICAL.Component, property: "dtstart" | "dtend"): string {
  return (event.getFirstPropertyValue(property) as ICAL.Time).toJSDate().toISOString();
}
