import type { DateRange, GeoPoint } from "./types";

/**
 * Lower-case, accent-free form of a text, close to SQL `lower(immutable_unaccent(...))`:
 * both engines and the highlighter must agree on what "the same word" is.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "OE")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "AE")
    .replace(/ß/g, "ss")
    .toLowerCase();
}

/** Folded text with every run of non-alphanumerics collapsed to one space (the SQL `match_text`). */
export function normalizeForMatch(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function queryWords(text: string): string[] {
  const normalized = normalizeForMatch(text);
  return normalized ? normalized.split(" ") : [];
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Ranges as the engines filter them: a missing bound takes the other one (a one-day range),
 * a range with neither bound is dropped (it cannot match any date query), reversed bounds swap.
 */
export function effectiveRanges(dates: DateRange[] | undefined): { start: string; end: string }[] {
  const ranges: { start: string; end: string }[] = [];
  for (const range of dates ?? []) {
    const start = range.start ?? range.end;
    const end = range.end ?? range.start;
    if (!start || !end) continue;
    ranges.push(start <= end ? { start, end } : { start: end, end: start });
  }
  return ranges;
}

/** Today in the portal's time zone, as an ISO date: "upcoming" must not flip at 1 a.m. UTC. */
export function todayIso(now: Date = new Date(), timeZone = "Europe/Paris"): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Days since 1970-01-01 for an ISO date: Meilisearch compares numbers, not dates. */
export function isoDateToDay(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}

const EARTH_RADIUS_KM = 6371;

export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function nearestDistanceKm(points: GeoPoint[] | undefined, from: GeoPoint): number | undefined {
  let best: number | undefined;
  for (const point of points ?? []) {
    const d = haversineKm(point, from);
    if (best === undefined || d < best) best = d;
  }
  return best;
}

/** Latitude/longitude deltas of a box that contains the circle, for index prefilters. */
export function boundingBox(center: GeoPoint, radiusKm: number) {
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const cos = Math.cos((center.lat * Math.PI) / 180);
  const dLon = cos < 1e-6 ? 180 : Math.min(180, dLat / cos);
  return { latMin: center.lat - dLat, latMax: center.lat + dLat, lonMin: center.lon - dLon, lonMax: center.lon + dLon };
}
