import { TZDate } from "@date-fns/tz";
import ical, { ICalCalendarMethod, type ICalCalendar, ICalEventStatus } from "ical-generator";
import type { Event } from "@/db/schema";
import { PORTAL_TIME_ZONE } from "@/lib/dates";
import { fr } from "@/lib/i18n/fr";

/**
 * iCalendar (RFC 5545) files of the agenda, built from event rows with no I/O: one event for
 * "Ajouter à mon agenda", and the subscribable feed. Times carry TZID=Europe/Paris with the zone's
 * VTIMEZONE, so a calendar shows 9 h in Paris as 9 h in Paris whatever its own zone and season.
 */

/** The columns the files use. */
export type IcalEvent = Pick<
  Event,
  | "id"
  | "slug"
  | "title"
  | "summary"
  | "body"
  | "type"
  | "status"
  | "startsAt"
  | "endsAt"
  | "online"
  | "onlineUrl"
  | "placeName"
  | "address"
  | "postcode"
  | "city"
  | "lat"
  | "lon"
  | "registrationUrl"
  | "organiserName"
  | "updatedAt"
>;

export type IcalSite = { siteUrl: string; siteName: string };

/** The rules in force in France since 1996 (EU summer time); the only zone the portal writes. */
const PARIS_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Paris",
  "X-LIC-LOCATION:Europe/Paris",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

function vtimezone(timeZone: string): string | null {
  return timeZone === "Europe/Paris" ? PARIS_VTIMEZONE : null;
}

const MAX_DESCRIPTION = 8_000;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * Sanitised rich text as plain text for DESCRIPTION: paragraphs, headings and list items become
 * lines (calendars show line breaks, not HTML), entities are decoded, blank runs collapsed.
 */
export function htmlToPlainText(html: string | null | undefined): string {
  if (!html) return "";
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<(ul|ol)[^>]*>/gi, "\n")
    .replace(/<li[^>]*>/gi, "- ")
    .replace(/<\/(li|tr)>/gi, "\n")
    .replace(/<\/(p|h[1-6]|ul|ol|blockquote|table|figure|div)>/gi, "\n\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X")) return safeCodePoint(Number.parseInt(name.slice(2), 16), entity);
      if (name.startsWith("#")) return safeCodePoint(Number(name.slice(1)), entity);
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function httpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

export function eventPageUrl(event: Pick<Event, "slug">, siteUrl: string): string {
  return new URL(`/evenements/${encodeURIComponent(event.slug)}`, siteUrl).toString();
}

/** Stable across edits and exports, so re-importing or refreshing updates the entry instead of doubling it. */
export function eventUid(event: Pick<Event, "id">, siteUrl: string): string {
  return `evenement-${event.id}@${new URL(siteUrl).hostname}`;
}

/** "forum-de-l-alternance.ics": only characters every file system and header parser accept. */
export function icsFileName(slug: string): string {
  const safe = slug
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${safe || "evenement"}.ics`;
}

/** Place name, street lines and town on one line; the connection link (or "En ligne") when online. */
export function eventLocation(event: IcalEvent): string | null {
  if (event.online) return httpUrl(event.onlineUrl) ?? fr.agenda.ical.online;
  const town = [event.postcode, event.city].filter(Boolean).join(" ");
  const lines = [event.placeName, ...(event.address?.split("\n") ?? []), town]
    .map((line) => line?.trim())
    .filter((line): line is string => Boolean(line));
  return lines.length > 0 ? lines.join(", ") : null;
}

export function eventDescription(event: IcalEvent, siteUrl: string): string {
  const t = fr.agenda.ical;
  const registration = httpUrl(event.registrationUrl);
  const onlineUrl = event.online ? httpUrl(event.onlineUrl) : null;
  const text = [
    event.summary?.trim(),
    htmlToPlainText(event.body),
    event.organiserName ? t.organiser(event.organiserName) : null,
    onlineUrl ? t.onlineLink(onlineUrl) : null,
    registration ? t.registration(registration) : null,
    t.details(eventPageUrl(event, siteUrl)),
  ]
    .filter(Boolean)
    .join("\n\n");
  return text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text;
}

function parisTime(at: Date): TZDate {
  return new TZDate(at.getTime(), PORTAL_TIME_ZONE);
}

function newCalendar(site: IcalSite): ICalCalendar {
  const host = new URL(site.siteUrl).hostname;
  const calendar = ical({ prodId: { company: host, product: "Passerelle agenda", language: "FR" } });
  calendar.method(ICalCalendarMethod.PUBLISH);
  // No calendar-wide zone: DTSTAMP stays in UTC as RFC 5545 requires; events name theirs.
  calendar.timezone({ name: null, generator: vtimezone });
  return calendar;
}

function addEvent(calendar: ICalCalendar, event: IcalEvent, site: IcalSite, now: Date): void {
  const location = eventLocation(event);
  const geo = !event.online && event.lat !== null && event.lon !== null ? { lat: event.lat, lon: event.lon } : undefined;
  // A missing or backward end would make DTEND precede DTSTART: an event without end lasts no time.
  const end = event.endsAt && event.endsAt.getTime() > event.startsAt.getTime() ? event.endsAt : event.startsAt;
  calendar.createEvent({
    id: eventUid(event, site.siteUrl),
    stamp: now,
    lastModified: event.updatedAt,
    start: parisTime(event.startsAt),
    end: parisTime(end),
    timezone: PORTAL_TIME_ZONE,
    summary: event.title,
    description: eventDescription(event, site.siteUrl),
    location: location ? { title: location, geo } : null,
    url: eventPageUrl(event, site.siteUrl),
    categories: [{ name: fr.events.types[event.type] ?? event.type }],
    status: event.status === "published" ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
  });
}

/**
 * The calendar as text, every line ending with CRLF as RFC 5545 wants (ical-generator leaves the
 * last one bare). A calendar needs at least one component: an empty feed keeps the VTIMEZONE.
 */
function serialize(calendar: ICalCalendar): string {
  let text = calendar.toString();
  if (calendar.events().length === 0) text = text.replace(/END:VCALENDAR\s*$/, `${PARIS_VTIMEZONE}\r\nEND:VCALENDAR`);
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

/** "Ajouter à mon agenda": a calendar holding this one event. */
export function buildEventIcs(event: IcalEvent, site: IcalSite, now: Date = new Date()): string {
  const calendar = newCalendar(site);
  addEvent(calendar, event, site, now);
  return serialize(calendar);
}

export type FeedOptions = {
  /** Shown by calendar apps as the subscription's name. */
  name: string;
  description?: string;
  /** The feed's own address (SOURCE), and the agenda page it mirrors (URL). */
  feedUrl: string;
  pageUrl: string;
  /** How often subscribers should refresh, in seconds. */
  refreshSeconds?: number;
};

/**
 * NAME is TEXT (escaped commas) but X-WR-CALNAME and X-WR-CALDESC are unregistered, and readers
 * differ on unescaping them: leaving out the characters that need escaping reads the same in all.
 * (ical-generator writes these values as given.)
 */
function headerText(text: string): string {
  return text.replace(/[,;\\]/g, " ").replace(/\s+/g, " ").trim();
}

/** The subscribable feed: every given event, with its name and refresh interval. */
export function buildAgendaFeed(
  events: readonly IcalEvent[],
  site: IcalSite,
  options: FeedOptions,
  now: Date = new Date(),
): string {
  const calendar = newCalendar(site);
  calendar.name(headerText(options.name));
  if (options.description) calendar.description(headerText(options.description));
  calendar.source(options.feedUrl);
  calendar.url(options.pageUrl);
  calendar.ttl(options.refreshSeconds ?? 6 * 3600);
  for (const event of events) addEvent(calendar, event, site, now);
  return serialize(calendar);
}
