import "server-only";
import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type ImportAnomaly, importAnomalies, type ImportRun, importRuns } from "@/db/schema";

// Import reports are back-office data: callers check the operator's role before calling these.

export type ListImportRunsParams = {
  source?: string;
  status?: ImportRun["status"];
  limit?: number;
  offset?: number;
};

/** Most recent runs first. */
export async function listImportRuns(db: DbOrTx, params: ListImportRunsParams = {}): Promise<ImportRun[]> {
  const filters: SQL[] = [];
  if (params.source) filters.push(eq(importRuns.source, params.source));
  if (params.status) filters.push(eq(importRuns.status, params.status));
  return db
    .select()
    .from(importRuns)
    .where(filters.length ? and(...filters) : undefined)
    .orderBy(desc(importRuns.startedAt), desc(importRuns.id))
    .limit(Math.max(1, Math.min(params.limit ?? 50, 500)))
    .offset(Math.max(0, params.offset ?? 0));
}

export async function getImportRun(db: DbOrTx, id: number): Promise<ImportRun | null> {
  const [run] = await db.select().from(importRuns).where(eq(importRuns.id, id)).limit(1);
  return run ?? null;
}

export type ListImportAnomaliesParams = {
  runId: number;
  severity?: ImportAnomaly["severity"];
  code?: string;
  limit?: number;
  offset?: number;
};

/** Anomalies of one run in file order, optionally filtered, with the total for pagination. */
export async function listImportAnomalies(
  db: DbOrTx,
  params: ListImportAnomaliesParams,
): Promise<{ items: ImportAnomaly[]; total: number }> {
  const filters: SQL[] = [eq(importAnomalies.runId, params.runId)];
  if (params.severity) filters.push(eq(importAnomalies.severity, params.severity));
  if (params.code) filters.push(eq(importAnomalies.code, params.code));
  const where = and(...filters);
  const items = await db
    .select()
    .from(importAnomalies)
    .where(where)
    .orderBy(asc(importAnomalies.id))
    .limit(Math.max(1, Math.min(params.limit ?? 100, 1000)))
    .offset(Math.max(0, params.offset ?? 0));
  const [total] = await db.select({ n: count() }).from(importAnomalies).where(where);
  return { items, total: total?.n ?? 0 };
}
