import { describe, expect, it } from "vitest";
import { buildFilters, buildSort, MAX_DATE_SLOTS, primaryKeyOf, quote, toMeiliDocument } from "@/lib/search/meilisearch-mapping";
import { normalizeQuery } from "@/lib/search/query-schema";
import { isoDateToDay } from "@/lib/search/text";
import type { SearchDocument } from "@/lib/search/types";

// The Meilisearch engine itself needs a server (meilisearch.test.ts); its translation layer does not.
const base: SearchDocument = {
  kind: "formation",
  id: "42",
  title: "Pâtissier",
  body: "",
  keywords: [],
  url: "/formations/42",
  facets: { level: ["3"] },
  regionFunded: true,
};

describe("meilisearch mapping", () => {
  it("keeps each date range as its own pair of fields", () => {
    const doc = toMeiliDocument(
      { ...base, dates: [{ start: "2030-01-01", end: "2030-02-01" }, { start: "2030-06-01", end: null }] },
      "2029-01-01",
    );
    expect(doc.dateStart0).toBe(isoDateToDay("2030-01-01"));
    expect(doc.dateEnd0).toBe(isoDateToDay("2030-02-01"));
    expect(doc.dateStart1).toBe(isoDateToDay("2030-06-01"));
    expect(doc.dateEnd1).toBe(isoDateToDay("2030-06-01"));
    expect(doc.lastDay).toBe(isoDateToDay("2030-06-01"));
    expect(doc.sortDate).toBe("2030-01-01");
    expect(doc.regionFundedRank).toBe(1);
  });

  it("merges the closest ranges when there are too many, never losing coverage", () => {
    const dates = Array.from({ length: MAX_DATE_SLOTS + 3 }, (_, i) => {
      const day = String(1 + i * 2).padStart(2, "0");
      return { start: `2030-03-${day}`, end: `2030-03-${day}` };
    });
    const doc = toMeiliDocument({ ...base, dates }, "2029-01-01");
    expect(doc[`dateStart${MAX_DATE_SLOTS - 1}`]).toBeDefined();
    expect(doc[`dateStart${MAX_DATE_SLOTS}`]).toBeUndefined();
    const first = isoDateToDay("2030-03-01");
    const last = isoDateToDay(`2030-03-${String(1 + (MAX_DATE_SLOTS + 2) * 2).padStart(2, "0")}`);
    const covered = Array.from({ length: MAX_DATE_SLOTS }, (_, i) => [doc[`dateStart${i}`], doc[`dateEnd${i}`]]);
    expect(covered[0]?.[0]).toBe(first);
    expect(Math.max(...covered.map(([, end]) => end ?? 0))).toBe(last);
  });

  it("uses the first place as the document point", () => {
    const doc = toMeiliDocument({ ...base, geo: [{ lat: 43.6, lon: 1.44 }, { lat: 48.85, lon: 2.35 }] }, "2029-01-01");
    expect(doc._geo).toEqual({ lat: 43.6, lng: 1.44 });
    expect(doc.geo).toHaveLength(2);
  });

  it("encodes ids into valid primary keys", () => {
    expect(primaryKeyOf("F_07/10 é")).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(primaryKeyOf("a")).not.toBe(primaryKeyOf("b"));
  });

  it("escapes filter values", () => {
    expect(quote('31" OR kind = "x')).toBe('"31\\" OR kind = \\"x"');
    expect(quote("a\\")).toBe('"a\\\\"');
  });

  it("translates a query into filters and sort", () => {
    const query = normalizeQuery({
      filters: { level: ["3", "4"], department: ["31"] },
      dateFrom: "2030-01-01",
      dateTo: "2030-01-31",
      upcomingOnly: true,
      near: { lat: 43.6, lon: 1.44, radiusKm: 30 },
      sort: "distance",
    });
    const filters = buildFilters(query, "2029-06-01");
    expect(filters).toContain('facets.level IN ["3", "4"]');
    expect(filters).toContain('facets.department IN ["31"]');
    expect(filters.some((f) => f.startsWith(`(dateStart0 <= ${isoDateToDay("2030-01-31")} AND dateEnd0 >= `))).toBe(true);
    expect(filters).toContain(`lastDay >= ${isoDateToDay("2029-06-01")}`);
    expect(filters).toContain("_geoRadius(43.6, 1.44, 30000)");
    expect(buildFilters(query, "2029-06-01", "level")).not.toContain('facets.level IN ["3", "4"]');
    expect(buildSort(query)).toEqual(["_geoPoint(43.6, 1.44):asc"]);
  });

  it("refuses a facet Meilisearch has not been told about", () => {
    expect(() => buildFilters(normalizeQuery({ filters: { colour: ["red"] } }), "2029-06-01")).toThrow(/colour/);
  });
});
