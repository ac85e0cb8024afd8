import "server-only";
import { mkdir, readdir, rename, stat } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/db/client";
import type { ImportRun } from "@/db/schema";
import type { Job } from "@/lib/jobs/scheduler";
import type { SearchEngine } from "@/lib/search/types";
import { importableKind, importLocalFile } from "./import-local-file";

/**
 * The FTP delivery: LHEO files dropped in IMPORT_DIR are imported on a schedule, one run per file
 * in name order (dated names then replay deliveries in order), and each file is moved out of the
 * way afterwards, so nothing is imported twice and nothing is lost.
 */

/** Where imported files go, and refused or failed ones (kept for the operator to look at). */
export const PROCESSED_DIR = "traites";
export const REJECTED_DIR = "rejetes";
/** Feed key: a full delivery withdraws only what earlier deliveries of this folder published. */
export const DROP_FOLDER_SOURCE = "drop-folder";
export const DROP_FOLDER_TRIGGER = "scheduler";
/** A file modified more recently than this may still be arriving over FTP: left for the next pass. */
export const SETTLE_MS = 60_000;

/** "offres.partiel.xml" is a delta (adds and updates only); any other name is a full delivery. */
export function dropFolderMode(fileName: string): "full" | "partial" {
  return /\.partiel\.xml(\.gz)?$/i.test(fileName) ? "partial" : "full";
}

export type DropFolderOptions = {
  dir: string;
  /** The index to update after each import; null skips it (e.g. tests of the file handling). */
  engine: SearchEngine | null;
  now?: Date;
  settleMs?: number;
  maxBytes?: number;
};

export type DropFolderOutcome = {
  file: string;
  runId: number;
  status: ImportRun["status"];
  /** Path of the file after the run, under traites/ or rejetes/. */
  movedTo: string;
};

export type DropFolderResult = { processed: DropFolderOutcome[]; stillArriving: string[] };

function stamp(date: Date): string {
  // 2026-01-15T03:00:00.123Z -> 20260115T030000Z: sorts by time and is valid on every file system.
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function moveAside(dir: string, subdir: string, name: string, at: Date): Promise<string> {
  const target = path.join(dir, subdir);
  await mkdir(target, { recursive: true });
  let destination = path.join(target, `${stamp(at)}-${name}`);
  for (let n = 2; await exists(destination); n += 1) destination = path.join(target, `${stamp(at)}-${n}-${name}`);
  await rename(path.join(dir, name), destination);
  return destination;
}

/** The importable files of the folder, oldest name first, split into ready and still arriving. */
async function listCandidates(dir: string, now: Date, settleMs: number) {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new Error(`Dossier de dépôt des imports introuvable : ${dir} (IMPORT_DIR).`);
    throw error;
  });
  const names = entries
    // Hidden names are what FTP servers and rsync use for files in transit.
    .filter((e) => e.isFile() && !e.name.startsWith(".") && importableKind(e.name))
    .map((e) => e.name)
    .sort();
  const ready: string[] = [];
  const stillArriving: string[] = [];
  for (const name of names) {
    const info = await stat(path.join(dir, name));
    if (now.getTime() - info.mtimeMs < settleMs) stillArriving.push(name);
    else ready.push(name);
  }
  return { ready, stillArriving };
}

export async function processDropFolder(db: Db, options: DropFolderOptions): Promise<DropFolderResult> {
  const now = options.now ?? new Date();
  const { ready, stillArriving } = await listCandidates(options.dir, now, options.settleMs ?? SETTLE_MS);
  const processed: DropFolderOutcome[] = [];
  for (const name of ready) {
    const kind = importableKind(name);
    if (!kind) continue;
    const { run } = await importLocalFile(db, options.engine, {
      filePath: path.join(options.dir, name),
      kind,
      source: DROP_FOLDER_SOURCE,
      mode: dropFolderMode(name),
      triggeredBy: DROP_FOLDER_TRIGGER,
      maxBytes: options.maxBytes,
    });
    // A failed run (database error...) is set aside too: retrying an older full delivery after a
    // newer one would bring back offers the newer one withdrew. The next delivery catches up.
    const subdir = run.status === "succeeded" ? PROCESSED_DIR : REJECTED_DIR;
    const movedTo = await moveAside(options.dir, subdir, name, run.startedAt);
    processed.push({ file: name, runId: run.id, status: run.status, movedTo });
  }
  return { processed, stillArriving };
}

/** One line for the scheduler's log and its system_state record. */
export function summarizeDropFolder(result: DropFolderResult): string {
  const { processed, stillArriving } = result;
  const parts: string[] = [];
  if (!processed.length) parts.push("aucun fichier à importer");
  else {
    const ok = processed.filter((p) => p.status === "succeeded").length;
    const runs = processed.map((p) => `n° ${p.runId}`).join(", ");
    parts.push(`${processed.length} fichier(s) traité(s) : ${ok} importé(s), ${processed.length - ok} refusé(s) ou en échec (imports ${runs})`);
  }
  if (stillArriving.length) parts.push(`${stillArriving.length} fichier(s) en cours de dépôt laissé(s) pour le prochain passage`);
  return parts.join(" ; ");
}

export function createDropFolderJob(options: {
  dir: string;
  everyHours: number;
  /** Resolved at run time, so listing the jobs opens nothing. */
  getEngine: (db: Db) => SearchEngine;
}): Job {
  return {
    name: "import-drop-folder",
    everyMs: Math.round(options.everyHours * 3_600_000),
    run: async (db) => summarizeDropFolder(await processDropFolder(db, { dir: options.dir, engine: options.getEngine(db) })),
  };
}
