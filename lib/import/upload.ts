import "server-only";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { Db } from "@/db/client";
import type { ImportRun } from "@/db/schema";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import type { ImportMode } from "@/lib/import/lheo/importer";
import type { SearchEngine } from "@/lib/search/types";
import { NOT_XML_MESSAGE, tooLargeMessage, UPLOAD_MAX_BYTES } from "@/lib/validations/import-upload";
import { importableKind, importLocalFile } from "./import-local-file";

export const UPLOAD_SOURCE = "upload";
/** Temporary copies live under DATA_DIR, never in memory, and are deleted after the run. */
export const UPLOAD_SUBDIR = "imports";

export type UploadErrorCode = "not-xml" | "too-large" | "incomplete";

/** A file refused before any import started: nothing was recorded, the catalogue is untouched. */
export class UploadError extends Error {
  constructor(
    readonly code: UploadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

export type UploadedFile = {
  name: string;
  /** Bytes announced by the client (Content-Length); checked before and after receiving. */
  size?: number | null;
  stream: AsyncIterable<Uint8Array> | ReadableStream<Uint8Array>;
};

export type UploadOptions = {
  mode: ImportMode;
  dataDir: string;
  engine: SearchEngine | null;
  maxBytes?: number;
};

export type UploadResult = {
  runId: number;
  status: ImportRun["status"];
  rejectionReason: string | null;
  /** The catalogue was updated but the search index was not (repaired by `npm run reindex`). */
  reindexFailed: boolean;
};

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} Mo`;
}

function tooLarge(max: number): UploadError {
  return new UploadError("too-large", tooLargeMessage(megabytes(max)));
}

/**
 * The name shown in reports and used for the temporary copy: no directory part, no control
 * characters, and at most 200 bytes (file systems allow 255), cut from the start to keep the extension.
 */
export function cleanUploadName(name: string): string {
  const base = path.basename(name.replaceAll("\\", "/"));
  const chars = Array.from(base.replace(/[\u0000-\u001f\u007f]/g, "").trim());
  while (Buffer.byteLength(chars.join("")) > 200) chars.shift();
  return chars.join("");
}

async function* chunksOf(stream: UploadedFile["stream"]): AsyncGenerator<Uint8Array> {
  if (!("getReader" in stream)) {
    yield* stream;
    return;
  }
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Copies the upload to disk chunk by chunk, stopping as soon as it crosses the size limit. */
async function saveToDisk(file: UploadedFile, target: string, max: number): Promise<number> {
  let total = 0;
  await pipeline(
    chunksOf(file.stream),
    async function* (source: AsyncIterable<Uint8Array>) {
      for await (const chunk of source) {
        total += chunk.byteLength;
        if (total > max) throw tooLarge(max);
        yield chunk;
      }
    },
    createWriteStream(target, { flags: "wx" }),
  );
  return total;
}

/**
 * The back office upload: checks the right, the name and the size, streams the file to a
 * temporary copy, imports it (source "upload"), reindexes what changed and deletes the copy.
 * Throws ForbiddenError or UploadError before anything is imported; a file the importer refuses
 * is a recorded run with status "rejected" and its reason.
 */
export async function uploadImportFile(db: Db, actor: Actor | null | undefined, file: UploadedFile, options: UploadOptions): Promise<UploadResult> {
  assertCan(actor, "imports:upload");
  const name = cleanUploadName(file.name);
  const kind = importableKind(name);
  if (!kind) {
    throw new UploadError("not-xml", NOT_XML_MESSAGE);
  }
  const max = options.maxBytes ?? UPLOAD_MAX_BYTES;
  if (file.size != null && file.size > max) throw tooLarge(max);

  // One private directory per upload keeps the user's file name (the report shows it) without clashes.
  const root = path.join(options.dataDir, UPLOAD_SUBDIR);
  await mkdir(root, { recursive: true });
  const dir = await mkdtemp(path.join(root, "televersement-"));
  const temp = path.join(dir, name);
  try {
    const received = await saveToDisk(file, temp, max);
    // A body cut short (connection lost, proxy limit) would otherwise be refused as a truncated XML.
    if (file.size != null && received !== file.size) {
      throw new UploadError("incomplete", "Le fichier n'a pas été reçu en entier (transfert interrompu). Veuillez réessayer.");
    }
    const { run, reindexError } = await importLocalFile(db, options.engine, {
      filePath: temp,
      kind,
      source: UPLOAD_SOURCE,
      mode: options.mode,
      triggeredBy: `admin:${actor.id}`,
    });
    return { runId: run.id, status: run.status, rejectionReason: run.rejectionReason, reindexFailed: reindexError !== undefined };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
