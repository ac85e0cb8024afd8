import { describe, expect, it } from "vitest";
import { type IndexEntry, MemoryIndex } from "@/lib/search/memory-index";
import { normalizeQuery } from "@/lib/search/query-schema";
import type { SearchQuery } from "@/lib/search/types";

const TODAY = "2030-06-15";

let docNo = 0;
function entry(id: string, overrides: Partial<IndexEntry> = {}): IndexEntry {
  docNo += 1;
  return {
    docNo,
    kind: "formation",
    id,
    titleSort: id,
    regionFunded: false,
    facetTokens: [],
    dates: [],
    geo: [],
    sortDate: null,
    texts: [id],
    ...overrides,
  };
}

const run = (index: MemoryIndex, query: SearchQuery) => index.evaluate(normalizeQuery({ perPage: 50, ...query }), TODAY);
const ids = (index: MemoryIndex, query: SearchQuery) => run(index, query).page.map((hit) => hit.id);

describe("in-process search index", () => {
  it("replaces a document indexed twice and forgets removed ones", () => {
    const index = new MemoryIndex(1);
    index.upsert([entry("a", { titleSort: "old" }), entry("b")]);
    index.upsert([entry("a", { titleSort: "new" })]);
    expect(run(index, {}).total).toBe(2);
    index.remove("formation", ["a"]);
    expect(ids(index, {})).toEqual(["b"]);
    expect(index.wasteRatio).toBeCloseTo(2 / 3);
  });

  it("counts each facet under the other facets' filters only", () => {
    const index = new MemoryIndex(1);
    index.upsert([
      entry("xy", { facetTokens: ["a:x", "b:y"] }),
      entry("xz", { facetTokens: ["a:x", "b:z"] }),
      entry("wy", { facetTokens: ["a:w", "b:y"] }),
      entry("wz", { facetTokens: ["a:w", "b:z"] }),
    ]);
    const result = run(index, { filters: { a: ["x"], b: ["y"] }, facets: ["a", "b"] });
    expect(result.page.map((hit) => hit.id)).toEqual(["xy"]);
    expect(result.facets.a).toEqual([
      { value: "w", count: 1 },
      { value: "x", count: 1 },
    ]);
    expect(result.facets.b).toEqual([
      { value: "y", count: 1 },
      { value: "z", count: 1 },
    ]);
  });

  it("finds nothing for a filter value no document has, but still counts that facet", () => {
    const index = new MemoryIndex(1);
    index.upsert([entry("a", { facetTokens: ["level:3"] })]);
    const result = run(index, { filters: { level: ["9"] }, facets: ["level"] });
    expect(result.total).toBe(0);
    expect(result.facets.level).toEqual([{ value: "3", count: 1 }]);
  });

  it("orders by date: upcoming soonest first, then past, then undated", () => {
    const index = new MemoryIndex(1);
    index.upsert([
      entry("undated"),
      entry("past", { sortDate: "2030-01-01", dates: [{ start: "2030-01-01", end: "2030-02-01" }] }),
      entry("later", { sortDate: "2030-09-01", dates: [{ start: "2030-09-01", end: null }] }),
      entry("soon", { sortDate: "2030-06-20", dates: [{ start: "2030-06-20", end: "2030-07-01" }] }),
    ]);
    expect(ids(index, { sort: "date" })).toEqual(["soon", "later", "past", "undated"]);
    expect(ids(index, { upcomingOnly: true, sort: "date" })).toEqual(["soon", "later"]);
  });

  it("puts Region-funded documents first at equal relevance", () => {
    const index = new MemoryIndex(1);
    index.upsert([entry("a"), entry("b", { regionFunded: true }), entry("c")]);
    expect(ids(index, {})).toEqual(["b", "a", "c"]);
    expect(ids(index, { sort: "title" })).toEqual(["a", "b", "c"]);
  });
});
