/**
 * LHEO import throughput on embedded PGlite (file-backed, as in production):
 * `npx tsx --conditions=react-server bench/import.ts [--formations 10000] [--memory]`.
 * Prints time, throughput, peak RSS (whole process, PGlite included, and its idle baseline) and the
 * re-import of the same file: as delivered every day (byte-identical, recognised by its hash) and
 * read again record by record (content hashes). Targets: 10,000 formations under 60 s; unchanged
 * re-import at least 5 times faster.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { writeLheoFile } from "@/lib/import/lheo/generator";
import type { ImportReport } from "@/lib/import/lheo/importer";
import { runImport } from "@/lib/import/lheo/run-import";

const { values } = parseArgs({ options: { formations: { type: "string", default: "10000" }, memory: { type: "boolean", default: false } } });
// With DATABASE_URL the database runs in its own server process, so the RSS measured here is the
// importer's alone (with PGlite the embedded database's ~450 MB are part of this process).
const postgresUrl = process.env.DATABASE_URL;
const count = Number(values.formations);
const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);

const dir = mkdtempSync(path.join(os.tmpdir(), "passerelle-bench-import-"));
const file = path.join(dir, "feed.xml");
try {
  let started = Date.now();
  await writeLheoFile(file, { formations: count, seed: 1, today: "2025-01-15", idPrefix: "BENCH_" });
  console.log(`génération : ${count} formations, ${mb(statSync(file).size)} Mo en ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const pg = postgresUrl ? await freshPostgresDatabase(postgresUrl) : null;
  const handle = pg
    ? openDatabase({ kind: "postgres", url: pg.url })
    : openDatabase(values.memory ? { kind: "pglite" } : { kind: "pglite", dataDir: path.join(dir, "pglite") });
  await runMigrations(handle);
  const baseline = process.memoryUsage().rss;
  peak = baseline;

  started = Date.now();
  const first = (await runImport(handle.db, { filePath: file, source: "bench", mode: "full" })).report!;
  const firstMs = Date.now() - started;
  const firstPeak = peak;

  started = Date.now();
  const identical = (await runImport(handle.db, { filePath: file, source: "bench", mode: "full" })).report!;
  const identicalMs = Date.now() - started;

  started = Date.now();
  const second = (await runImport(handle.db, { filePath: file, source: "bench", mode: "full", forceRead: true })).report!;
  const secondMs = Date.now() - started;
  await handle.close();
  await pg?.drop();

  const rows = (r: ImportReport) => r.counts.formation.read + r.counts.action.read + r.counts.session.read;
  const unchanged = (r: ImportReport) => r.counts.formation.unchanged + r.counts.action.unchanged + r.counts.session.unchanged;
  const result = {
    formations: count,
    storage: pg ? "postgresql (serveur séparé)" : values.memory ? "pglite (mémoire)" : "pglite (fichiers)",
    importSeconds: +(firstMs / 1000).toFixed(1),
    formationsPerSecond: Math.round(count / (firstMs / 1000)),
    recordsPerSecond: Math.round(rows(first) / (firstMs / 1000)),
    records: { formations: first.counts.formation.created, actions: first.counts.action.created, sessions: first.counts.session.created, organisations: first.counts.organisation.created },
    anomalies: first.anomalyCount,
    rssBaselineMb: mb(baseline),
    rssPeakMb: mb(firstPeak),
    rssIncreaseMb: mb(firstPeak - baseline),
    identicalReimportSeconds: +(identicalMs / 1000).toFixed(2),
    identicalReimportSpeedup: +(firstMs / identicalMs).toFixed(1),
    identicalReimportUnchangedRatio: +(unchanged(identical) / rows(identical)).toFixed(4),
    reimportSeconds: +(secondMs / 1000).toFixed(1),
    reimportSpeedup: +(firstMs / secondMs).toFixed(1),
    reimportUnchangedRatio: +(unchanged(second) / rows(second)).toFixed(4),
  };
  console.log(`import : ${result.importSeconds} s (${result.formationsPerSecond} formations/s, ${result.recordsPerSecond} enregistrements/s)`);
  console.log(`mémoire : pic ${result.rssPeakMb} Mo (au repos avant l'import : ${result.rssBaselineMb} Mo, dont PGlite s'il est embarqué ; hausse due à l'import : ${result.rssIncreaseMb} Mo)`);
  console.log(
    `réimport du même fichier (reconnu à son empreinte) : ${result.identicalReimportSeconds} s, ${result.identicalReimportSpeedup}× plus rapide`,
  );
  console.log(
    `réimport relu enregistrement par enregistrement : ${result.reimportSeconds} s, ${result.reimportSpeedup}× plus rapide, ${(result.reimportUnchangedRatio * 100).toFixed(1)} % inchangés`,
  );
  console.log(JSON.stringify(result));
  if (result.importSeconds > 60) process.exitCode = 1;
} finally {
  clearInterval(sampler);
  rmSync(dir, { recursive: true, force: true });
}

async function freshPostgresDatabase(url: string) {
  const name = `passerelle_bench_${Date.now()}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}

