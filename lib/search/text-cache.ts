import type { TextMatches } from "./postgres-text";

/**
 * Text matches of recent queries, valid for one index generation: paging and facet clicks repeat
 * the text of the previous search, and the text side is the costliest part of a search. Bounded
 * by entries and by matched documents held; least recently used entries go first.
 */
export class TextCache {
  private entries = new Map<string, { generation: number; text: TextMatches }>();
  private held = 0;

  constructor(
    private readonly maxEntries = 200,
    private readonly maxMatches = 500_000,
  ) {}

  get enabled(): boolean {
    return this.maxEntries > 0;
  }

  get(key: string, generation: number): TextMatches | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.generation !== generation) return undefined;
    // Re-inserted so the Map's iteration order stays "least recently used first".
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.text;
  }

  set(key: string, generation: number, text: TextMatches): void {
    if (!this.enabled) return;
    this.drop(key);
    this.entries.set(key, { generation, text });
    this.held += text.matches.size;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries && this.held <= this.maxMatches) break;
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.held -= entry.text.matches.size;
  }
}
