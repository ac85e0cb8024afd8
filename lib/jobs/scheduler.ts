import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/**
 * Periodic jobs run inside the server process (SCHEDULER=on, the default) so the embedded
 * install needs no cron. Each job's last start is claimed in system_state with a conditional
 * write, so several processes sharing one PostgreSQL never run the same job twice; a job that
 * fails is retried at the next tick after its interval, not in a loop.
 */
export type Job = {
  /** Stable name, used as the system_state key `job:<name>`. */
  name: string;
  everyMs: number;
  /** Returns a one-line summary for the log; null when there is nothing worth a line (a frequent job that found no work). */
  run: (db: Db) => Promise<string | void | null>;
};

type JobState = { startedAt: string; finishedAt?: string; ok?: boolean; summary?: string };

/** Claims the job when it is due; true when this process must run it now. */
export async function claimJob(db: Db, job: Pick<Job, "name" | "everyMs">, now = new Date()): Promise<boolean> {
  const key = `job:${job.name}`;
  const dueBefore = new Date(now.getTime() - job.everyMs).toISOString();
  const state = JSON.stringify({ startedAt: now.toISOString() } satisfies JobState);
  const rows = await db.execute<{ key: string }>(sql`
    INSERT INTO system_state (key, value, updated_at) VALUES (${key}, ${state}::jsonb, now())
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()
      WHERE (system_state.value->>'startedAt')::timestamptz <= ${dueBefore}::timestamptz
    RETURNING key`);
  const list = Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows;
  return list.length > 0;
}

async function recordOutcome(db: Db, name: string, startedAt: Date, ok: boolean, summary: string) {
  const state: JobState = { startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), ok, summary };
  await db.execute(sql`UPDATE system_state SET value = ${JSON.stringify(state)}::jsonb, updated_at = now() WHERE key = ${`job:${name}`}`);
}

/** Runs every due job once; returns what ran (used by the tick and by tests). */
export async function runDueJobs(db: Db, jobs: Job[], log: (line: string) => void = console.log, now = new Date()) {
  const ran: { name: string; ok: boolean; summary: string }[] = [];
  for (const job of jobs) {
    if (!(await claimJob(db, job, now))) continue;
    try {
      const result = await job.run(db);
      const summary = result ?? "terminé";
      await recordOutcome(db, job.name, now, true, summary);
      if (result !== null) log(`[tâche ${job.name}] ${summary}`);
      ran.push({ name: job.name, ok: true, summary });
    } catch (error) {
      const summary = error instanceof Error ? error.message : String(error);
      await recordOutcome(db, job.name, now, false, summary);
      console.error(`[tâche ${job.name}] échec :`, error);
      ran.push({ name: job.name, ok: false, summary });
    }
  }
  return ran;
}

/** Checks the jobs every minute; returns a stop function. */
export function startScheduler(db: Db, jobs: Job[], tickMs = 60_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runDueJobs(db, jobs);
    } catch (error) {
      console.error("[tâches] vérification impossible :", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, tickMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
