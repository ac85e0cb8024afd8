import "server-only";
import { sql } from "drizzle-orm";
import { getDatabase } from "@/db";
import { getSeedState } from "@/db/seed";
import { queryRows } from "@/db/sql";

export type ComponentHealth = { ok: boolean; latencyMs: number; error?: string };

export type Health = {
  status: "ok" | "degraded" | "down";
  time: string;
  uptimeSeconds: number;
  database: ComponentHealth & { kind: string; catalogue?: { formations: number; trades: number }; seededAt?: string };
  search: ComponentHealth & { engine: string; detail?: string };
};

async function timed<T>(work: () => Promise<T>): Promise<{ value?: T; latencyMs: number; error?: string }> {
  const started = performance.now();
  try {
    const value = await work();
    return { value, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The message says which component failed without leaking connection strings.
    const message = error instanceof Error ? error.message.replace(/postgres(ql)?:\/\/\S+/g, "postgres://…") : "erreur";
    return { latencyMs: Math.round(performance.now() - started), error: message };
  }
}

export async function getDatabaseHealth(): Promise<Health> {
  const handle = getDatabase();
  const db = await timed(async () => {
    const [row] = await queryRows<{ formations: number; trades: number }>(
      handle.db,
      sql`select (select count(*) from formations where status = 'active')::int as formations,
                 (select count(*) from trades)::int as trades`,
    );
    const seed = await getSeedState(handle.db);
    return { catalogue: { formations: Number(row?.formations ?? 0), trades: Number(row?.trades ?? 0) }, seededAt: seed?.at };
  });
  const search = await timed(async () => {
    const { getSearchEngine } = await import("@/lib/search/app");
    return getSearchEngine().health();
  });
  const searchOk = !search.error && search.value?.ok === true;
  const database = { ok: !db.error, kind: handle.kind, latencyMs: db.latencyMs, error: db.error, ...db.value };
  return {
    status: !database.ok ? "down" : searchOk ? "ok" : "degraded",
    time: new Date().toISOString(),
    uptimeSeconds: Math.round(process.uptime()),
    database,
    search: {
      ok: searchOk,
      engine: search.value?.engine ?? "inconnu",
      latencyMs: search.latencyMs,
      detail: search.value?.detail,
      error: search.error,
    },
  };
}
