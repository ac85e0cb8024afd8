import "server-only";
import { createReadStream } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream";
import { createGunzip } from "node:zlib";
import type { Db } from "@/db/client";
import { LheoRejectedError } from "@/lib/import/lheo/errors";
import type { ImportMode } from "@/lib/import/lheo/importer";
import { reindexAfterImport } from "@/lib/import/lheo/reindex-after-import";
import { type RunImportResult, runImport } from "@/lib/import/lheo/run-import";
import type { ReindexCounts } from "@/lib/search/reindex";
import type { SearchEngine } from "@/lib/search/types";

/** What the drop folder and the upload form accept; gzip is decompressed on the fly. */
export type ImportableKind = "xml" | "gzip";

export function importableKind(fileName: string): ImportableKind | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".xml.gz")) return "gzip";
  if (lower.endsWith(".xml")) return "xml";
  return null;
}

/**
 * A gzip file as a decompressed byte stream. `pipeline` destroys the file stream as soon as the
 * parser stops reading (a refused file), and a damaged archive becomes a refusal an operator
 * understands rather than a zlib failure.
 */
async function* gunzipFile(filePath: string): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  pipeline(createReadStream(filePath), gunzip, () => {});
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code.startsWith("Z_")) {
      throw new LheoRejectedError("unsupported-encoding", "Le fichier .xml.gz est endommagé ou n'est pas une archive gzip.");
    }
    throw error;
  } finally {
    gunzip.destroy();
  }
}

export type ImportLocalFileOptions = {
  /** Its base name is the one recorded in the report: callers keep the delivered or uploaded name. */
  filePath: string;
  kind: ImportableKind;
  source: string;
  mode: ImportMode;
  triggeredBy: string;
  maxBytes?: number;
};

export type ImportLocalFileResult = RunImportResult & {
  reindexed: ReindexCounts | null;
  /** The import is committed even when the index update fails; `npm run reindex` repairs it. */
  reindexError?: unknown;
};

/** Imports one local file, records the run, then reindexes what changed (as `npm run import` does). */
export async function importLocalFile(db: Db, engine: SearchEngine | null, options: ImportLocalFileOptions): Promise<ImportLocalFileResult> {
  // A plain file is opened by the importer itself, which then also skips a byte-identical delivery.
  if (options.kind === "xml") {
    const result = await runImport(db, { ...common(options), filePath: options.filePath });
    return reindex(db, engine, result);
  }
  const input = gunzipFile(options.filePath);
  let result: RunImportResult;
  try {
    result = await runImport(db, { ...common(options), input, fileName: path.basename(options.filePath) });
  } finally {
    // A file refused before it was read still holds an open descriptor.
    await input.return(undefined);
  }
  return reindex(db, engine, result);
}

function common(options: ImportLocalFileOptions) {
  return { source: options.source, mode: options.mode, triggeredBy: options.triggeredBy, maxBytes: options.maxBytes };
}

async function reindex(db: Db, engine: SearchEngine | null, result: RunImportResult): Promise<ImportLocalFileResult> {
  if (!result.report || !engine) return { ...result, reindexed: null };
  try {
    return { ...result, reindexed: await reindexAfterImport(db, engine, result.report) };
  } catch (reindexError) {
    console.error(`[import] index de recherche non mis à jour après l'import n° ${result.run.id} :`, reindexError);
    return { ...result, reindexed: null, reindexError };
  }
}
