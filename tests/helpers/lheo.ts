import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { queryRows } from "@/db/sql";
import { parseEnv } from "@/lib/env";

/**
 * Real LHEO samples of the shared research data (see its README for provenance), which sits beside
 * the repository (`../shared/data`) on developer machines and in CI; SHARED_DATA_DIR overrides it.
 */
export const LHEO_SAMPLES_DIR = path.join(
  parseEnv(process.env).SHARED_DATA_DIR ?? path.resolve(import.meta.dirname, "..", "..", "..", "shared", "data"),
  "lheo",
);
export const FIXTURES_DIR = path.join(import.meta.dirname, "..", "fixtures", "lheo");

export function sample(relativePath: string): string {
  return path.join(LHEO_SAMPLES_DIR, relativePath);
}

export function fixture(name: string): string {
  return path.join(FIXTURES_DIR, name);
}

const tmp = mkdtempSync(path.join(os.tmpdir(), "passerelle-lheo-"));

/** Writes a throw-away XML file (bad inputs are built in the tests, not stored as fixtures). */
export function writeTemp(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}

const CATALOGUE_TABLES = [
  "organisations", "formations", "actions", "sessions", "places", "action_places", "action_trainers",
  "action_financers", "certifications", "formation_certifications", "formation_domains", "formation_trades",
] as const;

/** Row count of every catalogue table, to prove a refused or failed import changed nothing. */
export async function catalogueCounts(db: DbOrTx): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of CATALOGUE_TABLES) {
    const [row] = await queryRows<{ n: number | string }>(db, sql`select count(*) as n from ${sql.identifier(table)}`);
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}
