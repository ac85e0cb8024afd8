import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as eventIcalRoute } from "@/app/(public)/evenements/[slug]/ical/route";
import { GET as feedRoute } from "@/app/(public)/evenements/agenda.ics/route";
import type { Db } from "@/db/client";
import { monthOfInstant } from "@/lib/agenda/calendar";
import { findNextEventMonth, loadCalendarEvents } from "@/lib/agenda/events-source";
import { events, type NewEvent } from "@/db/schema";
import { getEnv } from "@/lib/env";
import { createPostgresSearchEngine } from "@/lib/search";
import { reindexAll } from "@/lib/search/reindex";
import { eventsUrlConfig, parseSearchParams } from "@/lib/search/url-state";
import type { SearchEngine } from "@/lib/search/types";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { parseCalendar } from "./ical-fixtures";

// The route files use the application's database and engine; here they are the test's.
const current = vi.hoisted(() => ({ db: null as Db | null, engine: null as SearchEngine | null }));
vi.mock("@/db", () => ({
  getDb: () => {
    if (!current.db) throw new Error("no test database");
    return current.db;
  },
}));
vi.mock("@/lib/search/app", () => ({
  getSearchEngine: () => {
    if (!current.engine) throw new Error("no test engine");
    return current.engine;
  },
}));

const DAY = 86_400_000;
// Relative to the real clock: the routes and the engine both read today's date.
const inDays = (days: number, hourUtc = 9) => {
  const day = new Date(Date.now() + days * DAY);
  day.setUTCHours(hourUtc, 0, 0, 0);
  return day;
};

const rows: NewEvent[] = [
  { slug: "forum-emploi", title: "Forum emploi", status: "published", type: "salon-forum", audiences: ["demandeur-emploi"], startsAt: inDays(10), endsAt: inDays(10, 16), city: "Albi", department: "81" },
  { slug: "portes-ouvertes", title: "Portes ouvertes, CFA; BTP", status: "published", type: "journee-portes-ouvertes", audiences: ["collegien-lyceen", "apprenti"], startsAt: inDays(20), endsAt: inDays(20, 15), city: "Toulouse", department: "31" },
  { slug: "webinaire-vae", title: "Webinaire VAE", status: "published", type: "webinaire", audiences: ["salarie"], startsAt: inDays(5), online: true, onlineUrl: "https://visio.example/vae" },
  { slug: "salon-en-cours", title: "Salon en cours", status: "published", type: "salon-forum", audiences: ["etudiant"], startsAt: inDays(-1), endsAt: inDays(1) },
  { slug: "salon-passe", title: "Salon passé", status: "published", type: "salon-forum", audiences: ["demandeur-emploi"], startsAt: inDays(-30), endsAt: inDays(-30, 16) },
  { slug: "brouillon", title: "Brouillon", status: "draft", type: "salon-forum", audiences: ["demandeur-emploi"], startsAt: inDays(12) },
  { slug: "archive", title: "Archivé", status: "archived", type: "salon-forum", audiences: ["demandeur-emploi"], startsAt: inDays(14) },
  { slug: "programme", title: "Programmé", status: "scheduled", type: "salon-forum", startsAt: inDays(16) },
];

const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });
const feed = (query = "") => feedRoute(new Request(`http://127.0.0.1:3000/evenements/agenda.ics${query}`));

async function feedSummaries(query = ""): Promise<string[]> {
  const response = await feed(query);
  expect(response.status).toBe(200);
  const { events: parsed } = parseCalendar(await response.text());
  return parsed.map((event) => String(event.getFirstPropertyValue("summary")));
}

describe(`agenda iCal routes on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  const host = new URL(getEnv().SITE_URL).hostname;

  beforeAll(async () => {
    t = await createTestDatabase();
    current.db = t.db;
    current.engine = createPostgresSearchEngine(t.db);
    await t.db.insert(events).values(rows);
    await reindexAll(t.db, current.engine, { kinds: ["evenement"] });
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("serves a published event as an .ics attachment", async () => {
    const response = await eventIcalRoute(new Request("http://127.0.0.1:3000/"), slugParams("portes-ouvertes"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="portes-ouvertes.ics"');
    const { events: parsed } = parseCalendar(await response.text());
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.getFirstPropertyValue("summary")).toBe("Portes ouvertes, CFA; BTP");
    expect(String(parsed[0]?.getFirstPropertyValue("uid"))).toMatch(new RegExp(`^evenement-\\d+@${host.replace(/\./g, "\\.")}$`));
  });

  it("answers 404 for unknown, draft, archived and scheduled events", async () => {
    for (const slug of ["inconnu", "brouillon", "archive", "programme", "../etc", "a".repeat(300)]) {
      const response = await eventIcalRoute(new Request("http://127.0.0.1:3000/"), slugParams(slug));
      expect(response.status, slug).toBe(404);
      expect(response.headers.get("content-type")).not.toContain("text/calendar");
    }
  });

  it("feeds published events running or to come, soonest first, never drafts, archives or past ones", async () => {
    const response = await feed();
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text).toContain("REFRESH-INTERVAL;VALUE=DURATION:");
    expect(text).toMatch(/X-WR-CALNAME:Agenda /);
    expect(await feedSummaries()).toEqual(["Salon en cours", "Webinaire VAE", "Forum emploi", "Portes ouvertes, CFA; BTP"]);
  });

  it("applies the list's filters: type, audience, format, department", async () => {
    expect(await feedSummaries("?type=salon-forum")).toEqual(["Salon en cours", "Forum emploi"]);
    expect(await feedSummaries("?profil=apprenti")).toEqual(["Portes ouvertes, CFA; BTP"]);
    expect(await feedSummaries("?type=salon-forum&profil=demandeur-emploi")).toEqual(["Forum emploi"]);
    expect(await feedSummaries("?format=en-ligne")).toEqual(["Webinaire VAE"]);
    expect(await feedSummaries("?dep=31")).toEqual(["Portes ouvertes, CFA; BTP"]);
    // A value the list would reject is dropped, not an error.
    expect(await feedSummaries("?type=inconnu")).toHaveLength(4);
  });

  it("names the feed after its filters and points back to the filtered page", async () => {
    const { calendar } = parseCalendar(await (await feed("?type=salon-forum&inclure_passes=1&page=3")).text());
    expect(String(calendar.getFirstPropertyValue("x-wr-calname"))).toContain("Salon ou forum");
    // Dates, past events and paging are list settings, not feed ones.
    expect(String(calendar.getFirstPropertyValue("source"))).toMatch(/\/evenements\/agenda\.ics\?type=salon-forum$/);
    expect(String(calendar.getFirstPropertyValue("url"))).toMatch(/\/evenements\?type=salon-forum$/);
  });

  it("loads a calendar month with its past days, the list's filters, and published events only", async () => {
    const load = (query: string, month: string) =>
      loadCalendarEvents(
        { db: t.db, engine: current.engine as SearchEngine },
        { state: parseSearchParams(eventsUrlConfig, new URLSearchParams(query)), place: null, month },
      );
    const pastMonth = monthOfInstant(inDays(-30));
    const past = await load("", pastMonth);
    expect(past.events.map((event) => event.slug)).toContain("salon-passe");
    expect(past.result.total).toBe(past.events.length);

    const month = monthOfInstant(inDays(12));
    const slugs = (await load("type=salon-forum", month)).events.map((event) => event.slug);
    expect(slugs).not.toContain("brouillon");
    expect(slugs).not.toContain("webinaire-vae");
    expect(slugs.every((slug) => ["forum-emploi", "salon-en-cours"].includes(slug))).toBe(true);
    // A date filter outside the month leaves it empty.
    const outside = await load(`debut=${pastMonth}-01&fin=${pastMonth}-02`, monthOfInstant(inDays(40)));
    expect(outside.events).toEqual([]);
  });

  it("points an empty month to the next month with a matching published event", async () => {
    const next = (query: string, month: string) =>
      findNextEventMonth(
        { db: t.db, engine: current.engine as SearchEngine },
        { state: parseSearchParams(eventsUrlConfig, new URLSearchParams(query)), place: null, month },
      );
    const longAgo = monthOfInstant(inDays(-400));
    expect(await next("", longAgo)).toBe(monthOfInstant(inDays(-30)));
    expect(await next("type=journee-portes-ouvertes", longAgo)).toBe(monthOfInstant(inDays(20)));
    // Nothing after the last open day; drafts, archived and scheduled events do not count.
    expect(await next("type=journee-portes-ouvertes", monthOfInstant(inDays(20)))).toBeNull();
    expect(await next("type=salon-forum", monthOfInstant(inDays(10)))).toBeNull();
    // The list's own date filter bounds the search.
    expect(await next(`fin=${monthOfInstant(inDays(-400))}-28`, longAgo)).toBeNull();
  });
});
