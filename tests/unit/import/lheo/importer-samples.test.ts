import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getImportRun, listImportAnomalies, listImportRuns } from "@/db/queries/imports";
import { actionFinancers, actions, formations, lheoCodes, organisations, sessions } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { LHEO_DICTS } from "@/lib/import/lheo/codes";
import { loadLheoCodes } from "@/lib/import/lheo/codes-loader";
import { runImport } from "@/lib/import/lheo/run-import";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { fixture, sample, writeTemp } from "../../../helpers/lheo";

const SAMPLES = [
  { file: "intercarif_trefle/formation.xml", formation: 1, action: 2, session: 2 },
  { file: "intercarif_trefle/poec.xml", formation: 1, action: 1, session: 1 },
  { file: "intercarif_trefle/daeu.xml", formation: 1, action: 1, session: 1 },
  { file: "intercarif_trefle/wrong_code_financeur_16.xml", formation: 1, action: 1, session: 1 },
  { file: "anotea/intercarif-data-test.xml", formation: 1, action: 1, session: 1 },
];

describe(`LHEO import of the real samples on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.each(SAMPLES)("imports $file with the counts it holds", async ({ file, ...expected }) => {
    const { run, report } = await runImport(t.db, { filePath: sample(file), source: "samples", mode: "partial", triggeredBy: "test" });
    expect(run.status).toBe("succeeded");
    expect(run.lheoVersion).toBe("2.2");
    for (const level of ["formation", "action", "session"] as const) {
      expect(report?.counts[level], level).toMatchObject({ read: expected[level], created: expected[level], rejected: 0 });
    }
    expect(report?.changedFormations).toHaveLength(1);
    expect(report?.changedFormations[0]?.change).toBe("created");
  });

  it("lands the key fields", async () => {
    const [plaquiste] = await t.db.select().from(formations).where(eq(formations.lheoId, "07_10"));
    expect(plaquiste).toMatchObject({ title: "Titre professionnel plaquiste", exitLevelCode: "4", exitLevel: 3, status: "active", source: "samples", lheoUpdatedOn: "2017-12-13" });
    const [responsible] = await t.db.select().from(organisations).where(eq(organisations.id, plaquiste?.organisationId ?? -1));
    expect(responsible).toMatchObject({ lheoKey: "82422814200660", name: "DRAFPA d'Olivet", lat: 47.8642616271973 });

    const [daeu] = await t.db.select().from(formations).where(eq(formations.lheoId, "15_464888"));
    expect(daeu).toMatchObject({ entryLevel: 3, exitLevel: 4 });
    expect(daeu?.objective).toBe("* être titulaire d'un diplôme national équivalent au Baccalauréat\n- accéder à l'enseignement supérieur\n- présenter des concours de la fonction publique de catégorie B\n- faire une remise à niveau des connaissances");

    const [session] = await t.db.select().from(sessions).where(eq(sessions.lheoId, "123324"));
    expect(session).toMatchObject({ startDate: "2017-10-30", endDate: "2018-06-01", registrationStart: null, registrationEnd: "2018-05-22", recruitmentState: "1" });

    const financers = await t.db
      .select({ code: actionFinancers.financerCode })
      .from(actionFinancers)
      .innerJoin(actions, eq(actions.id, actionFinancers.actionId))
      .where(eq(actions.lheoId, "04_74056"));
    expect(financers.map((f) => f.code).sort()).toEqual(["0", "10", "16", "17", "5"]);

    const places = await queryRows<{ city: string; lat: number; lon: number }>(
      t.db,
      sql`select p.city, p.lat, p.lon from places p join action_places ap on ap.place_id = p.id join actions a on a.id = ap.action_id where a.lheo_id = '15_927411'`,
    );
    expect(places).toEqual([{ city: "Toulouse", lat: 43.6, lon: 1.433333 }]);
    const [regional] = await t.db.select().from(actions).where(eq(actions.lheoId, "07_123324"));
    expect(regional).toMatchObject({ regionFunded: true, hoursTotal: 697, conventioned: true });
  });

  it("re-imports the same files as unchanged without touching a row", async () => {
    const before = await t.db.select({ id: formations.id, updatedAt: formations.updatedAt }).from(formations).orderBy(formations.id);
    const sessionsBefore = await t.db.select({ id: sessions.id, updatedAt: sessions.updatedAt }).from(sessions).orderBy(sessions.id);
    for (const { file, ...expected } of SAMPLES) {
      const { report } = await runImport(t.db, { filePath: sample(file), source: "samples", mode: "partial" });
      for (const level of ["formation", "action", "session"] as const) {
        expect(report?.counts[level]).toMatchObject({ read: expected[level], unchanged: expected[level], created: 0, updated: 0 });
      }
      expect(report?.counts.organisation).toMatchObject({ created: 0, updated: 0 });
      expect(report?.changedFormations).toEqual([]);
    }
    expect(await t.db.select({ id: formations.id, updatedAt: formations.updatedAt }).from(formations).orderBy(formations.id)).toEqual(before);
    expect(await t.db.select({ id: sessions.id, updatedAt: sessions.updatedAt }).from(sessions).orderBy(sessions.id)).toEqual(sessionsBefore);
  });

  it("updates exactly the record that changed", async () => {
    const original = readFileSync(sample("intercarif_trefle/formation.xml"), "utf8");
    const modified = original.replace("<fin>20180601</fin>\n                    </periode>\n                    <adresse-inscription>", "<fin>20180615</fin>\n                    </periode>\n                    <adresse-inscription>");
    expect(modified).not.toBe(original);
    const stamp = async () => new Map((await t.db.select({ lheoId: sessions.lheoId, updatedAt: sessions.updatedAt }).from(sessions)).map((r) => [r.lheoId, r.updatedAt.getTime()]));
    const before = await stamp();
    const { report } = await runImport(t.db, { filePath: writeTemp("formation-modified.xml", modified), source: "samples", mode: "partial" });
    expect(report?.counts.session).toMatchObject({ read: 2, updated: 1, unchanged: 1 });
    expect(report?.counts.action).toMatchObject({ updated: 0, unchanged: 2 });
    expect(report?.counts.formation).toMatchObject({ updated: 0, unchanged: 1 });
    expect(report?.changedFormations.map((c) => [c.lheoId, c.change])).toEqual([["07_10", "updated"]]);
    const after = await stamp();
    const changed = [...after].filter(([id, time]) => before.get(id) !== time).map(([id]) => id);
    expect(changed).toEqual(["114782"]);
    const [session] = await t.db.select().from(sessions).where(eq(sessions.lheoId, "114782"));
    expect(session?.endDate).toBe("2018-06-15");
  });

  it("imports a 2.3 feed with several trainers and places", async () => {
    const { run, report } = await runImport(t.db, { filePath: fixture("formation-2.3.xml"), source: "fixture-23", mode: "full" });
    expect(run).toMatchObject({ status: "succeeded", lheoVersion: "2.3" });
    expect(report?.counts.organisation.read).toBe(3);
    const trainers = await queryRows<{ name: string; position: number }>(
      t.db,
      sql`select o.name, t.position from action_trainers t join organisations o on o.id = t.organisation_id join actions a on a.id = t.action_id where a.lheo_id = 'T23_07_114782' order by t.position`,
    );
    expect(trainers).toEqual([{ name: "AFPA de Veigné", position: 0 }, { name: "GRETA Val de Loire", position: 1 }]);
    const places = await queryRows<{ city: string }>(
      t.db,
      sql`select p.city from action_places ap join places p on p.id = ap.place_id join actions a on a.id = ap.action_id where a.lheo_id = 'T23_07_114782' order by ap.position`,
    );
    expect(places.map((p) => p.city)).toEqual(["Veigné", "Tours"]);
    // The trainer SIRET is shared with the 2.2 sample: one organisation, not two.
    const afpa = await t.db.select().from(organisations).where(eq(organisations.lheoKey, "82422814201874"));
    expect(afpa).toHaveLength(1);
  });

  it("stores runs and anomalies and lists them", async () => {
    const runs = await listImportRuns(t.db, { source: "fixture-23" });
    expect(runs).toHaveLength(1);
    const run = await getImportRun(t.db, runs[0]?.id ?? -1);
    expect(run?.anomalyCount).toBeGreaterThanOrEqual(4);
    const warnings = await listImportAnomalies(t.db, { runId: run?.id ?? -1, severity: "warning" });
    expect(warnings.items.every((a) => a.severity === "warning")).toBe(true);
    const financer = await listImportAnomalies(t.db, { runId: run?.id ?? -1, code: "unknown-financer" });
    expect(financer.total).toBe(1);
    expect(financer.items[0]).toMatchObject({ recordId: "T23_07_114782", level: "action", path: "/lheo/offres/formation/action/organisme-financeur/code-financeur" });
    expect(financer.items[0]?.message).toMatch(/Code financeur « 99 »/);
    expect((await listImportRuns(t.db, { status: "succeeded" })).length).toBeGreaterThanOrEqual(SAMPLES.length * 2 + 2);
    expect(await getImportRun(t.db, 999_999)).toBeNull();
  });

  it("loads the LHEO code tables with European levels", async () => {
    const n = await loadLheoCodes(t.db);
    expect(n).toBe(Object.values(LHEO_DICTS).reduce((sum, dict) => sum + Object.keys(dict).length, 0));
    expect(n).toBe(132);
    expect(await loadLheoCodes(t.db)).toBe(n);
    const levels = await t.db.select().from(lheoCodes).where(eq(lheoCodes.dict, "dict-niveaux"));
    const eu = Object.fromEntries(levels.map((l) => [l.code, l.euLevel]));
    expect(eu).toMatchObject({ "0": 0, "1": 0, "4": 3, "8": 7, "13": 3, "17": 7 });
  });
});
