import type { Settings } from "meilisearch";
import { stripSentinels } from "./highlight";
import type { NormalizedQuery } from "./query-schema";
import { meilisearchSynonyms } from "./synonyms";
import { effectiveRanges, foldText, isoDateToDay } from "./text";
import { FACET_NAMES, type DateRange, type GeoPoint, type SearchDocument, type SearchKind, type StoredDocument } from "./types";

/**
 * Meilisearch filters each array element on its own, so "some range overlaps [from, to]" cannot be
 * asked of an array of {start, end} (a start of one range would pair with the end of another).
 * Each range gets its own numeric pair of fields instead; past this many, the closest ranges are
 * merged (a slightly wider match, never a missed one).
 */
export const MAX_DATE_SLOTS = 8;

/** Stored shape in Meilisearch; `pk` is the primary key (ids may hold characters Meilisearch refuses). */
export type MeiliDocument = {
  pk: string;
  kind: SearchKind;
  id: string;
  title: string;
  subtitle: string | null;
  body: string;
  keywords: string[];
  url: string;
  facets: Record<string, string[]>;
  regionFunded: boolean;
  /** Ranking rules sort numbers reliably; booleans are not guaranteed to be. */
  regionFundedRank: 0 | 1;
  dates: DateRange[];
  geo: GeoPoint[];
  sortDate: string | null;
  sortDay?: number;
  titleSort: string;
  firstDay?: number;
  lastDay?: number;
  /** Primary place only: Meilisearch allows one point per document (see README note in meilisearch.ts). */
  _geo?: { lat: number; lng: number };
  [slot: `dateStart${number}` | `dateEnd${number}`]: number;
};

export function primaryKeyOf(id: string): string {
  return Buffer.from(id, "utf8").toString("base64url");
}

function mergeToSlots(ranges: { start: number; end: number }[]): { start: number; end: number }[] {
  const merged = [...ranges].sort((a, b) => a.start - b.start);
  while (merged.length > MAX_DATE_SLOTS) {
    let best = 0;
    for (let i = 1; i < merged.length - 1; i++) {
      const gap = (merged[i + 1] as { start: number }).start - (merged[i] as { end: number }).end;
      const bestGap = (merged[best + 1] as { start: number }).start - (merged[best] as { end: number }).end;
      if (gap < bestGap) best = i;
    }
    const left = merged[best] as { start: number; end: number };
    const right = merged[best + 1] as { start: number; end: number };
    merged.splice(best, 2, { start: left.start, end: Math.max(left.end, right.end) });
  }
  return merged;
}

function clean(text: string): string {
  return stripSentinels(text);
}

export function toMeiliDocument(doc: SearchDocument, today: string): MeiliDocument {
  const ranges = effectiveRanges(doc.dates).map((r) => ({ start: isoDateToDay(r.start), end: isoDateToDay(r.end) }));
  const geo = doc.geo ?? [];
  const upcoming = effectiveRanges(doc.dates)
    .map((r) => r.start)
    .filter((start) => start >= today)
    .sort()[0];
  const sortDate = doc.sortDate !== undefined ? doc.sortDate : (upcoming ?? null);
  const meili: MeiliDocument = {
    pk: primaryKeyOf(doc.id),
    kind: doc.kind,
    id: doc.id,
    title: clean(doc.title),
    subtitle: doc.subtitle ? clean(doc.subtitle) : null,
    body: clean(doc.body),
    keywords: doc.keywords.map(clean),
    url: doc.url,
    facets: doc.facets,
    regionFunded: doc.regionFunded,
    regionFundedRank: doc.regionFunded ? 1 : 0,
    dates: doc.dates ?? [],
    geo,
    sortDate,
    titleSort: foldText(doc.title),
  };
  if (sortDate) meili.sortDay = isoDateToDay(sortDate);
  if (ranges.length > 0) {
    meili.firstDay = Math.min(...ranges.map((r) => r.start));
    meili.lastDay = Math.max(...ranges.map((r) => r.end));
    mergeToSlots(ranges).forEach((range, i) => {
      meili[`dateStart${i}`] = range.start;
      meili[`dateEnd${i}`] = range.end;
    });
  }
  const primary = geo[0];
  if (primary) meili._geo = { lat: primary.lat, lng: primary.lon };
  return meili;
}

export const RETRIEVED_ATTRIBUTES = [
  "kind",
  "id",
  "title",
  "subtitle",
  "body",
  "keywords",
  "url",
  "facets",
  "regionFunded",
  "dates",
  "geo",
  "sortDate",
];

export function toStoredDocument(hit: Record<string, unknown>): StoredDocument {
  const doc = hit as unknown as MeiliDocument;
  return {
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    subtitle: doc.subtitle ?? null,
    keywords: doc.keywords ?? [],
    url: doc.url,
    facets: doc.facets ?? {},
    regionFunded: Boolean(doc.regionFunded),
    dates: doc.dates ?? [],
    geo: doc.geo ?? [],
    sortDate: doc.sortDate ?? null,
  };
}

const dateSlotAttributes = Array.from({ length: MAX_DATE_SLOTS }, (_, i) => [`dateStart${i}`, `dateEnd${i}`]).flat();

/**
 * Applied to every index, idempotently. Rule order: an explicit sort (date, distance, title) wins
 * when asked for; otherwise relevance (words ... exactness) decides, then Region funding breaks ties,
 * then the title. `sort` is neutral when the query has none.
 */
export const INDEX_SETTINGS: Settings = {
  searchableAttributes: ["title", "keywords", "subtitle", "body"],
  filterableAttributes: [
    "regionFunded",
    "firstDay",
    "lastDay",
    "_geo",
    ...dateSlotAttributes,
    ...FACET_NAMES.map((name) => `facets.${name}`),
  ],
  sortableAttributes: ["sortDay", "titleSort", "_geo"],
  rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "regionFundedRank:desc", "titleSort:asc"],
  synonyms: meilisearchSynonyms(),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  localizedAttributes: [{ attributePatterns: ["*"], locales: ["fra"] }],
  faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { "*": "count" } },
  pagination: { maxTotalHits: 100_000 },
};

/** A quoted filter value: backslashes and quotes escaped, so user values cannot alter the filter. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

const knownFacets = new Set<string>(FACET_NAMES);

export function facetAttribute(name: string): string {
  if (!knownFacets.has(name)) {
    throw new Error(`La facette « ${name} » n'est pas déclarée pour Meilisearch (FACET_NAMES).`);
  }
  return `facets.${name}`;
}

/** Filter expressions ANDed by Meilisearch (array form); `skipFacet` leaves one facet's filter out. */
export function buildFilters(query: NormalizedQuery, today: string, skipFacet?: string): string[] {
  const filters: string[] = [];
  for (const [name, values] of query.filters) {
    if (name === skipFacet) continue;
    filters.push(`${facetAttribute(name)} IN [${values.map(quote).join(", ")}]`);
  }
  const from = query.dateFrom ? isoDateToDay(query.dateFrom) : null;
  const to = query.dateTo ? isoDateToDay(query.dateTo) : null;
  if (from !== null && to !== null) {
    const slots = Array.from({ length: MAX_DATE_SLOTS }, (_, i) => `(dateStart${i} <= ${to} AND dateEnd${i} >= ${from})`);
    filters.push(slots.join(" OR "));
  } else if (from !== null) {
    filters.push(`lastDay >= ${from}`);
  } else if (to !== null) {
    filters.push(`firstDay <= ${to}`);
  }
  if (query.upcomingOnly) filters.push(`lastDay >= ${isoDateToDay(today)}`);
  if (query.near) {
    filters.push(`_geoRadius(${query.near.lat}, ${query.near.lon}, ${Math.round(query.near.radiusKm * 1000)})`);
  }
  return filters;
}

export function buildSort(query: NormalizedQuery): string[] | undefined {
  switch (query.sort) {
    case "date":
      return ["sortDay:asc"];
    case "title":
      return ["titleSort:asc"];
    case "distance":
      return query.near ? [`_geoPoint(${query.near.lat}, ${query.near.lon}):asc`] : undefined;
    default:
      return undefined;
  }
}
