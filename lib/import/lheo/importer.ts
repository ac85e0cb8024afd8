import "server-only";
import path from "node:path";
import type { Db, DbOrTx } from "@/db/client";
import type { ImportCounts } from "@/db/schema";
import { ACTION_PATH, type Anomaly, FORMATION_PATH, SESSION_PATH } from "./anomalies";
import { markFormationsOfUpdatedOrganisations, withdrawMissingFromSource } from "./import-finalize";
import { type FormationChange, ImportState } from "./import-state";
import { writeBatch } from "./import-writer";
import type { MappedFormation, MapResult } from "./mapped";
import { mapFormation } from "./mapper";
import { type LheoInput, type LheoVersion, parseLheo } from "./parser";

export type ImportMode = "full" | "partial";

export type ImportProgress = { formationsRead: number; batchesWritten: number };

export type ImportLheoOptions = LheoInput & {
  /** Feed key: a full import withdraws only what this source published before. */
  source: string;
  /** full: the file is the source's whole catalogue; partial: only adds and updates. */
  mode: ImportMode;
  /** Called after each written batch, inside the transaction: throwing aborts and rolls back. */
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  /** Formations per write batch (default 250). */
  batchSize?: number;
  maxBytes?: number;
  /** Anomalies kept in the report (all are counted). Default 10,000. */
  maxStoredAnomalies?: number;
  /** Called once the root element has told the LHEO version (also for files refused later). */
  onVersion?: (version: LheoVersion) => void;
  /** Runs inside the transaction after every catalogue write, e.g. to record the run atomically. */
  beforeCommit?: (tx: DbOrTx, report: ImportReport) => Promise<void>;
};

export type ImportReport = {
  fileName: string;
  source: string;
  mode: ImportMode;
  lheoVersion: LheoVersion | null;
  counts: ImportCounts;
  /** The first anomalies (see maxStoredAnomalies), in file order. */
  anomalies: Anomaly[];
  anomalyCount: number;
  /** Formations to reindex: created, updated (themselves or their actions, sessions, organisations), reactivated, withdrawn. */
  changedFormations: FormationChange[];
  durationMs: number;
};

function duplicate(recordId: string, level: Anomaly["level"], path: string): Anomaly {
  return {
    recordId,
    level,
    path: `${path}/@numero`,
    severity: "error",
    code: "duplicate-id",
    message: `Numéro « ${recordId} » déjà présent plus haut dans le fichier : cette occurrence n'est pas importée.`,
  };
}

/** Applies file-wide rules the per-formation mapper cannot see (duplicates, counts, seen ids). */
function admit(result: MapResult, state: ImportState): MappedFormation | null {
  const { counts, seen } = state;
  const anomalies = [...result.anomalies];
  counts.formation.read += 1;
  counts.action.read += result.read.action;
  counts.session.read += result.read.session;
  counts.formation.rejected += result.rejected.formation;
  counts.action.rejected += result.rejected.action;
  counts.session.rejected += result.rejected.session;
  counts.organisation.rejected += result.rejected.organisation;
  for (const id of result.rejectedIds.formation) seen.formation.add(id);
  for (const id of result.rejectedIds.action) seen.action.add(id);
  for (const id of result.rejectedIds.session) seen.session.add(id);

  const f = result.formation;
  if (f && seen.formation.has(f.lheoId)) {
    anomalies.push(duplicate(f.lheoId, "formation", FORMATION_PATH));
    counts.formation.rejected += 1;
    counts.action.rejected += f.actions.length;
    counts.session.rejected += f.actions.reduce((n, a) => n + a.sessions.length, 0);
    state.addAnomalies(anomalies);
    return null;
  }
  if (f) {
    seen.formation.add(f.lheoId);
    f.actions = f.actions.filter((a) => {
      if (seen.action.has(a.lheoId)) {
        anomalies.push(duplicate(a.lheoId, "action", ACTION_PATH));
        counts.action.rejected += 1;
        counts.session.rejected += a.sessions.length;
        return false;
      }
      seen.action.add(a.lheoId);
      a.sessions = a.sessions.filter((s) => {
        if (!seen.session.has(s.lheoId)) {
          seen.session.add(s.lheoId);
          return true;
        }
        anomalies.push(duplicate(s.lheoId, "session", SESSION_PATH));
        counts.session.rejected += 1;
        return false;
      });
      return true;
    });
    for (const o of f.organisations) seen.organisation.add(o.key);
  }
  state.addAnomalies(anomalies);
  return f;
}

/**
 * Imports one LHEO file into the catalogue, all or nothing: the file is parsed as a stream and
 * written in batches inside one transaction, so a refused, truncated or failing file leaves the
 * catalogue exactly as it was. Upserts by LHEO numero, skips records whose content hash is
 * unchanged, and in full mode withdraws what the source no longer publishes.
 * Throws `LheoRejectedError` for a refused file; any other error is a failure.
 */
export async function importLheoFile(db: Db, options: ImportLheoOptions): Promise<ImportReport> {
  const started = Date.now();
  const { source, mode } = options;
  const batchSize = options.batchSize ?? 250;
  const fileName = "filePath" in options ? path.basename(options.filePath) : (options.fileName ?? "flux");
  const input: LheoInput = "filePath" in options ? { filePath: options.filePath } : { input: options.input, fileName };
  const meta: { version: LheoVersion | null } = { version: null };
  const state = new ImportState(options.maxStoredAnomalies ?? 10_000);

  const report = await db.transaction(async (tx) => {
    const ctx = { tx, source, state };
    let batch: MappedFormation[] = [];
    let batchesWritten = 0;
    const flush = async () => {
      await writeBatch(ctx, batch);
      batch = [];
      batchesWritten += 1;
      await options.onProgress?.({ formationsRead: state.counts.formation.read, batchesWritten });
    };
    const parsing = parseLheo(input, {
      maxBytes: options.maxBytes,
      onVersion: (v) => {
        meta.version = v;
        options.onVersion?.(v);
      },
    });
    for await (const parsed of parsing) {
      const formation = admit(mapFormation(parsed), state);
      if (formation) batch.push(formation);
      if (batch.length >= batchSize) await flush();
    }
    if (batch.length) await flush();

    if (mode === "full" && state.counts.formation.read === 0) {
      // An empty "full" feed is far more likely an export glitch than a region closing every offer.
      state.addAnomalies([
        {
          recordId: fileName,
          level: "formation",
          path: "/lheo/offres",
          severity: "warning",
          code: "empty-feed",
          message: "Flux complet sans aucune formation : aucun retrait effectué par précaution.",
        },
      ]);
    } else if (mode === "full") {
      await withdrawMissingFromSource(tx, source, state);
    }
    await markFormationsOfUpdatedOrganisations(tx, state);

    const result: ImportReport = {
      fileName,
      source,
      mode,
      lheoVersion: meta.version,
      counts: state.counts,
      anomalies: state.anomalies,
      anomalyCount: state.anomalyCount,
      changedFormations: [...state.changes.values()].sort((a, b) => a.id - b.id),
      durationMs: Date.now() - started,
    };
    await options.beforeCommit?.(tx, result);
    return result;
  });
  report.durationMs = Date.now() - started;
  return report;
}
