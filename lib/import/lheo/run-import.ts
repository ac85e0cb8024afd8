import "server-only";
import path from "node:path";
import type { Db, DbOrTx } from "@/db/client";
import { type ImportCounts, importAnomalies, type ImportRun, importRuns } from "@/db/schema";
import type { Anomaly } from "./anomalies";
import { isLheoRejectedError } from "./errors";
import { emptyCounts } from "./import-state";
import { type ImportLheoOptions, type ImportMode, type ImportReport, importLheoFile } from "./importer";
import type { LheoVersion } from "./parser";
import { bulkInsert } from "@/db/bulk-insert";
import { anomaliesOfIdenticalRun, findIdenticalRun, hashFile, unchangedCounts } from "./identical-file";

export type RunImportOptions = ImportLheoOptions & {
  /** Who or what started the run: "cli", "seed", "admin:<user id>", ... */
  triggeredBy?: string;
  /** Read the file even when it is byte-identical to the source's last successful import. */
  forceRead?: boolean;
};

export type RunImportResult = {
  run: ImportRun;
  /** Null when the file was refused or the import failed (nothing was written). */
  report: ImportReport | null;
  /** The refusal or failure, for callers that want to log or rethrow it. */
  error?: unknown;
};

type RunRecord = {
  fileName: string;
  source: string;
  mode: ImportMode;
  lheoVersion: LheoVersion | null;
  status: ImportRun["status"];
  rejectionReason: string | null;
  startedAt: Date;
  counts: ImportCounts;
  anomalies: Anomaly[];
  anomalyCount: number;
  triggeredBy: string | null;
  fileHash: string | null;
};

async function saveRun(db: DbOrTx, record: RunRecord): Promise<ImportRun> {
  const finishedAt = new Date();
  const [run] = await db
    .insert(importRuns)
    .values({
      fileName: record.fileName,
      source: record.source,
      mode: record.mode,
      lheoVersion: record.lheoVersion,
      status: record.status,
      rejectionReason: record.rejectionReason,
      startedAt: record.startedAt,
      finishedAt,
      durationMs: finishedAt.getTime() - record.startedAt.getTime(),
      counts: record.counts,
      anomalyCount: record.anomalyCount,
      triggeredBy: record.triggeredBy,
      fileHash: record.fileHash,
    })
    .returning();
  if (!run) throw new Error("import_runs insert returned no row");
  await bulkInsert(db, importAnomalies, record.anomalies.map((a) => ({ runId: run.id, ...a })));
  return run;
}

function failureReason(error: unknown): string {
  if (isLheoRejectedError(error)) return error.message;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") {
    return `Échec de l'import, catalogue inchangé : fichier illisible ou introuvable (${code}).`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Échec de l'import, catalogue inchangé : ${message.split("\n")[0]?.slice(0, 500) ?? "erreur inconnue"}`;
}

/**
 * Imports a file and records the run. A successful run is recorded inside the import
 * transaction (catalogue and report commit together); a refused or failed one is recorded after
 * the rollback, in its own small transaction, with the reason (and zero counts: nothing was applied).
 */
export async function runImport(db: Db, options: RunImportOptions): Promise<RunImportResult> {
  const startedAt = new Date();
  const fileName = "filePath" in options ? path.basename(options.filePath) : (options.fileName ?? "flux");
  let version: LheoVersion | null = null;
  let saved: ImportRun | undefined;
  let fileHash: string | null = null;
  if ("filePath" in options) {
    // An unreadable file is left to the import below, which fails and records why.
    fileHash = await hashFile(options.filePath).catch(() => null);
    if (fileHash) {
      const identical = await recordIdenticalFile(db, options, { fileName, startedAt, fileHash });
      if (identical) return identical;
    }
  }
  const base = { fileName, source: options.source, mode: options.mode, startedAt, triggeredBy: options.triggeredBy ?? null, fileHash };
  try {
    const report = await importLheoFile(db, {
      ...options,
      onVersion: (v) => {
        version = v;
        options.onVersion?.(v);
      },
      beforeCommit: async (tx, result) => {
        await options.beforeCommit?.(tx, result);
        saved = await saveRun(tx, {
          ...base,
          lheoVersion: result.lheoVersion,
          status: "succeeded",
          rejectionReason: null,
          counts: result.counts,
          anomalies: result.anomalies,
          anomalyCount: result.anomalyCount,
        });
      },
    });
    if (!saved) throw new Error("import run was not recorded");
    return { run: saved, report };
  } catch (error) {
    const run = await db.transaction((tx) =>
      saveRun(tx, {
        ...base,
        lheoVersion: version,
        status: isLheoRejectedError(error) ? "rejected" : "failed",
        rejectionReason: failureReason(error),
        counts: emptyCounts(),
        anomalies: [],
        anomalyCount: 0,
      }),
    );
    return { run, report: null, error };
  }
}

/**
 * The daily delivery of a byte-identical file: the catalogue already holds exactly what it
 * describes, so the run is recorded (same counts read, all unchanged, same anomalies) without
 * parsing it. Returns null when the file must be read.
 */
async function recordIdenticalFile(
  db: Db,
  options: RunImportOptions,
  meta: { fileName: string; startedAt: Date; fileHash: string },
): Promise<RunImportResult | null> {
  if (options.forceRead) return null;
  const previous = await findIdenticalRun(db, options.source, options.mode, meta.fileHash);
  if (!previous) return null;
  const anomalies = await anomaliesOfIdenticalRun(db, previous, meta.fileName);
  const counts = unchangedCounts(previous.counts);
  const run = await db.transaction((tx) =>
    saveRun(tx, {
      fileName: meta.fileName,
      source: options.source,
      mode: options.mode,
      lheoVersion: previous.lheoVersion as LheoVersion | null,
      status: "succeeded",
      rejectionReason: null,
      startedAt: meta.startedAt,
      counts,
      anomalies,
      anomalyCount: previous.anomalyCount + 1,
      triggeredBy: options.triggeredBy ?? null,
      fileHash: meta.fileHash,
    }),
  );
  const report: ImportReport = {
    fileName: meta.fileName,
    source: options.source,
    mode: options.mode,
    lheoVersion: previous.lheoVersion as LheoVersion | null,
    counts,
    anomalies,
    anomalyCount: previous.anomalyCount + 1,
    changedFormations: [],
    durationMs: Date.now() - meta.startedAt.getTime(),
  };
  return { run, report };
}
