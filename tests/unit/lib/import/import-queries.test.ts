import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getImportAnomalyFacets,
  getImportTrend,
  getImportUploader,
  iterateImportAnomalies,
  listImportSources,
  searchImportAnomalies,
  searchImportRuns,
} from "@/db/queries/imports";
import { type ImportCounts, importAnomalies, type ImportRun, importRuns } from "@/db/schema";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";

function counts(read: number, created = 0, updated = 0, withdrawn = 0): ImportCounts {
  const level = { read, created, updated, unchanged: read - created - updated, withdrawn, rejected: 0 };
  const zero = { read: 0, created: 0, updated: 0, unchanged: 0, withdrawn: 0, rejected: 0 };
  return { formation: level, action: zero, session: zero, organisation: zero };
}

describe(`import report queries on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  const ids: Record<string, number> = {};

  async function addRun(key: string, values: Partial<typeof importRuns.$inferInsert> & { day: string; read?: number }) {
    const startedAt = new Date(`${values.day}T03:00:00Z`);
    const [run] = await t.db
      .insert(importRuns)
      .values({
        fileName: `${key}.xml`,
        source: values.source ?? "drop-folder",
        mode: "full",
        status: values.status ?? "succeeded",
        startedAt,
        finishedAt: new Date(startedAt.getTime() + (values.durationMs ?? 1000)),
        durationMs: values.durationMs ?? 1000,
        counts: values.counts ?? counts(values.read ?? 10),
        anomalyCount: values.anomalyCount ?? 0,
      })
      .returning();
    ids[key] = run!.id;
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    await addRun("jan-1", { day: "2026-01-01", read: 100, durationMs: 5000, counts: counts(100, 100) });
    await addRun("jan-2", { day: "2026-01-02", read: 120, counts: counts(120, 20, 5) });
    await addRun("jan-3-refused", { day: "2026-01-03", status: "rejected", counts: counts(0) });
    await addRun("jan-3-upload", { day: "2026-01-03", source: "upload", read: 7, anomalyCount: 12 });
    await addRun("jan-4", { day: "2026-01-04", read: 90, durationMs: 200, counts: counts(90, 0, 3, 30) });
    await addRun("jan-5-failed", { day: "2026-01-05", status: "failed", source: "upload", counts: counts(0) });

    const anomaly = (severity: "error" | "warning" | "info", code: string, n: number) => ({
      runId: ids["jan-3-upload"]!,
      recordId: `F${n}`,
      level: "formation" as const,
      path: "/lheo/offres/formation",
      severity,
      code,
      message: `Anomalie ${n}`,
    });
    await t.db.insert(importAnomalies).values([
      anomaly("warning", "bad-date", 1),
      anomaly("error", "missing-field", 2),
      anomaly("warning", "bad-date", 3),
      anomaly("info", "html-in-text", 4),
      anomaly("warning", "invalid-siret", 5),
      anomaly("warning", "bad-date", 6),
      anomaly("error", "missing-field", 7),
    ]);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const files = (runs: ImportRun[]) => runs.map((r) => r.fileName.replace(/\.xml$/, ""));

  it("lists the most recent runs first, paginated, with the total", async () => {
    const first = await searchImportRuns(t.db, { page: 1, perPage: 4 });
    expect(files(first.rows)).toEqual(["jan-5-failed", "jan-4", "jan-3-upload", "jan-3-refused"]);
    expect(first).toMatchObject({ total: 6, page: 1, perPage: 4 });
    const second = await searchImportRuns(t.db, { page: 2, perPage: 4 });
    expect(files(second.rows)).toEqual(["jan-2", "jan-1"]);
    // A stale link past the end shows the last page rather than an empty table.
    expect(await searchImportRuns(t.db, { page: 9, perPage: 4 })).toMatchObject({ page: 2 });
  });

  it("filters by status, source and a range of days (both included)", async () => {
    const all = { page: 1, perPage: 20 };
    expect(files((await searchImportRuns(t.db, { ...all, status: "rejected" })).rows)).toEqual(["jan-3-refused"]);
    expect(files((await searchImportRuns(t.db, { ...all, source: "upload" })).rows)).toEqual(["jan-5-failed", "jan-3-upload"]);
    const range = await searchImportRuns(t.db, { ...all, from: "2026-01-02", to: "2026-01-03" });
    expect(range.total).toBe(3);
    expect(files(range.rows)).toEqual(["jan-3-upload", "jan-3-refused", "jan-2"]);
    expect((await searchImportRuns(t.db, { ...all, source: "upload", status: "succeeded" })).total).toBe(1);
  });

  it("sorts by duration, anomalies and formations read, both ways", async () => {
    const first = { page: 1, perPage: 1 };
    expect(files((await searchImportRuns(t.db, { ...first, sort: "durationMs", order: "desc" })).rows)).toEqual(["jan-1"]);
    expect(files((await searchImportRuns(t.db, { ...first, sort: "anomalyCount", order: "desc" })).rows)).toEqual(["jan-3-upload"]);
    const byVolume = await searchImportRuns(t.db, { page: 1, perPage: 3, sort: "formationsRead", order: "desc" });
    expect(files(byVolume.rows)).toEqual(["jan-2", "jan-1", "jan-4"]);
    const ascending = await searchImportRuns(t.db, { page: 1, perPage: 20, sort: "formationsRead", order: "asc", status: "succeeded" });
    expect(files(ascending.rows)).toEqual(["jan-3-upload", "jan-4", "jan-1", "jan-2"]);
  });

  it("lists the sources that have runs", async () => {
    expect(await listImportSources(t.db)).toEqual(["drop-folder", "upload"]);
  });

  it("gives the formation volumes of the last succeeded runs, oldest first", async () => {
    const trend = await getImportTrend(t.db);
    expect(trend.map((p) => p.fileName)).toEqual(["jan-1.xml", "jan-2.xml", "jan-3-upload.xml", "jan-4.xml"]);
    expect(trend[3]).toMatchObject({ read: 90, created: 0, updated: 3, withdrawn: 30, source: "drop-folder" });
    expect((await getImportTrend(t.db, { limit: 2 })).map((p) => p.fileName)).toEqual(["jan-3-upload.xml", "jan-4.xml"]);
    expect((await getImportTrend(t.db, { source: "upload" })).map((p) => p.fileName)).toEqual(["jan-3-upload.xml"]);
  });

  it("counts a run's anomalies per severity (errors first) and per code (most frequent first)", async () => {
    const facets = await getImportAnomalyFacets(t.db, ids["jan-3-upload"]!);
    expect(facets.severity).toEqual([
      { value: "error", count: 2 },
      { value: "warning", count: 4 },
      { value: "info", count: 1 },
    ]);
    expect(facets.code).toEqual([
      { value: "bad-date", count: 3 },
      { value: "missing-field", count: 2 },
      { value: "html-in-text", count: 1 },
      { value: "invalid-siret", count: 1 },
    ]);
    expect(await getImportAnomalyFacets(t.db, ids["jan-1"]!)).toEqual({ severity: [], code: [] });
  });

  it("pages a run's anomalies with filters", async () => {
    const runId = ids["jan-3-upload"]!;
    const page = await searchImportAnomalies(t.db, { runId, page: 2, perPage: 3 });
    expect(page).toMatchObject({ total: 7, page: 2, perPage: 3 });
    expect(page.rows.map((a) => a.recordId)).toEqual(["F4", "F5", "F6"]);
    const errors = await searchImportAnomalies(t.db, { runId, severity: "error", page: 1, perPage: 20 });
    expect(errors.rows.map((a) => a.recordId)).toEqual(["F2", "F7"]);
    expect((await searchImportAnomalies(t.db, { runId, code: "bad-date", page: 1, perPage: 20 })).total).toBe(3);
    expect((await searchImportAnomalies(t.db, { runId: ids["jan-1"]!, page: 1, perPage: 20 })).total).toBe(0);
  });

  it("names the account behind an upload, and nobody for other triggers", async () => {
    const user = await createTestUser(t.db, { name: "Camille Gestion", email: "camille@exemple.test", roles: ["content_manager"] });
    expect(await getImportUploader(t.db, `admin:${user.id}`)).toEqual({ name: "Camille Gestion", email: "camille@exemple.test" });
    expect(await getImportUploader(t.db, "admin:compte-supprime")).toBeNull();
    expect(await getImportUploader(t.db, "scheduler")).toBeNull();
    expect(await getImportUploader(t.db, null)).toBeNull();
  });

  it("walks every anomaly in file order across batches, with the filters", async () => {
    const all = [];
    for await (const a of iterateImportAnomalies(t.db, { runId: ids["jan-3-upload"]!, batchSize: 2 })) all.push(a.recordId);
    expect(all).toEqual(["F1", "F2", "F3", "F4", "F5", "F6", "F7"]);
    const dates = [];
    for await (const a of iterateImportAnomalies(t.db, { runId: ids["jan-3-upload"]!, severity: "warning", code: "bad-date", batchSize: 1 })) {
      dates.push(a.recordId);
    }
    expect(dates).toEqual(["F1", "F3", "F6"]);
  });
});
