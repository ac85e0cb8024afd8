import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "./client";

/**
 * Runs raw SQL and returns its rows. PGlite answers `{ rows }` and postgres-js an array;
 * callers should not have to know which driver is behind `db`.
 */
export async function queryRows<T extends Record<string, unknown>>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
