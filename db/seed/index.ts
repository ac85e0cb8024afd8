import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { queryRows } from "../sql";
import { getSystemState, setSystemState } from "../queries/system";
import { formations, trades } from "../schema";
import { loadLheoCodes } from "@/lib/import/lheo";
import type { SearchEngine } from "@/lib/search";
import { EDITORIAL_KINDS } from "@/lib/search/editorial-documents";
import { reindexAll, type ReindexCounts } from "@/lib/search/reindex";
import { type CatalogueSeedCounts, seedCatalogue } from "./catalogue";
import { type EditorialSeedCounts, seedEditorial } from "./editorial";
import { type NetworkSeedCounts, seedNetwork } from "./network";
import { loadDomainCodes } from "./referentials";
import { loadRome, type RomeCounts } from "./rome";

export const SEED_STATE_KEY = "demo-seed";
/**
 * 3: news and Infos+ pages (back-office CMS) join the editorial demo. 4: the alumni network's demo.
 * 5: the network's news, events and highlighted talents.
 */
export const SEED_VERSION = 5;

export type SeedOptions = {
  /** How many generated demo trainings to add to the real LHEO samples. */
  formations: number;
  /** Reference day for generated session dates, so the demo catalogue is always current. */
  today: Date;
  /** Search engine to index the seeded records into. */
  engine: SearchEngine;
  log?: (message: string) => void;
};

export type SeedReport = {
  rome: RomeCounts;
  nsf: number;
  lheoCodes: number;
  catalogue: CatalogueSeedCounts;
  editorial: EditorialSeedCounts;
  network: NetworkSeedCounts;
  index: ReindexCounts;
  durationMs: number;
};

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
  const { rome, nsf, lheoCodes } = await db.transaction(async (tx) => ({
    rome: await loadRome(tx),
    nsf: await loadDomainCodes(tx),
    lheoCodes: await loadLheoCodes(tx),
  }));
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  log(`  ${rome.trades} codes ROME, ${rome.appellations} appellations, ${rome.skills} compétences (${elapsed()})`);
  log(`Import du catalogue de démonstration (${options.formations} formations générées + échantillons LHEO réels)…`);
  const catalogue = await seedCatalogue(db, { formations: options.formations, today: options.today });
  for (const rejected of catalogue.rejected) log(`  échantillon refusé : ${rejected}`);
  log(`  ${catalogue.generated} formations générées, ${catalogue.samples} échantillons (${elapsed()})`);
  log("Contenus éditoriaux de démonstration (financements Trèfle, structures, agenda, ressources)…");
  const editorial = await seedEditorial(db, { today: options.today });
  log(
    `  ${editorial.financingSchemes} financements, ${editorial.structures} structures, ${editorial.events} évènements, ${editorial.resources} ressources (${elapsed()})`,
  );
  const network = await seedNetwork(db, { today: options.today });
  log(
    `  réseau des alumni : ${network.organisations} organismes, ${network.alumni} alumni, ${network.postsAdded} actualités et évènements, ${network.talentsFeatured} talents à l'honneur (démonstration)`,
  );
  log("Indexation pour la recherche…");
  const index = await reindexAll(db, options.engine);
  log(`  ${index.formation.indexed} formations, ${index.metier.indexed} métiers, ${index.organisme.indexed} organismes indexés (${elapsed()})`);
  const report = {
    rome,
    nsf,
    lheoCodes,
    catalogue,
    editorial,
    network,
    index,
    durationMs: Math.round(performance.now() - started),
  };
  await setSystemState(db, SEED_STATE_KEY, { version: SEED_VERSION, at: new Date().toISOString(), report });
  return report;
}

export async function getSeedState(db: Db) {
  return getSystemState<{ version: number; at: string }>(db, SEED_STATE_KEY);
}

/**
 * A demo install seeded before the editorial tables existed (seed version 1), before news and
 * Infos+ pages (version 2) or before a later part of the demo (see SEED_VERSION): those pages would
 * stay empty, since the seed only runs on an empty database. Editorial records are upserted by
 * address (slug); the network's demo only adds what is missing (db/seed/network.ts).
 */
export async function needsEditorialDemo(db: Db): Promise<boolean> {
  const state = await getSeedState(db);
  return state !== undefined && state.version < SEED_VERSION;
}

/** Adds the editorial demo content to such an install and indexes it; the catalogue is untouched. */
export async function addEditorialDemo(
  db: Db,
  options: Pick<SeedOptions, "today" | "engine" | "log">,
): Promise<EditorialSeedCounts> {
  const editorial = await seedEditorial(db, { today: options.today });
  const network = await seedNetwork(db, { today: options.today });
  await reindexAll(db, options.engine, { kinds: [...EDITORIAL_KINDS] });
  const state = await getSeedState(db);
  await setSystemState(db, SEED_STATE_KEY, { ...state, version: SEED_VERSION, editorialAt: new Date().toISOString() });
  options.log?.(
    `Contenus éditoriaux de démonstration ajoutés : ${editorial.financingSchemes} financements, ${editorial.structures} structures, ${editorial.events} évènements, ${editorial.resources} ressources, ${editorial.news} actualités, ${editorial.infoPages} pages Infos+.`,
  );
  options.log?.(
    `Réseau des alumni de démonstration : ${network.postsAdded} actualités et évènements ajoutés, ${network.talentsFeatured} talents mis à l'honneur.`,
  );
  return editorial;
}
