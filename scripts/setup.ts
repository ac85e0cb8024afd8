import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { addEditorialDemo, isDatabaseEmpty, needsEditorialDemo, seedDemoData } from "@/db/seed";
import { ensureAdministrator } from "@/lib/auth/bootstrap";
import { EnvError, getEnv } from "@/lib/env";
import { createSearchEngine } from "@/lib/search";
import { reindexAll, SEARCH_DOCUMENTS_STATE_KEY, SEARCH_DOCUMENTS_VERSION } from "@/lib/search/reindex";
import { getSystemState, setSystemState } from "@/db/queries/system";
import { databaseOptionsFromEnv } from "@/lib/runtime/database-config";

/** Migrates the database and, on a fresh install, loads the referentials and the demo catalogue. */
export async function setupDatabase(log: (message: string) => void = console.log): Promise<void> {
  const env = getEnv();
  const handle = openDatabase(databaseOptionsFromEnv(env));
  try {
    const where = handle.kind === "pglite" ? `PGlite (${env.DATA_DIR})` : "PostgreSQL (DATABASE_URL)";
    log(`Base de données : ${where}`);
    await runMigrations(handle);
    const emptyAtStart = await isDatabaseEmpty(handle.db);
    if (env.SEED_DEMO === "auto" && emptyAtStart) {
      log("Base vide : chargement des données de démonstration.");
      const engine = createSearchEngine({ db: handle.db, env });
      const report = await seedDemoData(handle.db, { formations: env.DEMO_FORMATIONS, today: new Date(), engine, log });
      log(`Données de démonstration chargées en ${(report.durationMs / 1000).toFixed(1)} s.`);
    } else if (env.SEED_DEMO === "auto" && (await needsEditorialDemo(handle.db))) {
      const engine = createSearchEngine({ db: handle.db, env });
      await addEditorialDemo(handle.db, { today: new Date(), engine, log });
    }
    const docs = await getSystemState<{ version: number }>(handle.db, SEARCH_DOCUMENTS_STATE_KEY);
    // A database seeded or empty at this start was indexed with the current documents already.
    if ((docs?.version ?? 1) < SEARCH_DOCUMENTS_VERSION && !emptyAtStart) {
      log("Index de recherche d'une version antérieure : reconstruction.");
      await reindexAll(handle.db, createSearchEngine({ db: handle.db, env }));
    }
    await setSystemState(handle.db, SEARCH_DOCUMENTS_STATE_KEY, { version: SEARCH_DOCUMENTS_VERSION });
    const admin = await ensureAdministrator(handle.db, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
    if (admin.status !== "exists") {
      log(`Compte administrateur ${admin.status === "created" ? "créé" : "promu"} : ${admin.email}`);
      if (admin.generatedPassword) {
        log(`Mot de passe provisoire (affiché une seule fois, à changer à la première connexion) : ${admin.generatedPassword}`);
      }
    }
  } finally {
    await handle.close();
  }
}

export function exitOnConfigError(error: unknown): never {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  setupDatabase().catch(exitOnConfigError);
}
