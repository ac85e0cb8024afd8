/**
 * Rebuilds the search index from the catalogue: `npm run reindex -- [--kind formation] [--kind metier]`.
 * Uses Meilisearch when MEILISEARCH_URL is set, else the embedded PostgreSQL index. With PGlite, stop
 * the app first: the data directory can only be opened by one process at a time.
 */
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { getEnv } from "@/lib/env";
import { databaseOptionsFromEnv } from "@/lib/runtime/database-config";
import { createSearchEngine } from "@/lib/search";
import { REINDEXABLE_KINDS, type ReindexableKind, reindexAll } from "@/lib/search/reindex";

const USAGE = `Usage : npm run reindex -- [--kind ${REINDEXABLE_KINDS.join("|")}]… (toutes les sortes par défaut)`;

function isReindexable(kind: string): kind is ReindexableKind {
  return (REINDEXABLE_KINDS as readonly string[]).includes(kind);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      kind: { type: "string", multiple: true },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const requested = values.kind ?? [...REINDEXABLE_KINDS];
  const unknown = requested.filter((kind) => !isReindexable(kind));
  if (unknown.length > 0) {
    console.error(`Sorte inconnue : ${unknown.join(", ")}.\n${USAGE}`);
    return 1;
  }

  const env = getEnv();
  const handle = openDatabase(databaseOptionsFromEnv(env));
  try {
    await runMigrations(handle);
    const engine = createSearchEngine({ db: handle.db, env });
    const health = await engine.health();
    if (!health.ok) {
      console.error(`Moteur de recherche ${health.engine} indisponible : ${health.detail ?? "sans détail"}`);
      return 1;
    }
    console.log(`Réindexation (${health.engine}, base ${handle.kind}) : ${requested.join(", ")}`);
    const started = performance.now();
    let lastReport = 0;
    const counts = await reindexAll(handle.db, engine, {
      kinds: requested.filter(isReindexable),
      onProgress: (kind, indexed) => {
        if (performance.now() - lastReport < 2000) return;
        lastReport = performance.now();
        console.log(`  … ${kind} : ${indexed} documents`);
      },
    });
    for (const kind of requested.filter(isReindexable)) {
      const { indexed, removed } = counts[kind];
      console.log(`  ${kind.padEnd(10)} ${String(indexed).padStart(7)} indexés, ${removed} retirés`);
    }
    console.log(`Terminé en ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
