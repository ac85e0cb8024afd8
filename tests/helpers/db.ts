import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { type DatabaseHandle, openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { parseEnv } from "@/lib/env";

export type TestDatabase = DatabaseHandle & { dispose: () => Promise<void> };

/**
 * A migrated, empty database for one test file: in-memory PGlite by default, or a fresh database
 * on the PostgreSQL server named by DATABASE_URL (dropped afterwards), so CI covers both.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = parseEnv(process.env).DATABASE_URL;
  if (!url) {
    const handle = openDatabase({ kind: "pglite" });
    await runMigrations(handle);
    return { ...handle, dispose: handle.close };
  }
  const name = `passerelle_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openDatabase({ kind: "postgres", url: target.toString(), max: 4 });
  await runMigrations(handle);
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}

export function describeDatabaseKind(): string {
  return parseEnv(process.env).DATABASE_URL ? "postgres" : "pglite";
}
