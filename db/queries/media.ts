import "server-only";
import { and, asc, desc, eq, gt, inArray, like, lt, notLike, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { type Media, media } from "@/db/schema";
import { type MediaArea, mediaKeyPrefix } from "@/lib/media/areas";
import { mediaUrl } from "@/lib/media/url";
import type { MediaSummary } from "@/lib/media/types";

/** Uploaded images: rows only; the bytes are in the media store (lib/media/storage.ts). */

export type NewMedia = typeof media.$inferInsert;

/** Media ids are random UUIDs: anything else is refused before reaching SQL. */
const MEDIA_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isMediaId(id: string): boolean {
  return MEDIA_ID.test(id);
}

export async function createMedia(db: DbOrTx, params: { values: NewMedia }): Promise<Media> {
  const [row] = await db.insert(media).values(params.values).returning();
  return row!;
}

export async function getMedia(db: DbOrTx, params: { id: string }): Promise<Media | null> {
  if (!isMediaId(params.id)) return null;
  const [row] = await db.select().from(media).where(eq(media.id, params.id));
  return row ?? null;
}

/** The latest uploads of one area, newest first, for its image pickers (lib/media/areas.ts). */
export async function listRecentMedia(db: DbOrTx, params: { area: MediaArea; limit: number }): Promise<MediaSummary[]> {
  const networkKeys = `${mediaKeyPrefix("network")}%`;
  const rows = await db
    .select({ id: media.id, alt: media.alt, width: media.width, height: media.height, originalName: media.originalName })
    .from(media)
    .where(params.area === "network" ? like(media.storageKey, networkKeys) : notLike(media.storageKey, networkKeys))
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(Math.max(1, Math.min(params.limit, 100)));
  return rows.map((row) => ({ ...row, url: mediaUrl(row.id) }));
}

export function mediaSummary(row: Media): MediaSummary {
  return { id: row.id, url: mediaUrl(row.id), alt: row.alt, width: row.width, height: row.height, originalName: row.originalName };
}

/**
 * Any UUID, in any case: a media id as it appears in "/medias/<id>" (relative or absolute) as well
 * as a bare image id in a column or in a revision's JSON. Another UUID found on the way only adds a
 * value no media has; matching more than needed can only keep an image, never lose one.
 */
const UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** The media ids named anywhere in the rows of `sources`, each row read once as text (all its columns). */
function referencedMediaIds(sources: readonly PgTable[]): SQL {
  return sql.join(
    sources.map(
      (table) => sql`SELECT lower(found.m[1]) FROM ${table} AS src, regexp_matches(ROW(src.*)::text, ${UUID_PATTERN}, 'gi') AS found(m)`,
    ),
    sql` UNION ALL `,
  );
}

/**
 * Uploads older than `createdBefore` whose id no row of `sources` names, by id order after
 * `afterId` (keyset paging, so a row that could not be removed is not met again in the same run).
 * The references are read again for every page, so a page acts on what the tables say now.
 */
export async function listUnreferencedMedia(
  db: DbOrTx,
  params: { createdBefore: Date; afterId: string; limit: number; sources: readonly PgTable[] },
): Promise<{ id: string; storageKey: string }[]> {
  return db
    .select({ id: media.id, storageKey: media.storageKey })
    .from(media)
    .where(
      and(
        lt(media.createdAt, params.createdBefore),
        gt(media.id, params.afterId),
        sql`${media.id} NOT IN (${referencedMediaIds(params.sources)})`,
      ),
    )
    .orderBy(asc(media.id))
    .limit(params.limit);
}

export async function deleteMediaRows(db: DbOrTx, params: { ids: string[] }): Promise<number> {
  if (params.ids.length === 0) return 0;
  const rows = await db.delete(media).where(inArray(media.id, params.ids)).returning({ id: media.id });
  return rows.length;
}
