/**
 * Which job title a trade search matched. A trade document carries its appellations as keywords, so
 * "chef de rang" finds the "Maître d'hôtel" fiche, but the engine's highlight only marks title and
 * snippet; the result card names the matching appellation so the visitor sees why the fiche came up.
 */

const STOP_WORDS = new Set(["de", "du", "des", "la", "le", "les", "l", "d", "en", "et", "a", "au", "aux", "un", "une"]);

function fold(value: string): string {
  return value.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

function tokens(value: string): string[] {
  return fold(value)
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 1 && !STOP_WORDS.has(token));
}

/** Edit distance, stopped early once above `max` (only "at most max" matters here). */
function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}

/** A typed word matches a label word when it starts it (3+ letters) or is a likely typo of it. */
function wordMatches(typed: string, word: string): boolean {
  if (word === typed) return true;
  if (typed.length >= 3 && word.startsWith(typed)) return true;
  if (typed.length < 5) return false;
  const allowed = typed.length >= 8 ? 2 : 1;
  // A typo in a prefix ("boulangr" for "boulangerie") compares with the word cut to the typed length.
  return withinDistance(typed, word, allowed) || withinDistance(typed, word.slice(0, typed.length + 1), allowed);
}

function matchesAll(typed: string[], label: string): boolean {
  const words = tokens(label);
  return typed.every((t) => words.some((word) => wordMatches(t, word)));
}

/**
 * The shortest appellation matching every word of the query, or null when the query is a ROME
 * code, matches the title already, or matches no appellation.
 */
export function findMatchedAppellation(query: string, title: string, appellations: readonly string[]): string | null {
  if (/^\s*[a-z]\d{4}\s*$/i.test(query)) return null;
  const typed = tokens(query);
  if (typed.length === 0 || matchesAll(typed, title)) return null;
  let best: string | null = null;
  for (const label of appellations) {
    if (matchesAll(typed, label) && (best === null || label.length < best.length)) best = label;
  }
  return best;
}
