import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formations, importRuns } from "@/db/schema";
import { parseEnv } from "@/lib/env";
import { createDropFolderJob, processDropFolder, REJECTED_DIR, PROCESSED_DIR } from "@/lib/import/drop-folder";
import { generateLheoChunks } from "@/lib/import/lheo/generator";
import { listJobs } from "@/lib/jobs";
import { createPostgresSearchEngine } from "@/lib/search";
import type { SearchEngine } from "@/lib/search/types";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";

const TODAY = "2025-03-01";
const lheo = (formations: number, idPrefix: string) => [...generateLheoChunks({ formations, seed: 5, today: TODAY, idPrefix })].join("");
const FIVE_MINUTES_AGO = new Date(Date.now() - 5 * 60_000);

/** Writes a file as a finished FTP delivery (old enough not to be "still arriving"). */
function deliver(dir: string, name: string, content: string | Buffer, mtime = FIVE_MINUTES_AGO): void {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  utimesSync(file, mtime, mtime);
}

describe(`drop folder import on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  let engine: SearchEngine;
  let dir: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    engine = createPostgresSearchEngine(t.db);
  });
  afterAll(async () => {
    await t?.dispose();
  });
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "passerelle-depot-"));
  });

  it("imports every delivered file in name order, moves it aside, and reindexes", async () => {
    deliver(dir, "2025-03-01-offres.xml", lheo(3, "DFA_"));
    deliver(dir, "2025-03-02-ajouts.partiel.xml.gz", gzipSync(lheo(2, "DFB_")));
    deliver(dir, "2025-03-03-page.xml", "<html><body>pas un flux</body></html>");
    deliver(dir, "2025-03-04-abime.xml.gz", "ceci n'est pas une archive gzip");
    deliver(dir, "lisez-moi.txt", "ignoré");
    deliver(dir, ".en-transit.xml", lheo(1, "DFH_"));

    const result = await processDropFolder(t.db, { dir, engine });

    expect(result.processed.map((p) => [p.file, p.status])).toEqual([
      ["2025-03-01-offres.xml", "succeeded"],
      ["2025-03-02-ajouts.partiel.xml.gz", "succeeded"],
      ["2025-03-03-page.xml", "rejected"],
      ["2025-03-04-abime.xml.gz", "rejected"],
    ]);
    expect(result.stillArriving).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual([".en-transit.xml", "lisez-moi.txt", PROCESSED_DIR, REJECTED_DIR].sort());
    const processed = readdirSync(path.join(dir, PROCESSED_DIR)).sort();
    expect(processed).toHaveLength(2);
    expect(processed[0]).toMatch(/^\d{8}T\d{6}Z-2025-03-01-offres\.xml$/);
    expect(processed[1]).toMatch(/^\d{8}T\d{6}Z-2025-03-02-ajouts\.partiel\.xml\.gz$/);
    expect(readdirSync(path.join(dir, REJECTED_DIR)).map((n) => n.replace(/^\d{8}T\d{6}Z-/, "")).sort()).toEqual([
      "2025-03-03-page.xml",
      "2025-03-04-abime.xml.gz",
    ]);

    const runs = await t.db.select().from(importRuns).orderBy(importRuns.id);
    expect(runs.map((r) => [r.fileName, r.source, r.triggeredBy, r.mode, r.status])).toEqual([
      ["2025-03-01-offres.xml", "drop-folder", "scheduler", "full", "succeeded"],
      ["2025-03-02-ajouts.partiel.xml.gz", "drop-folder", "scheduler", "partial", "succeeded"],
      ["2025-03-03-page.xml", "drop-folder", "scheduler", "full", "rejected"],
      ["2025-03-04-abime.xml.gz", "drop-folder", "scheduler", "full", "rejected"],
    ]);
    expect(runs[3]?.rejectionReason).toMatch(/endommagé ou n'est pas une archive gzip/);
    expect(result.processed.map((p) => p.runId)).toEqual(runs.map((r) => r.id));

    // The partial delta kept the first delivery's offers; both are searchable.
    const active = await t.db.select({ id: formations.lheoId }).from(formations).where(eq(formations.status, "active"));
    expect(active.map((f) => f.id.slice(0, 4)).sort()).toEqual(["DFA_", "DFA_", "DFA_", "DFB_", "DFB_"]);
    expect(await engine.listIds("formation")).toHaveLength(5);
  });

  it("does nothing on a second pass", async () => {
    deliver(dir, "offres.xml", lheo(1, "DFC_"));
    expect((await processDropFolder(t.db, { dir, engine })).processed).toHaveLength(1);
    const before = await t.db.select().from(importRuns);
    const again = await processDropFolder(t.db, { dir, engine });
    expect(again).toEqual({ processed: [], stillArriving: [] });
    expect(await t.db.select().from(importRuns)).toHaveLength(before.length);
  });

  it("leaves a file that is still being written for the next pass", async () => {
    deliver(dir, "en-cours.xml", lheo(1, "DFD_").slice(0, 400), new Date());
    const first = await processDropFolder(t.db, { dir, engine });
    expect(first).toEqual({ processed: [], stillArriving: ["en-cours.xml"] });
    expect(readdirSync(dir)).toEqual(["en-cours.xml"]);
    expect(await t.db.select().from(formations).where(like(formations.lheoId, "DFD_%"))).toEqual([]);

    // The upload finished; a minute later the file is imported whole.
    deliver(dir, "en-cours.xml", lheo(1, "DFD_"));
    const second = await processDropFolder(t.db, { dir, engine });
    expect(second.processed.map((p) => p.status)).toEqual(["succeeded"]);
    expect(await t.db.select().from(formations).where(like(formations.lheoId, "DFD_%"))).toHaveLength(1);
  });

  it("says clearly when the folder does not exist", async () => {
    await expect(processDropFolder(t.db, { dir: path.join(dir, "absent"), engine })).rejects.toThrow(/Dossier de dépôt des imports introuvable/);
  });

  it("runs as a scheduled job with a one-line summary", async () => {
    deliver(dir, "offres.xml", lheo(1, "DFE_"));
    deliver(dir, "z-cassé.xml", "<lheo>");
    const job = createDropFolderJob({ dir, everyHours: 6, getEngine: () => engine });
    expect(job.everyMs).toBe(6 * 3_600_000);
    const summary = await job.run(t.db);
    expect(summary).toMatch(/^2 fichier\(s\) traité\(s\) : 1 importé\(s\), 1 refusé\(s\) ou en échec/);
    expect(await job.run(t.db)).toBe("aucun fichier à importer");
  });

  it("is registered only when IMPORT_DIR is set, every IMPORT_EVERY_HOURS (24 by default)", () => {
    expect(listJobs(parseEnv({})).map((j) => j.name)).not.toContain("import-drop-folder");
    const daily = listJobs(parseEnv({ IMPORT_DIR: dir })).find((j) => j.name === "import-drop-folder");
    expect(daily?.everyMs).toBe(24 * 3_600_000);
    const hourly = listJobs(parseEnv({ IMPORT_DIR: dir, IMPORT_EVERY_HOURS: "1" })).find((j) => j.name === "import-drop-folder");
    expect(hourly?.everyMs).toBe(3_600_000);
    expect(() => parseEnv({ IMPORT_DIR: dir, IMPORT_EVERY_HOURS: "0" })).toThrow(/IMPORT_EVERY_HOURS/);
  });
});
