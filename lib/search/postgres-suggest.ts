import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { queryRows } from "@/db/sql";
import { kindCondition } from "./postgres-text";
import { normalizeForMatch, queryWords } from "./text";
import type { SearchKind, Suggestion, SuggestOptions } from "./types";

const DEFAULT_SUGGEST_LIMIT = 8;
const MAX_SUGGEST_LIMIT = 20;
/** Candidate documents examined per autocompletion; enough for a dropdown, bounded for latency. */
const SUGGEST_CANDIDATES = 200;

/** Same normalization as the `match_text` column, applied to one label. */
const normalizedLabel = sql`regexp_replace(lower(immutable_unaccent(label)), '[^a-z0-9]+', ' ', 'g')`;

/**
 * Titles and keywords (e.g. ROME job titles) in which every typed word starts a word,
 * accent-insensitive: "mecan aero" -> "Mécanicien / Mécanicienne aéronautique".
 */
export async function suggestLabels(db: DbOrTx, prefix: string, options: SuggestOptions): Promise<Suggestion[]> {
  const words = queryWords(prefix.slice(0, 100)).slice(0, 6);
  if (words.length === 0 || words.join("").length < 2) return [];
  const limit = Math.min(Math.max(options.limit ?? DEFAULT_SUGGEST_LIMIT, 1), MAX_SUGGEST_LIMIT);
  const first = words[0] as string;

  // Words are [a-z0-9]+ (normalizeForMatch), so they cannot act as LIKE wildcards.
  const candidateConditions: SQL[] = words.map((word) => sql`d.match_text like ${`%${word}%`}`);
  candidateConditions.push(kindCondition(sql`d.kind`, options.kinds));
  const labelConditions = words.map((word) => sql`(' ' || ${normalizedLabel}) like ${`% ${word}%`}`);

  const rows = await queryRows<{ label: string; kind: string; id: string; url: string; source: "title" | "keyword" }>(
    db,
    sql`with cand as (
        select d.kind, d.id, d.title, d.keywords, d.url, d.region_funded
        from search_documents d
        where ${sql.join(candidateConditions, sql` and `)}
        order by (d.match_text like ${`${first}%`}) desc, d.region_funded desc, length(d.title)
        limit ${SUGGEST_CANDIDATES}
      )
      select label, kind, id, url, source from (
        select c.title as label, c.kind, c.id, c.url, 'title' as source, c.region_funded from cand c
        union all
        select k, c.kind, c.id, c.url, 'keyword', c.region_funded from cand c cross join lateral unnest(c.keywords) as k
      ) s
      where ${sql.join(labelConditions, sql` and `)}
      order by (${normalizedLabel} like ${`${first}%`}) desc, (source = 'title') desc, region_funded desc,
        length(label), label
      limit ${limit * 4}`,
  );

  const seen = new Set<string>();
  const suggestions: Suggestion[] = [];
  for (const row of rows) {
    const key = normalizeForMatch(row.label);
    if (seen.has(key)) continue;
    seen.add(key);
    suggestions.push({ label: row.label, kind: row.kind as SearchKind, id: row.id, url: row.url, source: row.source });
    if (suggestions.length >= limit) break;
  }
  return suggestions;
}
