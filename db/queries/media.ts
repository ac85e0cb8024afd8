import "server-only";
import { desc, eq, like, notLike } from "drizzle-orm";
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
