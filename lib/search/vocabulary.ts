import { normalizeForMatch } from "./text";

/**
 * Words of the titles and keywords of indexed documents, for typo tolerance and "vouliez-vous
 * dire". Close spellings are found by trigram similarity computed as pg_trgm does (a word padded
 * with two spaces before and one after, |A ∩ B| / |A ∪ B|): the same notion as in SQL, but an
 * in-process lookup takes well under a millisecond where pg_trgm on PGlite needs 15-40 ms.
 */

export type CloseWord = { word: string; display: string; similarity: number };

const WORD = /[\p{L}\p{N}]+/gu;
const MIN_WORD = 3;

function trigrams(word: string): string[] {
  const padded = `  ${word} `;
  const set = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  return [...set];
}

export class Vocabulary {
  private words: string[] = [];
  private displays: string[] = [];
  private trigramCounts: number[] = [];
  private ids = new Map<string, number>();
  private byTrigram = new Map<string, number[]>();

  get size(): number {
    return this.words.length;
  }

  /** Adds the words of a text (accent-folded key, first spelling seen kept for display). */
  addText(text: string): void {
    for (const [token] of text.matchAll(WORD)) {
      const folded = normalizeForMatch(token);
      if (folded.length < MIN_WORD || folded.includes(" ") || /^\d+$/.test(folded) || this.ids.has(folded)) continue;
      const id = this.words.length;
      const grams = trigrams(folded);
      this.ids.set(folded, id);
      this.words.push(folded);
      this.displays.push(token.toLowerCase());
      this.trigramCounts.push(grams.length);
      for (const gram of grams) {
        const list = this.byTrigram.get(gram);
        if (list) list.push(id);
        else this.byTrigram.set(gram, [id]);
      }
    }
  }

  has(word: string): boolean {
    return this.ids.has(word);
  }

  /** Known words most similar to `word` (an accent-folded word), best first. */
  closest(word: string, limit: number, minSimilarity: number): CloseWord[] {
    const grams = trigrams(word);
    const shared = new Map<number, number>();
    for (const gram of grams) {
      for (const id of this.byTrigram.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const found: CloseWord[] = [];
    for (const [id, common] of shared) {
      const similarity = common / (grams.length + (this.trigramCounts[id] as number) - common);
      if (similarity >= minSimilarity) {
        found.push({ word: this.words[id] as string, display: this.displays[id] as string, similarity });
      }
    }
    return found
      .sort((a, b) => b.similarity - a.similarity || (a.word < b.word ? -1 : 1))
      .slice(0, limit);
  }
}
