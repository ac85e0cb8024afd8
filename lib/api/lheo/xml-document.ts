import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { queryRows } from "@/db/sql";
import { LHEO_NAMESPACE } from "../config";
import { type FormationRecord, loadFormationRecords, nextActiveFormationIds } from "./records";
import { isWritable, writeFormation } from "./xml-formation";
import { XmlOut } from "./xml-out";

/** LHEO 2.3 documents: one formation, or the whole active catalogue streamed batch by batch. */

export const EXPORT_BATCH = 200;

/** A complete `<lheo>` document for one formation; null when it cannot be valid LHEO. */
export function formationXmlDocument(record: FormationRecord): string | null {
  if (!isWritable(record)) return null;
  const chunks: string[] = [];
  const out = new XmlOut((chunk) => chunks.push(chunk));
  out.declaration().open("lheo", { xmlns: LHEO_NAMESPACE }).open("offres");
  writeFormation(out, record);
  out.close().close().end();
  return chunks.join("");
}

export type ExportSummary = { written: number; skipped: number };

/**
 * The active catalogue as LHEO 2.3, yielded formation batch by formation batch so memory stays
 * flat whatever its size. Formations that cannot be valid LHEO (no action with a session, or no
 * responsible organisation) are left out and counted in a closing comment.
 */
export async function* lheoExportChunks(
  db: DbOrTx,
  options: { batchSize?: number; onDone?: (summary: ExportSummary) => void } = {},
): AsyncGenerator<string> {
  const batchSize = options.batchSize ?? EXPORT_BATCH;
  let pending: string[] = [];
  const out = new XmlOut((chunk) => pending.push(chunk));
  const drain = () => {
    out.flush();
    const text = pending.join("");
    pending = [];
    return text;
  };
  const summary: ExportSummary = { written: 0, skipped: 0 };
  out.declaration().open("lheo", { xmlns: LHEO_NAMESPACE }).open("offres");
  let lastId = 0;
  for (;;) {
    const ids = await nextActiveFormationIds(db, lastId, batchSize);
    if (ids.length === 0) break;
    lastId = ids[ids.length - 1] ?? lastId;
    for (const record of await loadFormationRecords(db, ids)) {
      if (!isWritable(record)) {
        summary.skipped += 1;
        continue;
      }
      writeFormation(out, record);
      summary.written += 1;
    }
    yield drain();
  }
  out.close().close().end();
  yield `${drain()}\n<!-- ${summary.written} formation(s) ; ${summary.skipped} laissée(s) de côté faute d'action avec session ou d'organisme responsable. -->\n`;
  options.onDone?.(summary);
}

/** The export as a byte stream for a Response; pulling drives the database reads (backpressure). */
export function lheoExportStream(db: DbOrTx): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks = lheoExportChunks(db);
  // A client that hangs up mid-export cancels the stream while a batch is being read.
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        // A batch whose formations were all left out yields "": read on until there is something to send.
        for (;;) {
          const { value, done } = await chunks.next();
          if (cancelled) return;
          if (done) {
            controller.close();
            return;
          }
          if (value) {
            controller.enqueue(encoder.encode(value));
            return;
          }
        }
      } catch (error) {
        if (cancelled) return;
        console.error("[api] LHEO export failed", error);
        controller.error(error);
      }
    },
    async cancel() {
      cancelled = true;
      await chunks.return(undefined);
    },
  });
}

/**
 * A stamp that changes whenever the exported data may have changed (rows written, withdrawn or
 * added), so the export's ETag is known before a single formation is read.
 */
export async function catalogueStamp(db: DbOrTx): Promise<string> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`select
          (select count(*) from formations where status = 'active') as f,
          (select max(updated_at) from formations)::text as fu,
          (select max(updated_at) from actions)::text as au,
          (select max(updated_at) from sessions)::text as su,
          (select max(updated_at) from organisations)::text as ou,
          (select count(*) from actions where status = 'active') as a,
          (select count(*) from sessions where status = 'active') as s`,
  );
  return Object.values(row ?? {}).map(String).join("|");
}
