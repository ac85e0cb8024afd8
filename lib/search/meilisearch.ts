import { type EnqueuedTaskPromise, Meilisearch, type MultiSearchQuery, type SearchResponse } from "meilisearch";
import { editDistance, MARK_END, MARK_START, sentinelsToHtml, snippetText, highlightTerms } from "./highlight";
import {
  buildFilters,
  buildSort,
  facetAttribute,
  INDEX_SETTINGS,
  type MeiliDocument,
  primaryKeyOf,
  RETRIEVED_ATTRIBUTES,
  toMeiliDocument,
  toStoredDocument,
} from "./meilisearch-mapping";
import { normalizeQuery, type NormalizedQuery, validateDocument } from "./query-schema";
import { foldText, nearestDistanceKm, normalizeForMatch, queryWords, todayIso } from "./text";
import {
  type FacetCount,
  SEARCH_KINDS,
  type SearchDocument,
  type SearchEngine,
  type SearchHit,
  type SearchKind,
  type SearchResult,
  type Suggestion,
} from "./types";

/*
 * Multi-place documents: Meilisearch accepts one `_geo` point per document, so radius filters and
 * distance sorting use the document's first place (builders put the primary place first). A
 * formation taught in several towns is found near its first one only; `distanceKm` is still
 * computed over all its places. The embedded PostgreSQL engine has no such limit.
 */

export type MeilisearchEngineOptions = {
  url: string;
  apiKey?: string;
  /** Index uid prefix, one index per kind: "passerelle_" -> "passerelle_formation". */
  indexPrefix?: string;
  /** How long index/remove/clear wait for Meilisearch to finish their task. */
  taskTimeoutMs?: number;
  today?: () => string;
};

const WRITE_BATCH = 1000;
const SUGGEST_BELOW = 3;
const DEFAULT_SUGGEST_LIMIT = 8;
const CROP_LENGTH = 30;

type Hit = Record<string, unknown> & {
  _formatted?: Record<string, unknown>;
  _rankingScore?: number;
  _federation?: { indexUid: string };
};

export function createMeilisearchEngine(options: MeilisearchEngineOptions): SearchEngine {
  const client = new Meilisearch({ host: options.url, apiKey: options.apiKey });
  const prefix = options.indexPrefix ?? "passerelle_";
  const taskTimeout = options.taskTimeoutMs ?? 120_000;
  const today = options.today ?? (() => todayIso());
  const uid = (kind: SearchKind) => `${prefix}${kind}`;
  const kindOfUid = new Map(SEARCH_KINDS.map((kind) => [uid(kind), kind]));

  async function waitFor(task: EnqueuedTaskPromise, tolerate?: string) {
    const done = await task.waitTask({ timeout: taskTimeout });
    if (done.status !== "succeeded" && done.error?.code !== tolerate) {
      throw new Error(`Meilisearch : tâche ${done.type} en échec (${done.error?.message ?? done.status})`);
    }
  }

  // Created and configured once per process; the settings call is idempotent on the server.
  let ready: Promise<void> | null = null;
  function ensureIndexes(): Promise<void> {
    ready ??= (async () => {
      for (const kind of SEARCH_KINDS) {
        await waitFor(client.createIndex(uid(kind), { primaryKey: "pk" }), "index_already_exists");
        await waitFor(client.index(uid(kind)).updateSettings(INDEX_SETTINGS));
      }
    })().catch((error: unknown) => {
      ready = null;
      throw error;
    });
    return ready;
  }

  const kindsOf = (query: NormalizedQuery) => query.kinds ?? [...SEARCH_KINDS];

  function baseParams(query: NormalizedQuery, day: string, skipFacet?: string) {
    const filter = buildFilters(query, day, skipFacet);
    return { q: query.q, ...(filter.length > 0 ? { filter } : {}) };
  }

  /** Exact totals and disjunctive facet counts: one query per kind, plus one per kind and filtered facet. */
  async function countAndFacets(query: NormalizedQuery, day: string) {
    const filtered = new Set(query.filters.map(([name]) => name));
    const shared = query.facets.filter((name) => !filtered.has(name)).map(facetAttribute);
    const plans: { query: MultiSearchQuery; main: boolean }[] = [];
    for (const kind of kindsOf(query)) {
      const indexUid = uid(kind);
      plans.push({ query: { indexUid, ...baseParams(query, day), page: 1, hitsPerPage: 0, facets: shared }, main: true });
      for (const name of query.facets.filter((f) => filtered.has(f))) {
        const params = { indexUid, ...baseParams(query, day, name), page: 1, hitsPerPage: 0, facets: [facetAttribute(name)] };
        plans.push({ query: params, main: false });
      }
    }
    const { results } = await client.multiSearch({ queries: plans.map((plan) => plan.query) });
    let total = 0;
    const counts = new Map<string, Map<string, number>>(query.facets.map((name) => [name, new Map()]));
    results.forEach((result, i) => {
      if (plans[i]?.main) total += result.totalHits ?? result.estimatedTotalHits ?? 0;
      for (const [attribute, distribution] of Object.entries(result.facetDistribution ?? {})) {
        const target = counts.get(attribute.replace(/^facets\./, ""));
        if (!target) continue;
        for (const [value, count] of Object.entries(distribution)) target.set(value, (target.get(value) ?? 0) + count);
      }
    });
    const facets: Record<string, FacetCount[]> = {};
    for (const [name, values] of counts) {
      facets[name] = [...values]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, "fr"));
    }
    return { total, facets };
  }

  function hitParams(query: NormalizedQuery, day: string) {
    const sort = buildSort(query);
    return {
      ...baseParams(query, day),
      ...(sort ? { sort } : {}),
      attributesToRetrieve: RETRIEVED_ATTRIBUTES,
      attributesToHighlight: ["title"],
      attributesToCrop: ["body"],
      cropLength: CROP_LENGTH,
      cropMarker: "…",
      highlightPreTag: MARK_START,
      highlightPostTag: MARK_END,
      showRankingScore: true,
    };
  }

  async function pageOfHits(query: NormalizedQuery, day: string): Promise<Hit[]> {
    const offset = (query.page - 1) * query.perPage;
    const kinds = kindsOf(query);
    if (kinds.length === 1) {
      const response: SearchResponse = await client
        .index(uid(kinds[0] as SearchKind))
        .search(query.q, { ...hitParams(query, day), offset, limit: query.perPage });
      return response.hits as Hit[];
    }
    // Several kinds: federated search merges the per-index rankings into one list.
    const response = await client.multiSearch({
      federation: { offset, limit: query.perPage },
      queries: kinds.map((kind) => ({ indexUid: uid(kind), ...hitParams(query, day) })),
    });
    return response.hits as Hit[];
  }

  function toHit(hit: Hit, query: NormalizedQuery, terms: string[]): SearchHit {
    const doc = toStoredDocument(hit);
    const formatted = hit._formatted ?? {};
    const title = typeof formatted.title === "string" ? sentinelsToHtml(formatted.title) : undefined;
    const body = typeof hit.body === "string" ? hit.body : "";
    const cropped = typeof formatted.body === "string" ? sentinelsToHtml(formatted.body) : snippetText(body, terms);
    const result: SearchHit = { doc, score: hit._rankingScore ?? 0, highlight: { title, snippet: cropped || undefined } };
    const distance = query.near ? nearestDistanceKm(doc.geo, query.near) : undefined;
    if (distance !== undefined) result.distanceKm = Math.round(distance * 100) / 100;
    return result;
  }

  /** Closest words of the best title/keyword match, substituted for misspelled query words. */
  async function didYouMean(query: NormalizedQuery): Promise<string | undefined> {
    const words = queryWords(query.q);
    const response = await client.multiSearch({
      federation: { limit: 1 },
      queries: kindsOf(query).map((kind) => ({
        indexUid: uid(kind),
        q: query.q,
        attributesToSearchOn: ["title", "keywords"],
        attributesToRetrieve: ["title", "keywords"],
        matchingStrategy: "last" as const,
      })),
    });
    const top = response.hits[0] as Partial<MeiliDocument> | undefined;
    if (!top) return undefined;
    const vocabulary = [top.title ?? "", ...(top.keywords ?? [])].join(" ").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    let changed = false;
    const corrected = words.map((word) => {
      if (word.length < 4) return word;
      let best: { term: string; distance: number } | null = null;
      for (const term of vocabulary) {
        const distance = editDistance(foldText(term), word);
        if (!best || distance < best.distance) best = { term, distance };
      }
      if (!best || best.distance === 0 || best.distance > 2) return word;
      changed = true;
      return best.term.toLowerCase();
    });
    return changed ? corrected.join(" ") : undefined;
  }

  async function writeDocuments(docs: SearchDocument[]) {
    const day = today();
    const byKind = new Map<SearchKind, MeiliDocument[]>();
    for (const doc of docs) {
      const valid = validateDocument(doc);
      const list = byKind.get(valid.kind) ?? [];
      list.push(toMeiliDocument(valid, day));
      byKind.set(valid.kind, list);
    }
    for (const [kind, list] of byKind) {
      for (let i = 0; i < list.length; i += WRITE_BATCH) {
        await waitFor(client.index<MeiliDocument>(uid(kind)).addDocuments(list.slice(i, i + WRITE_BATCH), { primaryKey: "pk" }));
      }
    }
  }

  return {
    name: "meilisearch",

    async search(input): Promise<SearchResult> {
      const started = performance.now();
      await ensureIndexes();
      const query = normalizeQuery(input);
      const day = today();
      const [rawHits, counted] = await Promise.all([pageOfHits(query, day), countAndFacets(query, day)]);
      const terms = highlightTerms(query.q);
      const result: SearchResult = {
        total: counted.total,
        hits: rawHits.map((hit) => toHit(hit, query, terms)),
        facets: counted.facets,
        tookMs: 0,
      };
      if (query.q && counted.total < SUGGEST_BELOW) {
        const suggestion = await didYouMean(query);
        if (suggestion) result.suggestion = suggestion;
      }
      result.tookMs = Math.round((performance.now() - started) * 10) / 10;
      return result;
    },

    async suggest(prefixText, suggestOptions = {}) {
      await ensureIndexes();
      const words = queryWords(prefixText.slice(0, 100));
      if (words.length === 0 || words.join("").length < 2) return [];
      const limit = Math.min(Math.max(suggestOptions.limit ?? DEFAULT_SUGGEST_LIMIT, 1), 20);
      const kinds = suggestOptions.kinds && suggestOptions.kinds.length > 0 ? suggestOptions.kinds : [...SEARCH_KINDS];
      const response = await client.multiSearch({
        federation: { limit: 40 },
        queries: kinds.map((kind) => ({
          indexUid: uid(kind),
          q: prefixText,
          attributesToSearchOn: ["title", "keywords"],
          attributesToRetrieve: ["kind", "id", "title", "keywords", "url"],
        })),
      });
      const first = words[0] as string;
      const candidates: (Suggestion & { rank: number; starts: boolean })[] = [];
      response.hits.forEach((hit, rank) => {
        const doc = hit as unknown as MeiliDocument;
        const labels: [string, "title" | "keyword"][] = [[doc.title, "title"], ...doc.keywords.map((k) => [k, "keyword"] as [string, "keyword"])];
        for (const [label, source] of labels) {
          const normalized = ` ${normalizeForMatch(label)}`;
          if (!words.every((word) => normalized.includes(` ${word}`))) continue;
          candidates.push({ label, kind: doc.kind, id: doc.id, url: doc.url, source, rank, starts: normalized.startsWith(` ${first}`) });
        }
      });
      candidates.sort(
        (a, b) =>
          Number(b.starts) - Number(a.starts) ||
          Number(b.source === "title") - Number(a.source === "title") ||
          a.rank - b.rank ||
          a.label.length - b.label.length,
      );
      const seen = new Set<string>();
      const suggestions: Suggestion[] = [];
      for (const { rank: _rank, starts: _starts, ...suggestion } of candidates) {
        const key = normalizeForMatch(suggestion.label);
        if (seen.has(key)) continue;
        seen.add(key);
        suggestions.push(suggestion);
        if (suggestions.length >= limit) break;
      }
      return suggestions;
    },

    async countByKind(q) {
      await ensureIndexes();
      const { results } = await client.multiSearch({
        queries: SEARCH_KINDS.map((kind) => ({ indexUid: uid(kind), q: q.slice(0, 200), page: 1, hitsPerPage: 0 })),
      });
      const counts = Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, 0])) as Record<SearchKind, number>;
      for (const result of results) {
        const kind = kindOfUid.get(result.indexUid);
        if (kind) counts[kind] = result.totalHits ?? result.estimatedTotalHits ?? 0;
      }
      return counts;
    },

    async index(docs) {
      if (docs.length === 0) return;
      await ensureIndexes();
      await writeDocuments(docs);
    },

    async remove(kind, ids) {
      if (ids.length === 0) return;
      await ensureIndexes();
      for (let i = 0; i < ids.length; i += WRITE_BATCH) {
        await waitFor(client.index(uid(kind)).deleteDocuments(ids.slice(i, i + WRITE_BATCH).map(primaryKeyOf)));
      }
    },

    async clear(kind) {
      await ensureIndexes();
      for (const target of kind ? [kind] : SEARCH_KINDS) await waitFor(client.index(uid(target)).deleteAllDocuments());
    },

    async listIds(kind) {
      await ensureIndexes();
      const ids: string[] = [];
      for (let offset = 0; ; offset += WRITE_BATCH) {
        const page = await client.index<MeiliDocument>(uid(kind)).getDocuments({ fields: ["id"], offset, limit: WRITE_BATCH });
        ids.push(...page.results.map((doc) => doc.id));
        if (page.results.length < WRITE_BATCH) return ids;
      }
    },

    async health() {
      try {
        await client.health();
        const version = await client.getVersion();
        return { engine: "meilisearch", ok: true, detail: `Meilisearch ${version.pkgVersion}` };
      } catch (error) {
        return { engine: "meilisearch", ok: false, detail: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
