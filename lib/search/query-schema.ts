import { z } from "zod";
import { SEARCH_KINDS, type SearchDocument, type SearchKind, type SearchQuery, type SearchSort } from "./types";

/** Facet names become SQL tokens ("level:4") and Meilisearch attributes ("facets.level"). */
const facetName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, "Nom de facette invalide");
const isoDate = z.iso.date();
const facetValues = z.array(z.string().min(1).max(200)).max(100);

export const searchQuerySchema = z.object({
  kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
  q: z.string().max(200).optional(),
  filters: z.record(facetName, facetValues).optional(),
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  upcomingOnly: z.boolean().optional(),
  near: z
    .object({
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      radiusKm: z.number().positive().max(1000),
    })
    .optional(),
  facets: z.array(facetName).max(20).optional(),
  sort: z.enum(["relevance", "date", "distance", "title"]).optional(),
  page: z.number().int().min(1).max(1000).optional(),
  perPage: z.number().int().min(1).max(100).optional(),
});

/** A query with defaults applied and empty parts dropped, so engines test presence only. */
export type NormalizedQuery = {
  kinds: SearchKind[] | null;
  q: string;
  filters: [string, string[]][];
  dateFrom: string | null;
  dateTo: string | null;
  upcomingOnly: boolean;
  near: { lat: number; lon: number; radiusKm: number } | null;
  facets: string[];
  sort: SearchSort;
  page: number;
  perPage: number;
};

export const DEFAULT_PER_PAGE = 20;

export function normalizeQuery(input: SearchQuery): NormalizedQuery {
  const query = searchQuerySchema.parse(input);
  const filters = Object.entries(query.filters ?? {}).filter(([, values]) => values.length > 0);
  const near = query.near ?? null;
  let sort = query.sort ?? "relevance";
  // Distance order without a point has no meaning; fall back rather than fail the page.
  if (sort === "distance" && !near) sort = "relevance";
  return {
    kinds: query.kinds && query.kinds.length > 0 ? [...new Set(query.kinds)] : null,
    q: (query.q ?? "").trim(),
    filters,
    dateFrom: query.dateFrom ?? null,
    dateTo: query.dateTo ?? null,
    upcomingOnly: query.upcomingOnly ?? false,
    near,
    facets: [...new Set(query.facets ?? [])],
    sort,
    page: query.page ?? 1,
    perPage: query.perPage ?? DEFAULT_PER_PAGE,
  };
}

const dateRangeSchema = z.object({ start: isoDate.nullable(), end: isoDate.nullable() });

export const searchDocumentSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: z.string().min(1).max(200),
  title: z.string().min(1).max(1000),
  subtitle: z.string().max(1000).nullish(),
  body: z.string(),
  keywords: z.array(z.string()),
  url: z.string().min(1),
  facets: z.record(facetName, z.array(z.string().min(1).max(200))),
  regionFunded: z.boolean(),
  dates: z.array(dateRangeSchema).optional(),
  geo: z.array(z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })).optional(),
  sortDate: isoDate.nullish(),
});

/** Rejects a malformed document before it reaches SQL casts or the Meilisearch task queue. */
export function validateDocument(doc: SearchDocument): SearchDocument {
  return searchDocumentSchema.parse(doc) as SearchDocument;
}
