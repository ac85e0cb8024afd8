import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reindexAfterImport, runImport } from "@/lib/import/lheo";
import { createPostgresSearchEngine } from "@/lib/search";
import type { SearchEngine } from "@/lib/search/types";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { sample } from "../../../helpers/lheo";

describe(`search index after an import on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  let engine: SearchEngine;
  beforeAll(async () => {
    t = await createTestDatabase();
    engine = createPostgresSearchEngine(t.db);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const find = async (q: string) => (await engine.search({ kinds: ["formation"], q })).hits.map((h) => h.doc.title);

  it("indexes the formations an import created, and their organisation", async () => {
    const { report } = await runImport(t.db, { filePath: sample("intercarif_trefle/formation.xml"), source: "feed", mode: "full" });
    expect(report).not.toBeNull();
    const counts = await reindexAfterImport(t.db, engine, report!);
    expect(counts?.formation.indexed).toBe(1);
    expect(counts?.organisme.indexed).toBeGreaterThan(0);
    expect(await find("plaquiste")).toEqual(["Titre professionnel plaquiste"]);
  });

  it("does nothing for an unchanged re-import", async () => {
    const { report } = await runImport(t.db, { filePath: sample("intercarif_trefle/formation.xml"), source: "feed", mode: "full" });
    expect(report?.changedFormations).toEqual([]);
    await expect(reindexAfterImport(t.db, engine, report!)).resolves.toBeNull();
  });

  it("removes the formations a full feed withdrew", async () => {
    const { report } = await runImport(t.db, { filePath: sample("intercarif_trefle/poec.xml"), source: "feed", mode: "full" });
    await reindexAfterImport(t.db, engine, report!);
    expect(await find("plaquiste")).toEqual([]);
    expect((await engine.listIds("formation")).length).toBe(1);
  });
});
