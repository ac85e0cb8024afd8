import "server-only";
import { getEnv } from "@/lib/env";
import { databaseOptionsFromEnv } from "@/lib/runtime/database-config";
import { type DatabaseHandle, openDatabase } from "./client";

export type { Db, DbOrTx, Tx, DatabaseKind } from "./client";

// One handle per process: PGlite owns its data directory and must not be opened twice,
// and Next's dev server re-evaluates modules, so the handle lives on globalThis.
const globalForDb = globalThis as unknown as { __passerelleDb?: DatabaseHandle };

export function getDatabase(): DatabaseHandle {
  globalForDb.__passerelleDb ??= openDatabase(databaseOptionsFromEnv(getEnv()));
  return globalForDb.__passerelleDb;
}

export function getDb() {
  return getDatabase().db;
}
