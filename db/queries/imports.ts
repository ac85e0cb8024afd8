import "server-only";
import { type AnyColumn, and, asc, count, desc, eq, gt, gte, lt, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type ImportAnomaly, importAnomalies, type ImportLevelCounts, type ImportRun, importRuns, users } from "@/db/schema";
import { type PageParams, type PageResult, pageWindow, parisDayStart, type SortOrder } from "./admin-shared";

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

// ---- Back office: the runs list, its trend, and a run's anomalies ----

/** Sortable columns of the runs table; "formationsRead" sorts on the volume of the file. */
export const IMPORT_RUN_SORTS = ["startedAt", "fileName", "source", "status", "durationMs", "anomalyCount", "formationsRead"] as const;
export type ImportRunSort = (typeof IMPORT_RUN_SORTS)[number];

export type SearchImportRunsParams = PageParams & {
  source?: string;
  status?: ImportRun["status"];
  /** First and last calendar days (YYYY-MM-DD, both included), in Paris time like the page shows. */
  from?: string;
  to?: string;
  sort?: ImportRunSort;
  order?: SortOrder;
};

const formationsRead = sql<number>`((${importRuns.counts} -> 'formation' ->> 'read')::int)`;

const SORT_COLUMNS: Record<ImportRunSort, SQL | AnyColumn> = {
  startedAt: importRuns.startedAt,
  fileName: importRuns.fileName,
  source: importRuns.source,
  status: importRuns.status,
  durationMs: importRuns.durationMs,
  anomalyCount: importRuns.anomalyCount,
  formationsRead,
};

/** Filtered, sorted and paginated runs, with the total for the pager (the page is clamped into range). */
export async function searchImportRuns(db: DbOrTx, params: SearchImportRunsParams): Promise<PageResult<ImportRun>> {
  const filters: SQL[] = [];
  if (params.source) filters.push(eq(importRuns.source, params.source));
  if (params.status) filters.push(eq(importRuns.status, params.status));
  if (params.from) filters.push(gte(importRuns.startedAt, parisDayStart(params.from)));
  if (params.to) filters.push(lt(importRuns.startedAt, sql`${parisDayStart(params.to)} + interval '1 day'`));
  const where = filters.length ? and(...filters) : undefined;
  const [counted] = await db.select({ n: count() }).from(importRuns).where(where);
  const total = counted?.n ?? 0;
  const { page, perPage, offset } = pageWindow(total, params);
  const column = SORT_COLUMNS[params.sort ?? "startedAt"];
  const order = params.order === "asc" ? asc : desc;
  const rows = await db
    .select()
    .from(importRuns)
    .where(where)
    // The id breaks ties, so a page never repeats or skips a run of equal sort value.
    .orderBy(order(column), order(importRuns.id))
    .limit(perPage)
    .offset(offset);
  return { rows, total, page, perPage };
}

/** The sources that have runs, for the filter's options. */
export async function listImportSources(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectDistinct({ source: importRuns.source }).from(importRuns).orderBy(asc(importRuns.source));
  return rows.map((r) => r.source);
}

export type ImportTrendPoint = {
  runId: number;
  startedAt: Date;
  fileName: string;
  source: string;
} & Pick<ImportLevelCounts, "read" | "created" | "updated" | "withdrawn">;

/**
 * Formation volumes of the last succeeded runs, oldest first (a chart reads left to right).
 * Refused and failed runs are left out: they applied nothing, and their zeros would read as a drop.
 */
export async function getImportTrend(db: DbOrTx, params: { limit?: number; source?: string } = {}): Promise<ImportTrendPoint[]> {
  const filters: SQL[] = [eq(importRuns.status, "succeeded")];
  if (params.source) filters.push(eq(importRuns.source, params.source));
  const rows = await db
    .select({ id: importRuns.id, startedAt: importRuns.startedAt, fileName: importRuns.fileName, source: importRuns.source, counts: importRuns.counts })
    .from(importRuns)
    .where(and(...filters))
    .orderBy(desc(importRuns.startedAt), desc(importRuns.id))
    .limit(Math.max(1, Math.min(params.limit ?? 30, 200)));
  return rows.reverse().map(({ id, startedAt, fileName, source, counts }) => ({
    runId: id,
    startedAt,
    fileName,
    source,
    read: counts.formation.read,
    created: counts.formation.created,
    updated: counts.formation.updated,
    withdrawn: counts.formation.withdrawn,
  }));
}

/** One page of a run's anomalies in file order, for the detail page (page clamped into range). */
export async function searchImportAnomalies(
  db: DbOrTx,
  params: PageParams & Pick<ListImportAnomaliesParams, "runId" | "severity" | "code">,
): Promise<PageResult<ImportAnomaly>> {
  const filters: SQL[] = [eq(importAnomalies.runId, params.runId)];
  if (params.severity) filters.push(eq(importAnomalies.severity, params.severity));
  if (params.code) filters.push(eq(importAnomalies.code, params.code));
  const where = and(...filters);
  const [counted] = await db.select({ n: count() }).from(importAnomalies).where(where);
  const total = counted?.n ?? 0;
  const { page, perPage, offset } = pageWindow(total, params);
  const rows = await db.select().from(importAnomalies).where(where).orderBy(asc(importAnomalies.id)).limit(perPage).offset(offset);
  return { rows, total, page, perPage };
}

export type FacetCount<T extends string = string> = { value: T; count: number };
export type ImportAnomalyFacets = { severity: FacetCount<ImportAnomaly["severity"]>[]; code: FacetCount[] };

/** Counts of a run's stored anomalies per severity and per code, for the filters. */
export async function getImportAnomalyFacets(db: DbOrTx, runId: number): Promise<ImportAnomalyFacets> {
  const where = eq(importAnomalies.runId, runId);
  const severity = await db
    .select({ value: importAnomalies.severity, count: count() })
    .from(importAnomalies)
    .where(where)
    .groupBy(importAnomalies.severity);
  const code = await db
    .select({ value: importAnomalies.code, count: count() })
    .from(importAnomalies)
    .where(where)
    .groupBy(importAnomalies.code)
    .orderBy(desc(count()), asc(importAnomalies.code));
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return { severity: severity.sort((a, b) => rank[a.value] - rank[b.value]), code };
}

/**
 * Every matching anomaly of a run in file order, read in batches by id (keyset), so an export of
 * 10,000 rows never holds them all in memory at once.
 */
export async function* iterateImportAnomalies(
  db: DbOrTx,
  params: Omit<ListImportAnomaliesParams, "limit" | "offset"> & { batchSize?: number },
): AsyncGenerator<ImportAnomaly> {
  const batchSize = Math.max(1, Math.min(params.batchSize ?? 1000, 5000));
  let after = 0;
  for (;;) {
    const filters: SQL[] = [eq(importAnomalies.runId, params.runId), gt(importAnomalies.id, after)];
    if (params.severity) filters.push(eq(importAnomalies.severity, params.severity));
    if (params.code) filters.push(eq(importAnomalies.code, params.code));
    const batch = await db
      .select()
      .from(importAnomalies)
      .where(and(...filters))
      .orderBy(asc(importAnomalies.id))
      .limit(batchSize);
    yield* batch;
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1]!.id;
  }
}

/**
 * The account behind an "admin:<user id>" run, for the report; null for other triggers and for
 * accounts deleted since (the run keeps only the id).
 */
export async function getImportUploader(db: DbOrTx, triggeredBy: string | null): Promise<{ name: string | null; email: string } | null> {
  const userId = triggeredBy?.startsWith("admin:") ? triggeredBy.slice("admin:".length) : null;
  if (!userId) return null;
  const [user] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
  return user ?? null;
}
