import "server-only";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { deleteMediaRows, listUnreferencedMedia } from "@/db/queries/media";
import { contentRevisions, networkPosts, newsletters } from "@/db/schema";
import { CONTENT_TABLES } from "@/lib/cms/tables";
import type { MediaStore } from "./storage";

const DAY = 24 * 60 * 60 * 1000;

/**
 * An upload younger than this is never removed: the editor may still be writing the draft it was
 * uploaded for, which names it nowhere until the first save.
 */
export const MEDIA_GRACE_MS = 7 * DAY;

/** Images removed per page; each page reads the references again (see listUnreferencedMedia). */
export const MEDIA_CLEANUP_BATCH = 100;

/**
 * Every table whose rows may name an uploaded image, by its id (news.image_id) or by its address
 * "/medias/<id>" in stored HTML. Whole rows are searched, so a column added to one of these tables
 * is covered without being listed here; a new table that can hold an image must be added
 * (tests/unit/lib/media/cleanup-sources.test.ts scans the schema for such tables).
 *
 * - the content kinds' tables: main image column, rich body, any other text;
 * - content_revisions: whole-record snapshots, so restoring an old version finds its images;
 * - network posts and newsletters, French and English bodies.
 *
 * Not sources: outbox_emails (a newsletter's emails copy its body, and a newsletter is never
 * deleted), search_texts (plain text derived from the content tables), the audit log (it records
 * the upload, not a use).
 */
export const MEDIA_REFERENCE_SOURCES: readonly PgTable[] = [...Object.values(CONTENT_TABLES), contentRevisions, networkPosts, newsletters];

export type MediaCleanupResult = {
  /** Images removed: file and row. */
  deleted: number;
  /** Files the store failed to remove; their rows stay for the next run. */
  failed: number;
};

/**
 * Daily housekeeping: removes the uploads older than the grace period that no reference source
 * names. The file goes first, then the row: a file the store fails to remove keeps its row, to be
 * tried again at the next run, and a file already missing is not a failure.
 *
 * The search runs in the database, one pass over the sources' rows per page of candidates,
 * rather than one LIKE per image: with a few thousand images, per-image searches would read every
 * body (and every revision) thousands of times, while this reads them once and sends back ids only.
 */
export async function deleteUnusedMedia(
  db: Db,
  store: MediaStore,
  options: { now?: Date; graceMs?: number; batchSize?: number } = {},
): Promise<MediaCleanupResult> {
  const createdBefore = new Date((options.now ?? new Date()).getTime() - (options.graceMs ?? MEDIA_GRACE_MS));
  const limit = Math.max(1, options.batchSize ?? MEDIA_CLEANUP_BATCH);
  const result: MediaCleanupResult = { deleted: 0, failed: 0 };
  let afterId = "";
  for (;;) {
    const page = await listUnreferencedMedia(db, { createdBefore, afterId, limit, sources: MEDIA_REFERENCE_SOURCES });
    const removed: string[] = [];
    for (const row of page) {
      try {
        await store.remove(row.storageKey);
        removed.push(row.id);
      } catch (error) {
        result.failed += 1;
        console.error(`[medias] fichier ${row.storageKey} non supprimé, nouvel essai au prochain passage :`, error);
      }
    }
    result.deleted += await deleteMediaRows(db, { ids: removed });
    if (page.length < limit) return result;
    afterId = page.at(-1)!.id;
  }
}
