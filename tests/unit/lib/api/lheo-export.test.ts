import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbOrTx } from "@/db/client";
import { queryRows } from "@/db/sql";
import { lheoExportChunks } from "@/lib/api/lheo/xml-document";
import { generateLheoStream } from "@/lib/import/lheo/generator";
import { runImport } from "@/lib/import/lheo/run-import";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { catalogueCounts, fixture, sample, writeTemp } from "../../../helpers/lheo";
import { validateLheo } from "./xsd";

const TODAY = "2026-01-12";
const SAMPLE_FILES = [
  "intercarif_trefle/formation.xml",
  "intercarif_trefle/poec.xml",
  "intercarif_trefle/daeu.xml",
  "intercarif_trefle/wrong_code_financeur_16.xml",
  "anotea/intercarif-data-test.xml",
];

/** The identities the importer keys records by: equal sets mean the same records came back. */
async function identities(db: DbOrTx): Promise<Record<string, string[]>> {
  const list = async (query: ReturnType<typeof sql>) => (await queryRows<{ k: string }>(db, query)).map((row) => row.k).sort();
  return {
    formations: await list(sql`select lheo_id as k from formations`),
    actions: await list(sql`select lheo_id as k from actions`),
    sessions: await list(sql`select lheo_id as k from sessions`),
    organisations: await list(sql`select lheo_key as k from organisations`),
    places: await list(sql`select key as k from places`),
    financers: await list(sql`select a.lheo_id || ':' || f.financer_code as k from action_financers f join actions a on a.id = f.action_id`),
    alternance: await list(sql`select lheo_id || ':' || coalesce(alternance::text, '-') || ':' || region_funded || ':' || cpf_eligible as k from actions`),
  };
}

async function exportAll(t: TestDatabase): Promise<string> {
  let xml = "";
  for await (const chunk of lheoExportChunks(t.db, { batchSize: 25 })) xml += chunk;
  return xml;
}

describe(`LHEO 2.3 export on ${describeDatabaseKind()}`, () => {
  let source: TestDatabase;
  let copy: TestDatabase;
  let xml: string;

  beforeAll(async () => {
    [source, copy] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    // The demo catalogue's two origins: generated 2.3 offers and the real 2.2 samples, plus a 2.3 fixture.
    await runImport(source.db, {
      input: generateLheoStream({ formations: 60, seed: 5, today: TODAY, idPrefix: "RT_" }),
      fileName: "demo.xml",
      source: "demo",
      mode: "full",
    });
    for (const file of SAMPLE_FILES) await runImport(source.db, { filePath: sample(file), source: "samples", mode: "partial" });
    await runImport(source.db, { filePath: fixture("formation-2.3.xml"), source: "fixture", mode: "partial" });
    xml = await exportAll(source);
  });
  afterAll(async () => {
    await Promise.all([source?.dispose(), copy?.dispose()]);
  });

  it("writes a document valid against the LHEO 2.3 schema", async () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<lheo xmlns="http://lheo.gouv.fr/2.3">');
    const result = await validateLheo(xml);
    expect(result.errors.slice(0, 10)).toEqual([]);
    expect(result.valid).toBe(true);
    const formationCount = (await catalogueCounts(source.db)).formations ?? 0;
    expect(xml.match(/<formation /g)).toHaveLength(formationCount);
    expect(xml).toContain(`<!-- ${formationCount} formation(s) ; 0 laissée(s) de côté`);
  });

  it("re-imports through the import pipeline with the same counts", async () => {
    const { run, report } = await runImport(copy.db, {
      filePath: writeTemp("export.xml", xml),
      source: "round-trip",
      mode: "full",
    });
    expect(run.status).toBe("succeeded");
    expect(run.lheoVersion).toBe("2.3");
    expect(report?.anomalies.filter((a) => a.severity === "error")).toEqual([]);
    const [before, after] = await Promise.all([catalogueCounts(source.db), catalogueCounts(copy.db)]);
    expect(after).toEqual(before);
    expect(report?.counts.formation.created).toBe(before.formations);
    expect(await identities(copy.db)).toEqual(await identities(source.db));
  });
});
