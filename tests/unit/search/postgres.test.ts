import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresSearchEngine } from "@/lib/search/postgres";
import type { SearchDocument, SearchEngine } from "@/lib/search/types";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../helpers/db";
import { runSearchEngineContract } from "./contract";
import { TOULOUSE } from "./fixtures";

runSearchEngineContract(`postgres (${describeDatabaseKind()})`, async () => {
  const database = await createTestDatabase();
  return { engine: createPostgresSearchEngine(database.db), dispose: database.dispose };
});

describe(`postgres engine specifics (${describeDatabaseKind()})`, () => {
  let database: TestDatabase;
  let engine: SearchEngine;

  const doc = (id: string, overrides: Partial<SearchDocument>): SearchDocument => ({
    kind: "formation",
    id,
    title: `Formation ${id}`,
    body: "",
    keywords: [],
    url: `/formations/${id}`,
    facets: {},
    regionFunded: false,
    ...overrides,
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    engine = createPostgresSearchEngine(database.db);
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it("matches any of a document's places, not only the first", async () => {
    // Meilisearch keeps one point per document; the embedded engine has no such limit.
    await engine.index([
      doc("paris-toulouse", { geo: [{ lat: 48.8566, lon: 2.3522 }, { lat: 43.6, lon: 1.45 }] }),
      doc("paris", { geo: [{ lat: 48.8566, lon: 2.3522 }] }),
    ]);
    const result = await engine.search({ near: { ...TOULOUSE, radiusKm: 10 } });
    expect(result.hits.map((hit) => hit.doc.id)).toEqual(["paris-toulouse"]);
    expect(result.hits[0]?.distanceKm).toBeLessThan(1);
  });

  it("treats a missing end as a one-day range and ignores undated ranges", async () => {
    await engine.clear();
    await engine.index([
      doc("one-day", { dates: [{ start: "2031-03-10", end: null }] }),
      doc("undated", { dates: [{ start: null, end: null }] }),
    ]);
    const inWindow = await engine.search({ dateFrom: "2031-03-10", dateTo: "2031-03-10" });
    expect(inWindow.hits.map((hit) => hit.doc.id)).toEqual(["one-day"]);
    const after = await engine.search({ dateFrom: "2031-03-11" });
    expect(after.total).toBe(0);
  });

  it("rejects malformed documents before writing anything", async () => {
    await expect(engine.index([doc("bad-date", { dates: [{ start: "10/03/2031", end: null }] })])).rejects.toThrow();
    await expect(engine.index([doc("bad-facet", { facets: { "level:x": ["4"] } })])).rejects.toThrow();
    expect(await engine.listIds("formation")).not.toContain("bad-date");
  });

  it("expands acronyms into their full names", async () => {
    await engine.clear();
    await engine.index([doc("bts-long", { title: "Brevet de technicien supérieur Comptabilité et gestion" })]);
    const result = await engine.search({ q: "bts compta" });
    expect(result.hits.map((hit) => hit.doc.id)).toEqual(["bts-long"]);
  });
});
