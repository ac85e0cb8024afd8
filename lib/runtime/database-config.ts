import path from "node:path";
import type { DatabaseOptions } from "@/db/client";
import type { Env } from "@/lib/env";

/** PostgreSQL when DATABASE_URL is set, else PGlite under DATA_DIR: the one rule shared by app, scripts and benches. */
export function databaseOptionsFromEnv(env: Env): DatabaseOptions {
  return env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL }
    : { kind: "pglite", dataDir: path.join(env.DATA_DIR, "pglite") };
}
