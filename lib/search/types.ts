/**
 * The search contract shared by the embedded PostgreSQL engine and the Meilisearch engine.
 * Pages, API routes and import jobs only ever see these types, so the engine can be switched
 * by configuration (MEILISEARCH_URL) without touching them.
 */

export const SEARCH_KINDS = [
  "formation",
  "metier",
  "organisme",
  "evenement",
  "structure",
  "financement",
  "ressource",
] as const;

export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * Facet names the portal uses. Documents may carry others (the PostgreSQL engine handles any
 * name), but Meilisearch can only filter and count the attributes declared in its settings.
 */
export const FACET_NAMES = [
  "level",
  "entryLevel",
  "alternance",
  "modality",
  "financing",
  "certification",
  "domain",
  "department",
  "region",
  "public",
  "type",
  "audience",
  "greatDomain",
  "transition",
  "online", "service", "theme", "cpf", "territory",
  "rome",
] as const;

/** A date span; a missing end means a one-day span, a missing start likewise. */
export type DateRange = { start: string | null; end: string | null };

export type GeoPoint = { lat: number; lon: number };

export type SearchDocument = {
  kind: SearchKind;
  id: string;
  title: string;
  subtitle?: string | null;
  /** Plain text, searched and used for snippets; never returned with hits. */
  body: string;
  /** Extra searchable terms: ROME appellations and codes, certification codes, ... */
  keywords: string[];
  url: string;
  /** Filter and count values by facet name, e.g. { level: ["4"], department: ["31"] }. */
  facets: Record<string, string[]>;
  regionFunded: boolean;
  dates?: DateRange[];
  /** The first point is the primary place (the only one Meilisearch can use). */
  geo?: GeoPoint[];
  /** Next upcoming start (ISO date) when the document was built; drives sort "date". */
  sortDate?: string | null;
};

export type StoredDocument = Omit<SearchDocument, "body">;

export type SearchSort = "relevance" | "date" | "distance" | "title";

export type SearchQuery = {
  kinds?: SearchKind[];
  q?: string;
  /** OR within one facet, AND across facets. */
  filters?: Record<string, string[]>;
  /** ISO dates: a document matches when one of its date ranges overlaps [dateFrom, dateTo]. */
  dateFrom?: string;
  dateTo?: string;
  /** Only documents with a date range ending today or later (documents without dates are excluded). */
  upcomingOnly?: boolean;
  near?: { lat: number; lon: number; radiusKm: number };
  /** Facet names to count; each is counted with every filter applied except its own. */
  facets?: string[];
  sort?: SearchSort;
  /** 1-based. */
  page?: number;
  perPage?: number;
};

export type SearchHit = {
  doc: StoredDocument;
  score: number;
  /** HTML-safe: everything is escaped except the <mark> elements around matched words. */
  highlight: { title?: string; snippet?: string };
  distanceKm?: number;
};

export type FacetCount = { value: string; count: number };

export type SearchResult = {
  total: number;
  hits: SearchHit[];
  facets: Record<string, FacetCount[]>;
  /** "Vouliez-vous dire ..." when the query finds little and a close spelling exists. */
  suggestion?: string;
  tookMs: number;
};

export type SuggestOptions = { kinds?: SearchKind[]; limit?: number };

/** An autocompletion entry: a document title, or one of its keywords (e.g. a job title). */
export type Suggestion = {
  label: string;
  kind: SearchKind;
  id: string;
  url: string;
  source: "title" | "keyword";
};

export type SearchHealth = { engine: "postgres" | "meilisearch"; ok: boolean; detail?: string };

export interface SearchEngine {
  readonly name: "postgres" | "meilisearch";
  search(query: SearchQuery): Promise<SearchResult>;
  suggest(prefix: string, options?: SuggestOptions): Promise<Suggestion[]>;
  /** Counts per kind for the central search page (every kind present, zero when none). */
  countByKind(q: string): Promise<Record<SearchKind, number>>;
  /** Adds or replaces documents by (kind, id); resolves once they are searchable. */
  index(docs: SearchDocument[]): Promise<void>;
  remove(kind: SearchKind, ids: string[]): Promise<void>;
  clear(kind?: SearchKind): Promise<void>;
  /** Ids currently indexed for a kind, so a full rebuild can drop what the database no longer has. */
  listIds(kind: SearchKind): Promise<string[]>;
  health(): Promise<SearchHealth>;
}
