import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { queryRows } from "../sql";
import { getSystemState, setSystemState } from "../queries/system";
import { formations, trades } from "../schema";
import { loadDomainCodes } from "./referentials";
import { loadRome, type RomeCounts } from "./rome";

export const SEED_STATE_KEY = "demo-seed";
export const SEED_VERSION = 1;

export type SeedOptions = {
  /** How many generated demo trainings to add to the real LHEO samples. */
  formations: number;
  /** Reference day for generated session dates, so the demo catalogue is always current. */
  today: Date;
  log?: (message: string) => void;
};

export type SeedReport = { rome: RomeCounts; nsf: number; durationMs: number };

/** True when the database holds neither trades nor trainings: a fresh install. */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ trades: number; formations: number }>(
    db,
    sql`select (select count(*) from ${trades})::int as trades, (select count(*) from ${formations})::int as formations`,
  );
  return !row || (Number(row.trades) === 0 && Number(row.formations) === 0);
}

/** Loads the referentials and the demo catalogue; each step is transactional so a failed seed leaves nothing half-done. */
export async function seedDemoData(db: Db, options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  log("Chargement du référentiel ROME 4.60…");
  const { rome, nsf } = await db.transaction(async (tx) => ({ rome: await loadRome(tx), nsf: await loadDomainCodes(tx) }));
  log(`  ${rome.trades} codes ROME, ${rome.appellations} appellations, ${rome.skills} compétences`);
  const report = { rome, nsf, durationMs: Math.round(performance.now() - started) };
  await setSystemState(db, SEED_STATE_KEY, { version: SEED_VERSION, at: new Date().toISOString(), report });
  return report;
}

export async function getSeedState(db: Db) {
  return getSystemState<{ version: number; at: string }>(db, SEED_STATE_KEY);
}
