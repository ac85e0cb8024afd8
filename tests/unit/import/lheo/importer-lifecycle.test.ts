import { readFileSync } from "node:fs";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getImportRun } from "@/db/queries/imports";
import { actions, formations, sessions } from "@/db/schema";
import { generateLheoChunks, generateLheoStream } from "@/lib/import/lheo/generator";
import { importLheoFile } from "@/lib/import/lheo/importer";
import { runImport } from "@/lib/import/lheo/run-import";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { catalogueCounts, sample, writeTemp } from "../../../helpers/lheo";

const TODAY = "2025-03-01";
const feed = (formations: number, idPrefix = "LC_") => generateLheoStream({ formations, seed: 11, today: TODAY, idPrefix });

describe(`LHEO import lifecycle on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("withdraws what a full feed drops, and reactivates it when it comes back", async () => {
    const first = await importLheoFile(t.db, { input: feed(6), fileName: "lc.xml", source: "lc", mode: "full" });
    expect(first.counts.formation).toMatchObject({ read: 6, created: 6 });

    const partial = await importLheoFile(t.db, { input: feed(5), fileName: "lc.xml", source: "lc", mode: "partial" });
    expect(partial.counts.formation).toMatchObject({ unchanged: 5, withdrawn: 0 });

    const dropped = await importLheoFile(t.db, { input: feed(5), fileName: "lc.xml", source: "lc", mode: "full" });
    expect(dropped.counts.formation).toMatchObject({ read: 5, unchanged: 5, withdrawn: 1 });
    expect(dropped.changedFormations.map((c) => [c.lheoId, c.change])).toEqual([["LC_F000006", "withdrawn"]]);
    const [gone] = await t.db.select().from(formations).where(eq(formations.lheoId, "LC_F000006"));
    expect(gone?.status).toBe("withdrawn");
    expect(gone?.withdrawnAt).toBeInstanceOf(Date);
    const goneActions = await t.db.select().from(actions).where(eq(actions.formationId, gone?.id ?? -1));
    expect(goneActions.length).toBeGreaterThan(0);
    expect(goneActions.every((a) => a.status === "withdrawn")).toBe(true);
    expect(dropped.counts.action.withdrawn).toBe(goneActions.length);

    const back = await importLheoFile(t.db, { input: feed(6), fileName: "lc.xml", source: "lc", mode: "full" });
    expect(back.counts.formation).toMatchObject({ unchanged: 5, updated: 1, withdrawn: 0, created: 0 });
    expect(back.changedFormations.map((c) => [c.lheoId, c.change])).toEqual([["LC_F000006", "reactivated"]]);
    const [again] = await t.db.select().from(formations).where(eq(formations.lheoId, "LC_F000006"));
    expect(again).toMatchObject({ id: gone?.id, status: "active", withdrawnAt: null });
    const activeSessions = await t.db
      .select({ status: sessions.status })
      .from(sessions)
      .where(and(like(sessions.lheoId, "LC_F000006%"), eq(sessions.status, "active")));
    expect(activeSessions.length).toBe(back.counts.session.updated);
  });

  it("withdraws an action its formation no longer lists", async () => {
    const xml = [...generateLheoChunks({ formations: 20, seed: 11, today: TODAY, idPrefix: "AW_" })].join("");
    const withTwo = xml.match(/<action numero="(AW_F\d+)_AF2"/)?.[1];
    expect(withTwo).toBeDefined();
    await importLheoFile(t.db, { filePath: writeTemp("aw.xml", xml), source: "aw", mode: "full" });
    const withoutAction = xml.replace(new RegExp(`<action numero="${withTwo}_AF2"[\\s\\S]*?</action>\\n`), "");
    expect(withoutAction.length).toBeLessThan(xml.length);
    const report = await importLheoFile(t.db, { filePath: writeTemp("aw2.xml", withoutAction), source: "aw", mode: "partial" });
    expect(report.counts.action.withdrawn).toBe(1);
    expect(report.counts.formation.withdrawn).toBe(0);
    expect(report.changedFormations.map((c) => c.lheoId)).toEqual([withTwo]);
    const [action] = await t.db.select().from(actions).where(eq(actions.lheoId, `${withTwo}_AF2`));
    expect(action?.status).toBe("withdrawn");
  });

  it("rejects bad files with a French reason and leaves the catalogue untouched", async () => {
    await runImport(t.db, { filePath: sample("intercarif_trefle/formation.xml"), source: "good", mode: "full" });
    const before = await catalogueCounts(t.db);
    const good = readFileSync(sample("intercarif_trefle/formation.xml"), "utf8");
    const generated = [...generateLheoChunks({ formations: 3, seed: 5, today: TODAY, idPrefix: "TR_" })].join("");
    const bad: [string, string, RegExp][] = [
      ["malformed.xml", good.replace("</intitule-formation>", "</intitule>"), /XML bien formé/],
      // Cut inside the third formation: the first two were already written (batch size 1) and must be rolled back.
      ["truncated.xml", generated.slice(0, generated.indexOf('<formation numero="TR_F000003"') + 400), /Fichier tronqué/],
      ["xxe.xml", good.replace("<lheo ", '<!DOCTYPE lheo [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<lheo ').replace("Titre professionnel plaquiste", "&x;"), /DOCTYPE/],
      ["laughs.xml", good.replace("<lheo ", `<!DOCTYPE lheo [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "${"&a;".repeat(10)}"><!ENTITY c "${"&b;".repeat(10)}">]>\n<lheo `).replace("Titre professionnel plaquiste", "&c;"), /DOCTYPE/],
      ["namespace.xml", good.replace("http://www.lheo.org/2.2", "http://www.lheo.org/9.9"), /Espace de noms LHEO inconnu/],
      ["index.xml", readFileSync(sample("intercariforef_ws_bob/carif_lheo-index.xml"), "utf8"), /index LHEO/],
    ];
    for (const [name, content, reason] of bad) {
      const { run, report } = await runImport(t.db, { filePath: writeTemp(name, content), source: "good", mode: "full", batchSize: 1, triggeredBy: "test" });
      expect(run.status, name).toBe("rejected");
      expect(run.rejectionReason, name).toMatch(reason);
      expect(report).toBeNull();
      expect(await catalogueCounts(t.db), name).toEqual(before);
      expect((await getImportRun(t.db, run.id))?.status).toBe("rejected");
    }
    const [plaquiste] = await t.db.select().from(formations).where(eq(formations.lheoId, "07_10"));
    expect(plaquiste?.status).toBe("active");
  });

  it("rolls everything back when the import fails midway", async () => {
    const before = await catalogueCounts(t.db);
    let batches = 0;
    const { run, report } = await runImport(t.db, {
      input: feed(10, "RB_"),
      fileName: "rollback.xml",
      source: "rollback",
      mode: "full",
      batchSize: 2,
      onProgress: ({ batchesWritten }) => {
        batches = batchesWritten;
        if (batchesWritten === 3) throw new Error("panne simulée au lot 3");
      },
    });
    expect(batches).toBe(3);
    expect(run.status).toBe("failed");
    expect(run.rejectionReason).toMatch(/catalogue inchangé : panne simulée au lot 3/);
    expect(report).toBeNull();
    expect(await catalogueCounts(t.db)).toEqual(before);
  });

  it("rolls back on a database error raised inside the transaction", async () => {
    const before = await catalogueCounts(t.db);
    await expect(
      importLheoFile(t.db, {
        input: feed(4, "DB_"),
        fileName: "db-error.xml",
        source: "db-error",
        mode: "full",
        beforeCommit: async (tx) => {
          await tx.insert(formations).values({ lheoId: "DB_F000001", title: "doublon", contentHash: "x" });
        },
      }),
    ).rejects.toThrow();
    expect(await catalogueCounts(t.db)).toEqual(before);
  });

  it("rejects duplicate numeros within a file and keeps the first", async () => {
    const one = readFileSync(sample("intercarif_trefle/poec.xml"), "utf8");
    const offer = one.slice(one.indexOf("<formation "), one.indexOf("</formation>") + "</formation>".length);
    const twice = one.replace(offer, `${offer}\n${offer.replace("Gestionnaire de paie (POEC)", "Copie")}`);
    const report = await importLheoFile(t.db, { filePath: writeTemp("dup.xml", twice), source: "dup", mode: "full" });
    expect(report.counts.formation).toMatchObject({ read: 2, created: 1, rejected: 1 });
    expect(report.counts.action).toMatchObject({ read: 1 + 1, created: 1, rejected: 1 });
    expect(report.anomalies.filter((a) => a.code === "duplicate-id")).toHaveLength(1);
    const [kept] = await t.db.select().from(formations).where(eq(formations.lheoId, "24_162227"));
    expect(kept?.title).toBe("Gestionnaire de paie (POEC)");
  });

  it("does not withdraw anything on an empty full feed", async () => {
    const report = await importLheoFile(t.db, {
      filePath: writeTemp("empty-feed.xml", '<lheo xmlns="http://lheo.gouv.fr/2.3"><offres></offres></lheo>'),
      source: "lc",
      mode: "full",
    });
    expect(report.counts.formation.withdrawn).toBe(0);
    expect(report.anomalies.map((a) => a.code)).toEqual(["empty-feed"]);
    const active = await t.db.select().from(formations).where(and(eq(formations.source, "lc"), eq(formations.status, "active")));
    expect(active).toHaveLength(6);
  });
});
