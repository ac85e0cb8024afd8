/**
 * Imports LHEO files into the catalogue: `npm run import -- <file|directory> [--json] [--source S] [--partial]`.
 * Exit code 0 when every file was processed (anomalies included), 1 when a file was refused or failed.
 */
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { getEnv } from "@/lib/env";
import { formatImportRun } from "@/lib/import/lheo/format-report";
import { reindexAfterImport } from "@/lib/import/lheo/reindex-after-import";
import { runImport } from "@/lib/import/lheo/run-import";
import { createSearchEngine } from "@/lib/search";
import { databaseOptionsFromEnv } from "@/lib/runtime/database-config";

const USAGE = `Usage : npm run import -- <fichier.xml|répertoire>... [--json] [--source S] [--partial]

  --source S   clé du flux (par défaut : le nom du fichier sans extension)
  --partial    ajoute et met à jour sans retirer les offres absentes du fichier
  --json       affiche le rapport en JSON`;

async function xmlFiles(target: string): Promise<string[]> {
  const info = await stat(target).catch(() => {
    throw new Error(`Fichier ou répertoire introuvable : ${target}`);
  });
  if (!info.isDirectory()) return [target];
  const names = (await readdir(target)).filter((n) => n.toLowerCase().endsWith(".xml")).sort();
  return names.map((n) => path.join(target, n));
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      source: { type: "string" },
      partial: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const files = (await Promise.all(positionals.map(xmlFiles))).flat();
  if (files.length === 0) {
    console.error("Aucun fichier .xml à importer.");
    return 1;
  }
  // Each file is its own transaction: a second full file of the same source would withdraw the first one's offers.
  if (values.source && !values.partial && files.length > 1) {
    console.error("Plusieurs fichiers pour une même source en mode complet : chacun retirerait les offres des autres. Utilisez --partial, ou une source par fichier (option --source omise).");
    return 1;
  }

  const handle = openDatabase(databaseOptionsFromEnv(getEnv()));
  let failures = 0;
  const results: unknown[] = [];
  try {
    await runMigrations(handle);
    const engine = createSearchEngine({ db: handle.db, env: getEnv() });
    for (const filePath of files) {
      const source = values.source ?? path.basename(filePath).replace(/\.xml$/i, "");
      const { run, report } = await runImport(handle.db, {
        filePath,
        source,
        mode: values.partial ? "partial" : "full",
        triggeredBy: "cli",
      });
      if (run.status !== "succeeded") failures += 1;
      const reindexed = report ? await reindexAfterImport(handle.db, engine, report) : null;
      if (reindexed && !values.json) {
        console.log(`Index de recherche mis à jour : ${reindexed.formation.indexed} formations, ${reindexed.formation.removed} retirées.`);
      }
      if (values.json) results.push({ file: filePath, run, report });
      else console.log(`${formatImportRun(run, report)}\n`);
    }
  } finally {
    await handle.close();
  }
  if (values.json) console.log(JSON.stringify(results, null, 2));
  return failures ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
