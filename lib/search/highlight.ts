import { expandQuery } from "./synonyms";
import { escapeHtml, foldText, queryWords } from "./text";

/** Words too common to be worth marking (the SQL side drops them through the French stop list). */
const STOP_WORDS = new Set([
  "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "par", "pour", "sur", "un", "une",
]);

/** Folded query words and synonym words that the highlighter looks for. */
export function highlightTerms(q: string): string[] {
  const terms = new Set<string>();
  for (const slot of expandQuery(queryWords(q))) {
    for (const alternative of slot.alternatives) {
      for (const word of alternative) {
        if (word.length >= 2 && !STOP_WORDS.has(word)) terms.add(word);
      }
    }
  }
  return [...terms];
}

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, (previous[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length] as number;
}

/** Typo budget by term length, the same spirit as the engines' tolerance (none under 4 letters). */
function typoBudget(term: string): number {
  if (term.length >= 8) return 2;
  if (term.length >= 4) return 1;
  return 0;
}

/** A word matches a term as a prefix ("développeurs" for "developpeur"), possibly with typos. */
function matchesTerm(word: string, term: string): boolean {
  if (word.startsWith(term)) return true;
  const budget = typoBudget(term);
  if (budget === 0) return false;
  for (let length = term.length - 1; length <= term.length + 1; length++) {
    if (length <= 0 || length > word.length) continue;
    if (editDistance(word.slice(0, length), term) <= budget) return true;
  }
  return false;
}

const WORD = /[\p{L}\p{N}]+/gu;

type Token = { start: number; end: number; marked: boolean };

function tokenize(text: string, terms: string[]): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    const folded = foldText(match[0]);
    const marked = terms.length > 0 && terms.some((term) => matchesTerm(folded, term));
    tokens.push({ start, end: start + match[0].length, marked });
  }
  return tokens;
}

function render(text: string, tokens: Token[], from: number, to: number): string {
  let html = "";
  let cursor = from;
  for (const token of tokens) {
    if (token.end <= from || token.start >= to) continue;
    if (!token.marked) continue;
    html += escapeHtml(text.slice(cursor, token.start));
    html += `<mark>${escapeHtml(text.slice(token.start, token.end))}</mark>`;
    cursor = token.end;
  }
  return html + escapeHtml(text.slice(cursor, to));
}

/** The whole text, HTML-escaped, with matched words wrapped in <mark>. */
export function highlightText(text: string, terms: string[]): string {
  return render(text, tokenize(text, terms), 0, text.length);
}

const MAX_SNIPPET_SOURCE = 20_000;

/**
 * About `words` words of the text around the first matched word (or its beginning when nothing
 * matches), escaped and marked, with an ellipsis where the text is cut.
 */
export function snippetText(text: string, terms: string[], words = 30): string {
  const source = text.length > MAX_SNIPPET_SOURCE ? text.slice(0, MAX_SNIPPET_SOURCE) : text;
  const tokens = tokenize(source, terms);
  if (tokens.length === 0) return "";
  const first = Math.max(0, tokens.findIndex((token) => token.marked));
  const startIndex = Math.max(0, first - Math.floor(words / 4));
  const endIndex = Math.min(tokens.length - 1, startIndex + words - 1);
  const from = startIndex === 0 ? 0 : (tokens[startIndex] as Token).start;
  const to = endIndex === tokens.length - 1 && source === text ? source.length : (tokens[endIndex] as Token).end;
  const prefix = from > 0 ? "… " : "";
  const suffix = to < text.length ? " …" : "";
  return prefix + render(source, tokens, from, to).trim() + suffix;
}

/**
 * Meilisearch marks matches with the tags we give it but does not escape the text around them:
 * it is given private-use sentinels, then the text is escaped and the sentinels become <mark>.
 */
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

export function sentinelsToHtml(text: string): string {
  return escapeHtml(text).replaceAll(MARK_START, "<mark>").replaceAll(MARK_END, "</mark>");
}

export function stripSentinels(text: string): string {
  return text.replaceAll(MARK_START, "").replaceAll(MARK_END, "");
}
