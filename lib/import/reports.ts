import "server-only";
import type { DbOrTx } from "@/db/client";
import {
  getImportAnomalyFacets,
  getImportRun,
  getImportTrend,
  getImportUploader,
  iterateImportAnomalies,
  listImportSources,
  searchImportAnomalies,
  type SearchImportRunsParams,
  searchImportRuns,
} from "@/db/queries/imports";
import type { PageParams } from "@/db/queries/admin-shared";
import type { ImportAnomaly } from "@/db/schema";
import { type Actor, assertCan, can } from "@/lib/auth/permissions";

/**
 * The import reports of the back office. Pages check the permission with requirePermission
 * (redirect or 403 page); these services check it again, so no caller can forget it.
 */

/** A month of daily deliveries. */
export const TREND_RUNS = 30;

export async function getImportsOverview(db: DbOrTx, actor: Actor | null | undefined, params: SearchImportRunsParams) {
  assertCan(actor, "imports:read");
  const runs = await searchImportRuns(db, params);
  const sources = await listImportSources(db);
  const trend = await getImportTrend(db, { limit: TREND_RUNS });
  return { runs, sources, trend, canUpload: can(actor, "imports:upload") };
}

export type AnomalyFilters = { severity?: ImportAnomaly["severity"]; code?: string };

/** One run with a page of its anomalies and the filter counts; null when there is no such run. */
export async function getImportReport(db: DbOrTx, actor: Actor | null | undefined, params: PageParams & AnomalyFilters & { runId: number }) {
  assertCan(actor, "imports:read");
  const run = await getImportRun(db, params.runId);
  if (!run) return null;
  const anomalies = await searchImportAnomalies(db, params);
  const facets = await getImportAnomalyFacets(db, run.id);
  const uploader = await getImportUploader(db, run.triggeredBy);
  const stored = facets.severity.reduce((n, f) => n + f.count, 0);
  return { run, anomalies, facets, uploader, stored };
}

/** The run and its (filtered) anomalies as a lazy sequence, for the CSV export; null when there is no such run. */
export async function openAnomaliesExport(db: DbOrTx, actor: Actor | null | undefined, params: AnomalyFilters & { runId: number }) {
  assertCan(actor, "imports:read");
  const run = await getImportRun(db, params.runId);
  if (!run) return null;
  return { run, anomalies: iterateImportAnomalies(db, { ...params, runId: run.id }) };
}
