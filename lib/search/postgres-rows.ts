import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { queryRows } from "@/db/sql";
import type { IndexEntry } from "./memory-index";
import { effectiveRanges } from "./text";
import type { SearchDocument, SearchKind, StoredDocument } from "./types";

export function facetTokensOf(facets: Record<string, string[]>): string[] {
  return [...new Set(Object.entries(facets).flatMap(([name, values]) => values.map((value) => `${name}:${value}`)))];
}

/** The facets object back from its tokens; a value may itself contain ":" (e.g. "domain:nsf:221"). */
export function facetsOf(tokens: string[]): Record<string, string[]> {
  const facets: Record<string, string[]> = {};
  for (const token of tokens) {
    const colon = token.indexOf(":");
    const name = token.slice(0, colon);
    facets[name] ??= [];
    facets[name].push(token.slice(colon + 1));
  }
  return facets;
}

/** Next start on or after today, unless the builder already chose the sort date. */
export function sortDateOf(doc: SearchDocument, today: string): string | null {
  if (doc.sortDate !== undefined) return doc.sortDate;
  return (
    effectiveRanges(doc.dates)
      .map((range) => range.start)
      .filter((start) => start >= today)
      .sort()[0] ?? null
  );
}

/** Row values of search_documents; generated columns (vectors, match text, title sort) are PostgreSQL's job. */
export function toDocumentRow(doc: SearchDocument, today: string) {
  const geo = doc.geo ?? [];
  return {
    kind: doc.kind,
    id: doc.id,
    title: doc.title,
    subtitle: doc.subtitle ?? null,
    keywords: doc.keywords,
    keywordsText: doc.keywords.join(" | "),
    url: doc.url,
    facetTokens: facetTokensOf(doc.facets),
    regionFunded: doc.regionFunded,
    dates: doc.dates ?? [],
    sortDate: sortDateOf(doc, today),
    geoLat: geo.map((p) => p.lat),
    geoLon: geo.map((p) => p.lon),
    updatedAt: new Date(),
  };
}

/** Keywords then subtitle: the "B" part of the head vector, the title being "A". */
export function headTextOf(doc: SearchDocument): string {
  return [...doc.keywords, doc.subtitle ?? ""].join(" | ");
}

/** Every stored column is replaced on conflict: a re-indexed document is the new truth. */
export const documentUpsertSet = Object.fromEntries(
  [
    ["title", "title"],
    ["subtitle", "subtitle"],
    ["keywords", "keywords"],
    ["keywordsText", "keywords_text"],
    ["url", "url"],
    ["facetTokens", "facet_tokens"],
    ["regionFunded", "region_funded"],
    ["dates", "dates"],
    ["sortDate", "sort_date"],
    ["geoLat", "geo_lat"],
    ["geoLon", "geo_lon"],
    ["updatedAt", "updated_at"],
  ].map(([key, column]) => [key, sql.raw(`excluded.${column}`)]),
);

export const textUpsertSet = {
  kind: sql.raw("excluded.kind"),
  title: sql.raw("excluded.title"),
  headText: sql.raw("excluded.head_text"),
  body: sql.raw("excluded.body"),
};

/** One document of the in-process index, as json_build_array sends it (see loadEntries). */
type EntryTuple = [
  docNo: number,
  title: string,
  keywords: string[],
  kind: string,
  id: string,
  titleSort: string,
  regionFunded: boolean,
  facetTokens: string[],
  dates: { start: string | null; end: string | null }[],
  geoLat: number[],
  geoLon: number[],
  sortDate: string | null,
];

const LOAD_CHUNK = 10_000;

/**
 * Every document, for the in-process index. Rows travel as one JSON text per chunk: PGlite spends
 * most of a 50,000-row result building row objects (2-3 s), JSON.parse does the same in a fraction.
 */
export async function loadEntries(db: DbOrTx): Promise<IndexEntry[]> {
  const entries: IndexEntry[] = [];
  let after = 0;
  for (;;) {
    const [row] = await queryRows<{ rows: string | null; last: number | null }>(
      db,
      sql`select json_agg(json_build_array(d.doc_no, d.title, d.keywords, d.kind, d.id, d.title_sort, d.region_funded,
          d.facet_tokens, d.dates, d.geo_lat, d.geo_lon, d.sort_date) order by d.doc_no)::text as rows,
          max(d.doc_no) as last
        from (select * from search_documents where doc_no > ${after} order by doc_no limit ${LOAD_CHUNK}) d`,
    );
    if (!row?.rows || row.last === null) return entries;
    for (const tuple of JSON.parse(row.rows) as EntryTuple[]) {
      const [docNo, title, keywords, kind, id, titleSort, regionFunded, facetTokens, dates, geoLat, geoLon, sortDate] =
        tuple;
      entries.push({
        docNo,
        kind: kind as SearchKind,
        id,
        titleSort,
        regionFunded,
        facetTokens,
        dates,
        geo: geoLat.map((lat, i) => ({ lat, lon: geoLon[i] as number })),
        sortDate,
        texts: [title, ...keywords],
      });
    }
    after = Number(row.last);
  }
}

export type DetailRow = {
  doc_no: number;
  kind: string;
  id: string;
  title: string;
  subtitle: string | null;
  keywords: string[];
  url: string;
  facet_tokens: string[];
  region_funded: boolean;
  dates: { start: string | null; end: string | null }[];
  geo_lat: number[];
  geo_lon: number[];
  sort_date: string | null;
  body: string | null;
};

export const detailColumns = sql`d.doc_no, d.kind, d.id, d.title, d.subtitle, d.keywords, d.url, d.facet_tokens,
  d.region_funded, d.dates, d.geo_lat, d.geo_lon, d.sort_date::text as sort_date`;

export function toStoredDocument(row: DetailRow): StoredDocument {
  return {
    kind: row.kind as SearchKind,
    id: row.id,
    title: row.title,
    subtitle: row.subtitle,
    keywords: row.keywords,
    url: row.url,
    facets: facetsOf(row.facet_tokens),
    regionFunded: Boolean(row.region_funded),
    dates: row.dates,
    geo: row.geo_lat.map((lat, i) => ({ lat: Number(lat), lon: Number(row.geo_lon[i]) })),
    sortDate: row.sort_date,
  };
}
