import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getSystemState } from "@/db/queries/system";
import { claimJob, type Job, runDueJobs } from "@/lib/jobs/scheduler";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

describe(`job scheduler (${describeDatabaseKind()})`, () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it("claims a job once, not again within its interval, and again once it is due", async () => {
    const job = { name: "claim-test", everyMs: 24 * HOUR };
    const start = at("2031-03-01T02:00:00Z");
    expect(await claimJob(database.db, job, start)).toBe(true);
    expect(await claimJob(database.db, job, start)).toBe(false);
    expect(await claimJob(database.db, job, new Date(start.getTime() + 23 * HOUR))).toBe(false);
    expect(await claimJob(database.db, job, new Date(start.getTime() + 24 * HOUR))).toBe(true);
    // The interval now counts from the second claim.
    expect(await claimJob(database.db, job, new Date(start.getTime() + 30 * HOUR))).toBe(false);
  });

  it("lets only one of two concurrent claims win", async () => {
    const job = { name: "race-test", everyMs: HOUR };
    const now = at("2031-03-01T02:00:00Z");
    const claims = await Promise.all([claimJob(database.db, job, now), claimJob(database.db, job, now)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it("runs a due job, records its outcome and skips it until its interval has passed", async () => {
    const run = vi.fn(async () => "3 éléments traités");
    const job: Job = { name: "run-test", everyMs: 6 * HOUR, run };
    const log: string[] = [];
    const start = at("2031-04-01T00:00:00Z");

    expect(await runDueJobs(database.db, [job], (line) => log.push(line), start)).toEqual([
      { name: "run-test", ok: true, summary: "3 éléments traités" },
    ]);
    expect(log).toEqual(["[tâche run-test] 3 éléments traités"]);
    expect(await getSystemState(database.db, "job:run-test")).toMatchObject({
      startedAt: start.toISOString(),
      ok: true,
      summary: "3 éléments traités",
      finishedAt: expect.any(String),
    });

    expect(await runDueJobs(database.db, [job], () => {}, new Date(start.getTime() + 5 * HOUR))).toEqual([]);
    expect(run).toHaveBeenCalledTimes(1);
    expect(await runDueJobs(database.db, [job], () => {}, new Date(start.getTime() + 6 * HOUR))).toHaveLength(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("records a failure, keeps going with the other jobs and retries only after the interval", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    let attempts = 0;
    const failing: Job = {
      name: "failing-test",
      everyMs: HOUR,
      run: async () => {
        attempts += 1;
        throw new Error("dossier introuvable");
      },
    };
    const other: Job = { name: "after-failure-test", everyMs: HOUR, run: async () => undefined };
    const start = at("2031-05-01T00:00:00Z");

    expect(await runDueJobs(database.db, [failing, other], () => {}, start)).toEqual([
      { name: "failing-test", ok: false, summary: "dossier introuvable" },
      { name: "after-failure-test", ok: true, summary: "terminé" },
    ]);
    expect(await getSystemState(database.db, "job:failing-test")).toMatchObject({
      startedAt: start.toISOString(),
      ok: false,
      summary: "dossier introuvable",
    });
    // Not retried in a loop at the next tick...
    expect(await runDueJobs(database.db, [failing], () => {}, new Date(start.getTime() + 60_000))).toEqual([]);
    expect(attempts).toBe(1);
    // ...but once its interval has passed.
    expect(await runDueJobs(database.db, [failing], () => {}, new Date(start.getTime() + HOUR))).toHaveLength(1);
    expect(attempts).toBe(2);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});
