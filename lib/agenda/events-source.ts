import "server-only";
import type { DbOrTx } from "@/db/client";
import { listPublishedEventsByIds } from "@/db/queries/agenda";
import { findPlaceCoordinates, type PlaceCoordinates } from "@/db/queries/places";
import type { Event } from "@/db/schema";
import { type MonthKey, monthDays, monthOfInstant, shiftMonth, spanDays } from "@/lib/agenda/calendar";
import type { SearchEngine, SearchQuery, SearchResult } from "@/lib/search/types";
import {
  defaultSort,
  eventsUrlConfig,
  parseSearchParams,
  type RawSearchParams,
  type SearchUrlState,
  serializeSearchState,
  toSearchQuery,
} from "@/lib/search/url-state";

/**
 * Where the calendar view and the iCal feed get their events: the same search engine query as the
 * list (text, place and radius, facets), read page after page, then the rows from the database.
 */

/** The engine's largest page. */
const PAGE_SIZE = 100;
/** Most events a feed carries: calendar apps choke on huge feeds, and a search should narrow it. */
export const FEED_MAX_EVENTS = 500;

export type AgendaSources = { db: DbOrTx; engine: SearchEngine };

/**
 * Every hit of `query` up to `max`, in the engine's order, and the first page's result (for the
 * facet counts and the total).
 */
export async function collectEventHits(
  engine: SearchEngine,
  query: SearchQuery,
  max: number,
): Promise<{ ids: number[]; first: SearchResult }> {
  const first = await engine.search({ ...query, page: 1, perPage: PAGE_SIZE });
  const ids = first.hits.map((hit) => Number(hit.doc.id));
  const pages = Math.ceil(Math.min(first.total, max) / PAGE_SIZE);
  for (let page = 2; page <= pages; page += 1) {
    const next = await engine.search({ ...query, facets: [], page, perPage: PAGE_SIZE });
    ids.push(...next.hits.map((hit) => Number(hit.doc.id)));
    if (next.hits.length < PAGE_SIZE) break;
  }
  return { ids: ids.filter(Number.isInteger).slice(0, max), first };
}

/** The list state as the feed understands it: upcoming events only, dates, sort and page dropped. */
export function toFeedState(state: SearchUrlState): SearchUrlState {
  return { ...state, debut: null, fin: null, includeAll: false, tri: defaultSort(eventsUrlConfig), page: 1 };
}

/** "?type=atelier&profil=etudiant" for the feed link of a list or calendar page ("" when unfiltered). */
export function feedQueryString(state: SearchUrlState): string {
  return serializeSearchState(eventsUrlConfig, toFeedState(state));
}

/** The feed's events: published, running or to come at `now`, soonest first, at most FEED_MAX_EVENTS. */
export async function loadFeedEvents(
  sources: AgendaSources,
  raw: RawSearchParams,
  now: Date,
): Promise<{ events: Event[]; state: SearchUrlState; place: PlaceCoordinates | null }> {
  const state = toFeedState(parseSearchParams(eventsUrlConfig, raw));
  const place = state.lieu ? await findPlaceCoordinates(sources.db, { query: state.lieu }) : null;
  const query = toSearchQuery(eventsUrlConfig, { ...state, tri: "date" }, { near: place });
  const { ids } = await collectEventHits(sources.engine, { ...query, facets: [] }, FEED_MAX_EVENTS);
  const events = await listPublishedEventsByIds(sources.db, { ids, runningAt: now });
  return { events, state, place };
}

/** Most events a calendar month shows. */
export const CALENDAR_MAX_EVENTS = 500;

/**
 * A month of the calendar view: the list's query limited to the month's days (and to the list's
 * own date filters, when set), past days included. `result` keeps the facet counts of the sidebar.
 */
export async function loadCalendarEvents(
  sources: AgendaSources,
  params: { state: SearchUrlState; place: PlaceCoordinates | null; month: MonthKey },
): Promise<{ events: Event[]; result: SearchResult; truncated: boolean }> {
  const { state, place, month } = params;
  const { first, last } = monthDays(month);
  const from = state.debut && state.debut > first ? state.debut : first;
  const to = state.fin && state.fin < last ? state.fin : last;
  const outside = from > to;
  const query: SearchQuery = {
    ...toSearchQuery(eventsUrlConfig, state, { near: place }),
    dateFrom: outside ? first : from,
    dateTo: outside ? last : to,
    upcomingOnly: false,
    sort: "date",
  };
  const { ids, first: result } = await collectEventHits(sources.engine, query, CALENDAR_MAX_EVENTS);
  const rows = outside ? [] : await listPublishedEventsByIds(sources.db, { ids });
  // The index keeps an event's last day as the day it ends; one ending at midnight sharp
  // touches the month without showing on it.
  const events = rows.filter((event) => spanDays(event, from, to).length > 0);
  return { events, result: { ...result, total: events.length }, truncated: result.total > CALENDAR_MAX_EVENTS };
}

/**
 * The first month after `month` holding a published event of the calendar's query (text, place,
 * facets and the list's own date filters), for the link of an empty month; null when there is none.
 */
export async function findNextEventMonth(
  sources: AgendaSources,
  params: { state: SearchUrlState; place: PlaceCoordinates | null; month: MonthKey },
): Promise<MonthKey | null> {
  const { state, place, month } = params;
  const afterMonth = monthDays(shiftMonth(month, 1)).first;
  const from = state.debut && state.debut > afterMonth ? state.debut : afterMonth;
  if (state.fin && state.fin < from) return null;
  const query: SearchQuery = {
    ...toSearchQuery(eventsUrlConfig, state, { near: place }),
    dateFrom: from,
    ...(state.fin ? { dateTo: state.fin } : {}),
    upcomingOnly: false,
    sort: "date",
    facets: [],
  };
  // A few hits, not one: the index may list an event the database no longer publishes.
  const { ids } = await collectEventHits(sources.engine, query, 10);
  const rows = await listPublishedEventsByIds(sources.db, { ids });
  const starts = rows
    .map((event) => monthOfInstant(event.startsAt))
    // An event begun before the next month and still running in it shows on that month.
    .map((start) => (start < afterMonth.slice(0, 7) ? afterMonth.slice(0, 7) : start))
    .sort();
  return starts[0] ?? null;
}
