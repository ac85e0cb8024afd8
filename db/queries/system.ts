import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { systemState } from "../schema";

export async function getSystemState<T>(db: DbOrTx, key: string): Promise<T | undefined> {
  const [row] = await db.select({ value: systemState.value }).from(systemState).where(eq(systemState.key, key));
  return row?.value as T | undefined;
}

export async function setSystemState(db: DbOrTx, key: string, value: unknown): Promise<void> {
  await db
    .insert(systemState)
    .values({ key, value })
    .onConflictDoUpdate({ target: systemState.key, set: { value, updatedAt: sql`now()` } });
}
