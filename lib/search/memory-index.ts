import type { NormalizedQuery } from "./query-schema";
import { boundingBox, effectiveRanges, haversineKm, isoDateToDay } from "./text";
import { type FacetCount, SEARCH_KINDS, type DateRange, type GeoPoint, type SearchKind } from "./types";
import { Vocabulary } from "./vocabulary";

/**
 * In-process, columnar copy of the filterable part of the PostgreSQL index. PGlite (WebAssembly)
 * needs 0.4-3 s to unnest and group the facet tokens of 50,000 rows, and a tenth of a second just
 * to read them; plain loops over typed arrays do filters, disjunctive facet counts and ordering
 * in a few milliseconds. PostgreSQL stays the source of truth and does the text matching.
 */

export type IndexEntry = {
  docNo: number;
  kind: SearchKind;
  id: string;
  /** lower(immutable_unaccent(title)), as PostgreSQL computed it. */
  titleSort: string;
  regionFunded: boolean;
  facetTokens: string[];
  dates: DateRange[];
  geo: GeoPoint[];
  sortDate: string | null;
  /** Title and keywords, whose words feed the typo-tolerance vocabulary. */
  texts: string[];
};

export type RankedSlot = { docNo: number; kind: SearchKind; id: string; score: number; distanceKm?: number };

export type Evaluation = { total: number; page: RankedSlot[]; facets: Record<string, FacetCount[]> };

const KIND_CODE = new Map(SEARCH_KINDS.map((kind, i) => [kind, i]));
const NO_DAY = Number.NaN;
const MAX_FACET_VALUES = 200;

export class MemoryIndex {
  private docNo: number[] = [];
  private kind: number[] = [];
  private id: string[] = [];
  private alive: boolean[] = [];
  private region: number[] = [];
  private titleSort: string[] = [];
  private titleWords: number[] = [];
  private tokens: Int32Array[] = [];
  private ranges: (Int32Array | null)[] = [];
  private geo: (Float64Array | null)[] = [];
  private sortDay: number[] = [];
  private lastDay: number[] = [];
  private slotByKey = new Map<string, number>();
  private slotByDocNo = new Map<number, number>();
  private tokenIds = new Map<string, number>();
  private tokenFacet: string[] = [];
  private tokenValue: string[] = [];
  /** Position of each slot in (title, kind, id) order; rebuilt lazily after writes. */
  private titleRank: Int32Array | null = null;
  private rankToSlot: Int32Array | null = null;
  private dead = 0;

  /** Words only accumulate until the next reload: a stale word costs a useless alternative, nothing more. */
  readonly vocabulary = new Vocabulary();

  constructor(public generation: number) {}

  upsert(entries: IndexEntry[]): void {
    for (const entry of entries) {
      const key = `${entry.kind}\u0000${entry.id}`;
      const previous = this.slotByKey.get(key);
      if (previous !== undefined) this.kill(previous);
      const slot = this.docNo.length;
      this.docNo.push(entry.docNo);
      this.kind.push(KIND_CODE.get(entry.kind) ?? 0);
      this.id.push(entry.id);
      this.alive.push(true);
      this.region.push(entry.regionFunded ? 1 : 0);
      this.titleSort.push(entry.titleSort);
      this.titleWords.push(entry.titleSort.split(/[^a-z0-9]+/).filter(Boolean).length);
      this.tokens.push(Int32Array.from(entry.facetTokens, (token) => this.tokenId(token)));
      const ranges = effectiveRanges(entry.dates);
      this.ranges.push(
        ranges.length > 0 ? Int32Array.from(ranges.flatMap((r) => [isoDateToDay(r.start), isoDateToDay(r.end)])) : null,
      );
      this.lastDay.push(ranges.length > 0 ? Math.max(...ranges.map((r) => isoDateToDay(r.end))) : NO_DAY);
      this.geo.push(entry.geo.length > 0 ? Float64Array.from(entry.geo.flatMap((p) => [p.lat, p.lon])) : null);
      this.sortDay.push(entry.sortDate ? isoDateToDay(entry.sortDate) : NO_DAY);
      this.slotByKey.set(key, slot);
      this.slotByDocNo.set(entry.docNo, slot);
      for (const text of entry.texts) this.vocabulary.addText(text);
    }
    this.titleRank = null;
  }

  remove(kind: SearchKind, ids: string[]): void {
    for (const id of ids) {
      const slot = this.slotByKey.get(`${kind}\u0000${id}`);
      if (slot !== undefined) this.kill(slot);
    }
  }

  clear(kind?: SearchKind): void {
    const code = kind ? KIND_CODE.get(kind) : undefined;
    for (let slot = 0; slot < this.docNo.length; slot++) {
      if (this.alive[slot] && (code === undefined || this.kind[slot] === code)) this.kill(slot);
    }
  }

  /** Slots left behind by replaced or removed documents; past half the index a reload is cheaper. */
  get wasteRatio(): number {
    return this.docNo.length === 0 ? 0 : this.dead / this.docNo.length;
  }

  slotOf(docNo: number): number | undefined {
    return this.slotByDocNo.get(docNo);
  }

  /** Words in the title, for the exactness part of relevance. */
  titleWordCount(slot: number): number {
    return this.titleWords[slot] ?? 0;
  }

  kindOfSlot(slot: number): SearchKind {
    return SEARCH_KINDS[this.kind[slot] ?? 0] as SearchKind;
  }

  countByKind(scores?: Map<number, number>): Record<SearchKind, number> {
    const counts = Object.fromEntries(SEARCH_KINDS.map((kind) => [kind, 0])) as Record<SearchKind, number>;
    const count = (slot: number) => {
      if (this.alive[slot]) counts[this.kindOfSlot(slot)]++;
    };
    if (scores) for (const slot of scores.keys()) count(slot);
    else for (let slot = 0; slot < this.docNo.length; slot++) count(slot);
    return counts;
  }

  /**
   * Filters, counts and orders. `scores` (slot -> text relevance, see slotOf) restricts the
   * candidates to the text matches; without it every document of the requested kinds is one.
   */
  evaluate(query: NormalizedQuery, today: string, scores?: Map<number, number>): Evaluation {
    const kindAllowed = new Uint8Array(SEARCH_KINDS.length);
    for (const kind of query.kinds ?? SEARCH_KINDS) kindAllowed[KIND_CODE.get(kind) ?? 0] = 1;
    const plan = this.compileFilters(query);
    const counts = new Int32Array(this.tokenFacet.length);
    const from = query.dateFrom ? isoDateToDay(query.dateFrom) : Number.NEGATIVE_INFINITY;
    const to = query.dateTo ? isoDateToDay(query.dateTo) : Number.POSITIVE_INFINITY;
    const hasDates = query.dateFrom !== null || query.dateTo !== null;
    const todayDay = isoDateToDay(today);
    const near = query.near;
    const box = near ? boundingBox(near, near.radiusKm) : null;
    const { rank, rankToSlot } = this.ensureTitleRank();
    const total = this.docNo.length;
    const candidates = scores ? Int32Array.from(scores.keys()) : null;
    const keys = new Float64Array(candidates ? candidates.length : total);
    const distances = new Map<number, number>();
    let matched = 0;

    for (let c = 0, end = candidates ? candidates.length : total; c < end; c++) {
      const slot = candidates ? (candidates[c] as number) : c;
      if (!this.alive[slot] || !kindAllowed[this.kind[slot] as number]) continue;
      if (query.upcomingOnly && !((this.lastDay[slot] as number) >= todayDay)) continue;
      if (hasDates && !this.overlaps(slot, from, to)) continue;
      let distance = 0;
      if (near && box) {
        const nearest = this.nearest(slot, near, box);
        if (nearest === undefined || nearest > near.radiusKm) continue;
        distance = nearest;
        distances.set(slot, nearest);
      }
      const tokens = this.tokens[slot] as Int32Array;
      let satisfied = 0;
      for (let i = 0; i < tokens.length; i++) satisfied |= plan.filterBit[tokens[i] as number] as number;
      const missing = plan.allBits & ~satisfied;
      if (missing === 0) {
        for (let i = 0; i < tokens.length; i++) {
          const token = tokens[i] as number;
          if (plan.counted[token]) counts[token] = (counts[token] as number) + 1;
        }
        keys[matched++] = this.sortKey(slot, query, todayDay, scores, distance) * total + (rank[slot] as number);
      } else if ((missing & (missing - 1)) === 0) {
        // Disjunctive counting: a document missing only facet F's filter still counts for F's values.
        for (let i = 0; i < tokens.length; i++) {
          const token = tokens[i] as number;
          if (plan.counted[token] && plan.facetBit[token] === missing) counts[token] = (counts[token] as number) + 1;
        }
      }
    }

    const ordered = keys.subarray(0, matched).sort();
    const offset = (query.page - 1) * query.perPage;
    const page: RankedSlot[] = [];
    for (let i = offset; i < Math.min(matched, offset + query.perPage); i++) {
      const slot = rankToSlot[(ordered[i] as number) % total] as number;
      const hit: RankedSlot = {
        docNo: this.docNo[slot] as number,
        kind: this.kindOfSlot(slot),
        id: this.id[slot] as string,
        score: scores?.get(slot) ?? 0,
      };
      const distance = distances.get(slot);
      if (distance !== undefined) hit.distanceKm = Math.round(distance * 100) / 100;
      page.push(hit);
    }
    return { total: matched, page, facets: this.facetCounts(query.facets, counts) };
  }

  private kill(slot: number): void {
    if (!this.alive[slot]) return;
    this.alive[slot] = false;
    this.dead++;
    this.slotByKey.delete(`${this.kindOfSlot(slot)}\u0000${this.id[slot]}`);
    this.slotByDocNo.delete(this.docNo[slot] as number);
  }

  private tokenId(token: string): number {
    let id = this.tokenIds.get(token);
    if (id === undefined) {
      id = this.tokenFacet.length;
      const colon = token.indexOf(":");
      this.tokenIds.set(token, id);
      this.tokenFacet.push(token.slice(0, colon));
      this.tokenValue.push(token.slice(colon + 1));
    }
    return id;
  }

  /**
   * Per-token lookup tables for one query: the filter bit a token satisfies, the bit of its own
   * facet's filter (to count it when that filter alone is missing), and whether it is counted.
   * Filters are bits of one integer, so at most 31 facets can be filtered at once.
   */
  private compileFilters(query: NormalizedQuery) {
    const size = this.tokenFacet.length;
    const filterBit = new Int32Array(size);
    const facetBit = new Int32Array(size);
    const counted = new Uint8Array(size);
    const bitOfFacet = new Map<string, number>();
    query.filters.slice(0, 31).forEach(([name, values], f) => {
      bitOfFacet.set(name, 1 << f);
      for (const value of values) {
        const token = this.tokenIds.get(`${name}:${value}`);
        if (token !== undefined) filterBit[token] = 1 << f;
      }
    });
    const requested = new Set(query.facets);
    for (let token = 0; token < size; token++) {
      const facet = this.tokenFacet[token] as string;
      facetBit[token] = bitOfFacet.get(facet) ?? 0;
      if (requested.has(facet)) counted[token] = 1;
    }
    const allBits = bitOfFacet.size === 0 ? 0 : bitOfFacet.size === 31 ? 0x7fffffff : (1 << bitOfFacet.size) - 1;
    return { filterBit, facetBit, counted, allBits };
  }

  private overlaps(slot: number, from: number, to: number): boolean {
    const ranges = this.ranges[slot];
    if (!ranges) return false;
    for (let i = 0; i < ranges.length; i += 2) {
      if ((ranges[i] as number) <= to && (ranges[i + 1] as number) >= from) return true;
    }
    return false;
  }

  private nearest(slot: number, center: GeoPoint, box: ReturnType<typeof boundingBox>): number | undefined {
    const points = this.geo[slot];
    if (!points) return undefined;
    let best: number | undefined;
    for (let i = 0; i < points.length; i += 2) {
      const lat = points[i] as number;
      const lon = points[i + 1] as number;
      if (lat < box.latMin || lat > box.latMax || lon < box.lonMin || lon > box.lonMax) continue;
      const distance = haversineKm({ lat, lon }, center);
      if (best === undefined || distance < best) best = distance;
    }
    return best;
  }

  private ensureTitleRank(): { rank: Int32Array; rankToSlot: Int32Array } {
    if (!this.titleRank || !this.rankToSlot) {
      const slots = Array.from({ length: this.docNo.length }, (_, i) => i);
      const title = this.titleSort;
      const id = this.id;
      slots.sort((a, b) => {
        const ta = title[a] as string;
        const tb = title[b] as string;
        if (ta !== tb) return ta < tb ? -1 : 1;
        const ka = this.kind[a] as number;
        const kb = this.kind[b] as number;
        if (ka !== kb) return ka - kb;
        return (id[a] as string) < (id[b] as string) ? -1 : 1;
      });
      this.rankToSlot = Int32Array.from(slots);
      this.titleRank = new Int32Array(slots.length);
      slots.forEach((slot, rank) => {
        (this.titleRank as Int32Array)[slot] = rank;
      });
    }
    return { rank: this.titleRank, rankToSlot: this.rankToSlot };
  }

  /**
   * First part of the packed sort key `primary * N + titleRank` (N slots): one native
   * Float64Array sort then orders by "criterion, Region funding, title".
   */
  private sortKey(
    slot: number,
    query: NormalizedQuery,
    todayDay: number,
    scores: Map<number, number> | undefined,
    distance: number,
  ): number {
    const notFunded = 1 - (this.region[slot] as number);
    switch (query.sort) {
      case "title":
        return 0;
      case "date": {
        const day = this.sortDay[slot] as number;
        // Upcoming first (soonest first), then those whose date has passed (latest first), then undated.
        const band = Number.isNaN(day) ? 2 : day >= todayDay ? 0 : 1;
        const offset = band === 0 ? day - todayDay : band === 1 ? todayDay - day : 0;
        return (band * 2 ** 22 + Math.min(offset, 2 ** 22 - 1)) * 2 + notFunded;
      }
      case "distance":
        return Math.round(distance * 100) * 2 + notFunded;
      default: {
        // Relevance in buckets of 0.01: near-equal scores tie, and Region funding decides.
        const bucket = scores ? Math.round((scores.get(slot) ?? 0) * 100) : 0;
        return (10_000 - Math.min(bucket, 10_000)) * 2 + notFunded;
      }
    }
  }

  private facetCounts(names: string[], counts: Int32Array): Record<string, FacetCount[]> {
    const facets: Record<string, FacetCount[]> = Object.fromEntries(names.map((name) => [name, []]));
    counts.forEach((count, token) => {
      if (count > 0) facets[this.tokenFacet[token] as string]?.push({ value: this.tokenValue[token] as string, count });
    });
    for (const name of names) {
      facets[name] = (facets[name] ?? [])
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, "fr"))
        .slice(0, MAX_FACET_VALUES);
    }
    return facets;
  }
}
