import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { queryRows } from "@/db/sql";
import { expandQuery } from "./synonyms";
import { queryWords } from "./text";
import type { SearchKind } from "./types";
import type { Vocabulary } from "./vocabulary";

/**
 * Text side of the PostgreSQL engine. Every user value travels as a bound parameter; the only
 * text assembled here is a tsquery string made of [a-z0-9] words and fixed operators.
 */

/**
 * Typo tolerance is looked for when exact matches are this few: with many exact matches the close
 * spellings would rank below them anyway, and each retry costs another pass over the GIN index.
 */
const FUZZY_BELOW = 20;
/** Trigram similarity from which a vocabulary word counts as a spelling of the typed one. */
const MIN_SIMILARITY = 0.4;
const MAX_ALTERNATIVES = 3;
/**
 * Title/keyword matches are ranked by cover density (ts_rank_cd: query words close together in one
 * job title beat words scattered over several) when there are at most this many; beyond, the cost
 * grows past the latency budget and those matches tie within their tier.
 */
const RANK_LIMIT = 300;
/** Weight of a match found after dropping the last query words (no document had them all). */
const PARTIAL_FACTOR = 0.6;

/** Where the words were found: 2 all in the title, 1 in title and keywords, 0 also in the body. */
export type TextMatch = {
  tier: 0 | 1 | 2;
  /** Found through a corrected spelling. */
  fuzzy: boolean;
  /** Found with the last query words dropped. */
  partial?: boolean;
  /** ts_rank_cd over title and keywords (0..1), for tiers 1 and 2. */
  rank?: number;
};

export type TextMatches = {
  matches: Map<number, TextMatch>;
  /** The query with misspelled words replaced by their closest known spelling, when there are any. */
  suggestion?: string;
  wordCount: number;
};

/**
 * Relevance, in the spirit of Meilisearch's rules (attribute, then proximity and exactness): every
 * word in the title 1.5-1.9 (more when the title is made of the query words only), in title and
 * keywords 1.2-1.49 (more when close together), in the body 0.5. A match through a corrected
 * spelling counts 80%, one found without the last words 60%.
 */
export function textScore(match: TextMatch, queryWordCount: number, titleWordCount: number): number {
  const exactness = titleWordCount > 0 ? Math.min(1, queryWordCount / titleWordCount) : 0;
  const rank = match.rank ?? 0;
  const base = match.tier === 2 ? 1.5 + 0.4 * exactness : match.tier === 1 ? 1.2 + 0.29 * rank : 0.5;
  return base * (match.fuzzy ? 0.8 : 1) * (match.partial ? PARTIAL_FACTOR : 1);
}

function isIndexableWord(word: string): boolean {
  return word.length >= 2 || /^\d+$/.test(word);
}

/**
 * "cap cuisine" -> "(cap | (certificat & aptitude & professionnelle)) & cuisine:*". Only the last
 * word is a prefix (the user may still be typing); acronyms and corrections never are. `weight`
 * "A" restricts every word to the title part of a weighted vector.
 */
export function buildTsQuery(
  q: string,
  options: { corrections?: Map<string, string[]>; weight?: "A" } = {},
): string | null {
  const slots = expandQuery(queryWords(q));
  const weight = options.weight ?? "";
  const parts: string[] = [];
  slots.forEach((slot, index) => {
    const isLast = index === slots.length - 1;
    const alternatives = slot.alternatives
      .map((words) => words.filter(isIndexableWord))
      .filter((words) => words.length > 0)
      .map((words) =>
        words
          .map((word, k) => {
            const prefix = isLast && !slot.synonym && k === words.length - 1 && word.length >= 3;
            return prefix ? `${word}:*${weight}` : weight ? `${word}:${weight}` : word;
          })
          .join(" & "),
      );
    const typed = slot.synonym ? undefined : slot.alternatives[0]?.[0];
    for (const correction of (typed && options.corrections?.get(typed)) || []) {
      alternatives.push(weight ? `${correction}:${weight}` : correction);
    }
    if (alternatives.length === 1) parts.push(alternatives[0] as string);
    else if (alternatives.length > 1) parts.push(`(${alternatives.map((a) => `(${a})`).join(" | ")})`);
  });
  return parts.length > 0 ? parts.join(" & ") : null;
}

export function kindCondition(column: SQL, kinds: readonly string[] | null | undefined): SQL {
  if (!kinds || kinds.length === 0) return sql`true`;
  return sql`${column} in (${sql.join(
    kinds.map((kind) => sql`${kind}`),
    sql`, `,
  )})`;
}

type MatchRow = { nos: number[] | null; tiers: number[] | null };

/** One GIN lookup and one pass over the matched rows: doc_no and tier of every match. */
async function runMatch(db: DbOrTx, tsQuery: string, titleQuery: string, kinds: readonly SearchKind[] | null) {
  const tsq = sql`to_tsquery('french'::regconfig, ${tsQuery})`;
  const [row] = await queryRows<MatchRow>(
    db,
    sql`select array_agg(t.doc_no) as nos,
        array_agg(case when t.head_vector @@ to_tsquery('french'::regconfig, ${titleQuery}) then 2
                       when t.head_vector @@ ${tsq} then 1 else 0 end) as tiers
      from search_texts t
      where t.vector @@ ${tsq} and ${kindCondition(sql`t.kind`, kinds)}`,
  );
  const found = new Map<number, 0 | 1 | 2>();
  (row?.nos ?? []).forEach((docNo, i) => found.set(Number(docNo), Number(row?.tiers?.[i] ?? 0) as 0 | 1 | 2));
  return found;
}

/**
 * Documents matching the query text, by doc_no. Misspelled words are retried with known spellings;
 * when nothing has every word, the last words are dropped one by one (Meilisearch's "last" strategy).
 */
export async function matchText(
  db: DbOrTx,
  q: string,
  kinds: readonly SearchKind[] | null,
  vocabulary: Vocabulary,
): Promise<TextMatches> {
  const words = queryWords(q);
  const result = await matchWords(db, words, kinds, vocabulary);
  for (let keep = words.length - 1; result.matches.size === 0 && keep >= 1; keep--) {
    const shorter = await matchWords(db, words.slice(0, keep), kinds, vocabulary);
    for (const [docNo, match] of shorter.matches) result.matches.set(docNo, { ...match, partial: true });
  }
  await rankHeads(db, buildTsQuery(words.join(" ")), result.matches);
  return result;
}

async function matchWords(
  db: DbOrTx,
  words: string[],
  kinds: readonly SearchKind[] | null,
  vocabulary: Vocabulary,
): Promise<TextMatches> {
  const q = words.join(" ");
  const result: TextMatches = { matches: new Map(), wordCount: words.length };
  const tsQuery = buildTsQuery(q);
  if (!tsQuery) return result;
  const titleQuery = buildTsQuery(q, { weight: "A" }) as string;
  for (const [docNo, tier] of await runMatch(db, tsQuery, titleQuery, kinds)) {
    result.matches.set(docNo, { tier, fuzzy: false });
  }
  if (result.matches.size >= FUZZY_BELOW) return result;

  // Known spellings close to each unknown word of 4+ letters.
  const corrections = new Map<string, string[]>();
  const best = new Map<string, string>();
  for (const word of words) {
    if (word.length < 4 || /^\d+$/.test(word) || vocabulary.has(word)) continue;
    const close = vocabulary.closest(word, MAX_ALTERNATIVES, MIN_SIMILARITY);
    if (close.length === 0) continue;
    corrections.set(word, close.map((candidate) => candidate.word));
    best.set(word, (close[0] as { display: string }).display);
  }
  if (corrections.size === 0) return result;

  const fuzzyQuery = buildTsQuery(q, { corrections }) as string;
  const fuzzyTitleQuery = buildTsQuery(q, { corrections, weight: "A" }) as string;
  for (const [docNo, tier] of await runMatch(db, fuzzyQuery, fuzzyTitleQuery, kinds)) {
    if (!result.matches.has(docNo)) result.matches.set(docNo, { tier, fuzzy: true });
  }
  result.suggestion = words.map((word) => best.get(word) ?? word).join(" ");
  return result;
}

/** Cover-density rank of the title/keyword matches, when few enough to afford it. */
async function rankHeads(db: DbOrTx, tsQuery: string | null, matches: Map<number, TextMatch>): Promise<void> {
  const heads = [...matches].filter(([, match]) => match.tier > 0 && !match.fuzzy).map(([docNo]) => docNo);
  if (!tsQuery || heads.length === 0 || heads.length > RANK_LIMIT) return;
  const rows = await queryRows<{ doc_no: number; rank: number }>(
    db,
    sql`select t.doc_no, ts_rank_cd(t.head_vector, to_tsquery('french'::regconfig, ${tsQuery}), 32)::float8 as rank
      from search_texts t where t.doc_no = any(${`{${heads.join(",")}}`}::int[])`,
  );
  for (const row of rows) {
    const match = matches.get(Number(row.doc_no));
    if (match) match.rank = Number(row.rank);
  }
}
