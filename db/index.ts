import "server-only";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { type DatabaseHandle, openDatabase } from "./client";

export type { Db, DbOrTx, Tx, DatabaseKind } from "./client";

// One handle per process: PGlite owns its data directory and must not be opened twice,
// and Next's dev server re-evaluates modules, so the handle lives on globalThis.
const globalForDb = globalThis as unknown as { __passerelleDb?: DatabaseHandle };

export function getDatabase(): DatabaseHandle {
  if (!globalForDb.__passerelleDb) {
    const env = getEnv();
    globalForDb.__passerelleDb = env.DATABASE_URL
      ? openDatabase({ kind: "postgres", url: env.DATABASE_URL })
      : openDatabase({ kind: "pglite", dataDir: path.join(env.DATA_DIR, "pglite") });
  }
  return globalForDb.__passerelleDb;
}

export function getDb() {
  return getDatabase().db;
}
