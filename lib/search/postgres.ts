import { randomInt } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { searchDocuments, searchTexts } from "@/db/schema/search";
import { queryRows } from "@/db/sql";
import { highlightTerms, highlightText, snippetText } from "./highlight";
import { type IndexEntry, MemoryIndex } from "./memory-index";
import {
  type DetailRow,
  detailColumns,
  documentUpsertSet,
  facetTokensOf,
  headTextOf,
  loadEntries,
  textUpsertSet,
  toDocumentRow,
  sortDateOf,
  toStoredDocument,
} from "./postgres-rows";
import { suggestLabels } from "./postgres-suggest";
import { matchText, type TextMatches, textScore } from "./postgres-text";
import { normalizeQuery, validateDocument } from "./query-schema";
import { TextCache } from "./text-cache";
import { normalizeForMatch, todayIso } from "./text";
import type { SearchDocument, SearchEngine, SearchHit, SearchKind, SearchQuery, SearchResult } from "./types";

export type PostgresSearchOptions = {
  /** ISO date of "today" for upcoming filters; injectable so benchmarks and tests are stable. */
  today?: () => string;
  /** Queries whose text matches are kept (see TextCache); 0 turns the cache off (benchmarks). */
  textCacheEntries?: number;
};

const WRITE_BATCH = 250;
const DELETE_BATCH = 1000;
/**
 * Maintenance after this many written rows. PGlite runs no autovacuum: without it a rebuilt index
 * keeps empty planner statistics (poor plans, seconds instead of milliseconds) and GIN pending
 * lists that every text query has to scan.
 */
const MAINTAIN_AFTER_ROWS = 5_000;
/** With fewer hits than this, a corrected spelling of the query is offered ("vouliez-vous dire"). */
const SUGGEST_BELOW = 3;

export function createPostgresSearchEngine(db: DbOrTx, options: PostgresSearchOptions = {}): SearchEngine {
  const today = options.today ?? (() => todayIso());
  let memory: MemoryIndex | null = null;
  let loading: Promise<MemoryIndex> | null = null;
  let writtenSinceMaintenance = 0;
  const textCache = new TextCache(options.textCacheEntries);

  /** Text matches of a query, computed once per index generation (see TextCache). */
  async function cachedMatchText(index: MemoryIndex, q: string, kinds: readonly SearchKind[] | null) {
    const key = `${[...(kinds ?? [])].sort().join(",")}|${normalizeForMatch(q)}`;
    const cached = textCache.get(key, index.generation);
    if (cached) return cached;
    const text = await matchText(db, q, kinds, index.vocabulary);
    textCache.set(key, index.generation, text);
    return text;
  }

  async function storedGeneration(): Promise<number> {
    const [row] = await queryRows<{ generation: number }>(
      db,
      sql`select generation from search_index_state where id = 1`,
    );
    return Number(row?.generation ?? 0);
  }

  /**
   * The in-process index, reloaded when another process (an import, the reindex script, another
   * server instance) has written since it was loaded. The generation is read before the rows, so
   * a write landing in between only causes one more reload.
   */
  async function currentIndex(): Promise<MemoryIndex> {
    const generation = await storedGeneration();
    if (memory && memory.generation === generation) return memory;
    loading ??= (async () => {
      const fresh = new MemoryIndex(generation);
      fresh.upsert(await loadEntries(db));
      memory = fresh;
      return fresh;
    })().finally(() => {
      loading = null;
    });
    return loading;
  }

  /**
   * Runs a write with a new random generation. A counter could come back to a value this process
   * already saw if a caller's transaction rolled back; a random stamp cannot, so "my copy was at
   * the previous stamp" safely means it only lacks this write, which is then applied in memory.
   */
  async function write<T>(work: (tx: Tx) => Promise<T>, apply: (index: MemoryIndex, result: T) => void) {
    const next = randomInt(1, 2 ** 47);
    const { result, previous } = await db.transaction(async (tx) => {
      const [row] = await queryRows<{ generation: number }>(
        tx,
        sql`select generation from search_index_state where id = 1 for update`,
      );
      const outcome = await work(tx);
      await tx.execute(sql`insert into search_index_state (id, generation, updated_at) values (1, ${next}, now())
        on conflict (id) do update set generation = excluded.generation, updated_at = excluded.updated_at`);
      return { result: outcome, previous: Number(row?.generation ?? 0) };
    });
    if (memory && memory.generation === previous && memory.wasteRatio < 0.5) {
      apply(memory, result);
      memory.generation = next;
    } else {
      memory = null;
    }
  }

  async function search(input: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const query = normalizeQuery(input);
    const day = today();
    const index = await currentIndex();
    const hasText = normalizeForMatch(query.q) !== "";
    const text = hasText ? await cachedMatchText(index, query.q, query.kinds) : null;
    const scores = text ? slotScores(index, text) : undefined;
    const evaluation = index.evaluate(query, day, scores);

    const details = await loadDetails(
      db,
      evaluation.page.map((hit) => hit.docNo),
      hasText,
    );
    const terms = highlightTerms(query.q);
    const hits: SearchHit[] = [];
    for (const ranked of evaluation.page) {
      const detail = details.get(ranked.docNo);
      if (!detail) continue;
      const hit: SearchHit = {
        doc: toStoredDocument(detail),
        score: Math.round(ranked.score * 1000) / 1000,
        highlight: { title: highlightText(detail.title, terms), snippet: snippetText(detail.body ?? "", terms) || undefined },
      };
      if (ranked.distanceKm !== undefined) hit.distanceKm = ranked.distanceKm;
      hits.push(hit);
    }

    const result: SearchResult = { total: evaluation.total, hits, facets: evaluation.facets, tookMs: 0 };
    if (text?.suggestion && evaluation.total < SUGGEST_BELOW) result.suggestion = text.suggestion;
    result.tookMs = Math.round((performance.now() - started) * 10) / 10;
    return result;
  }

  return {
    name: "postgres",
    search,

    suggest: (prefix, suggestOptions = {}) => suggestLabels(db, prefix, suggestOptions),

    async countByKind(q) {
      const index = await currentIndex();
      if (normalizeForMatch(q.slice(0, 200)) === "") return index.countByKind();
      const slots = slotScores(index, await cachedMatchText(index, q.slice(0, 200), null));
      return index.countByKind(slots);
    },

    async index(docs) {
      if (docs.length === 0) return;
      const day = today();
      // Last one wins within a call: one INSERT ... ON CONFLICT cannot touch the same row twice.
      const unique = new Map<string, SearchDocument>();
      for (const doc of docs) unique.set(`${doc.kind}\u0000${doc.id}`, validateDocument(doc));
      const all = [...unique.values()];
      await write(
        async (tx) => {
          const entries: IndexEntry[] = [];
          for (let i = 0; i < all.length; i += WRITE_BATCH) {
            entries.push(...(await writeBatch(tx, all.slice(i, i + WRITE_BATCH), day)));
          }
          return entries;
        },
        (index, entries) => index.upsert(entries),
      );
      writtenSinceMaintenance += all.length;
      if (writtenSinceMaintenance >= MAINTAIN_AFTER_ROWS) {
        writtenSinceMaintenance = 0;
        await db.execute(sql`select gin_clean_pending_list('search_texts_vector_idx'::regclass),
          gin_clean_pending_list('search_documents_match_trgm_idx'::regclass)`);
        await db.execute(sql`analyze search_documents`);
        await db.execute(sql`analyze search_texts`);
      }
    },

    async remove(kind, ids) {
      if (ids.length === 0) return;
      await write(
        async (tx) => {
          for (let i = 0; i < ids.length; i += DELETE_BATCH) {
            await tx
              .delete(searchDocuments)
              .where(and(eq(searchDocuments.kind, kind), inArray(searchDocuments.id, ids.slice(i, i + DELETE_BATCH))));
          }
        },
        (index) => index.remove(kind, ids),
      );
    },

    async clear(kind) {
      await write(
        async (tx) => {
          await tx.delete(searchDocuments).where(kind ? eq(searchDocuments.kind, kind) : sql`true`);
        },
        (index) => index.clear(kind),
      );
    },

    async listIds(kind) {
      const rows = await db.select({ id: searchDocuments.id }).from(searchDocuments).where(eq(searchDocuments.kind, kind));
      return rows.map((row) => row.id);
    },

    async health() {
      try {
        const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from search_documents`);
        return { engine: "postgres", ok: true, detail: `${Number(row?.n ?? 0)} documents indexés` };
      } catch (error) {
        return { engine: "postgres", ok: false, detail: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

/** Upserts one batch into both tables and returns what the in-process index needs to know. */
async function writeBatch(tx: Tx, docs: SearchDocument[], today: string): Promise<IndexEntry[]> {
  const written = await tx
    .insert(searchDocuments)
    .values(docs.map((doc) => toDocumentRow(doc, today)))
    .onConflictDoUpdate({ target: [searchDocuments.kind, searchDocuments.id], set: documentUpsertSet })
    .returning({
      docNo: searchDocuments.docNo,
      kind: searchDocuments.kind,
      id: searchDocuments.id,
      titleSort: searchDocuments.titleSort,
    });
  const byKey = new Map(docs.map((doc) => [`${doc.kind}\u0000${doc.id}`, doc]));
  const entries: IndexEntry[] = [];
  const texts: (typeof searchTexts.$inferInsert)[] = [];
  for (const row of written) {
    const doc = byKey.get(`${row.kind}\u0000${row.id}`);
    if (!doc) continue;
    texts.push({ docNo: row.docNo, kind: doc.kind, title: doc.title, headText: headTextOf(doc), body: doc.body });
    entries.push({
      docNo: row.docNo,
      kind: doc.kind,
      id: doc.id,
      titleSort: row.titleSort ?? "",
      regionFunded: doc.regionFunded,
      facetTokens: facetTokensOf(doc.facets),
      dates: doc.dates ?? [],
      geo: doc.geo ?? [],
      sortDate: sortDateOf(doc, today),
      texts: [doc.title, ...doc.keywords],
    });
  }
  if (texts.length > 0) {
    await tx.insert(searchTexts).values(texts).onConflictDoUpdate({ target: searchTexts.docNo, set: textUpsertSet });
  }
  return entries;
}

/** Text matches keyed by slot of the in-process index, with their relevance score. */
function slotScores(index: MemoryIndex, text: TextMatches): Map<number, number> {
  const scores = new Map<number, number>();
  for (const [docNo, match] of text.matches) {
    const slot = index.slotOf(docNo);
    if (slot !== undefined) scores.set(slot, textScore(match, text.wordCount, index.titleWordCount(slot)));
  }
  return scores;
}

async function loadDetails(db: DbOrTx, docNos: number[], withQuery: boolean) {
  const details = new Map<number, DetailRow>();
  if (docNos.length === 0) return details;
  // A snippet around a match may sit deep in the body; without a query only its opening is shown.
  const bodyLength = withQuery ? 20_000 : 1_000;
  const list = sql.join(
    docNos.map((docNo) => sql`${docNo}`),
    sql`, `,
  );
  const rows = await queryRows<DetailRow>(
    db,
    sql`select ${detailColumns}, left(t.body, ${bodyLength}) as body
      from search_documents d left join search_texts t on t.doc_no = d.doc_no
      where d.doc_no in (${list})`,
  );
  for (const row of rows) details.set(Number(row.doc_no), row);
  return details;
}
