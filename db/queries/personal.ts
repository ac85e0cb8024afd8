import "server-only";
import { and, count, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { recentViews, type RecentView, type SavedItem, savedItems, type SavedSearch, savedSearches } from "@/db/schema";
import type { SearchKind } from "@/lib/search/types";

/**
 * Reads of one user's personal space. Every function takes the owner's id as its scope: there is
 * no way to list another user's items through them.
 */

export async function listSavedItemRows(
  db: DbOrTx,
  params: { userId: string; kind?: SearchKind; limit?: number },
): Promise<SavedItem[]> {
  const query = db
    .select()
    .from(savedItems)
    .where(and(eq(savedItems.userId, params.userId), params.kind ? eq(savedItems.kind, params.kind) : undefined))
    .orderBy(desc(savedItems.savedAt), savedItems.kind, savedItems.itemId);
  return params.limit ? query.limit(params.limit) : query;
}

export async function getSavedItemRow(
  db: DbOrTx,
  params: { userId: string; kind: SearchKind; itemId: string },
): Promise<SavedItem | null> {
  const [row] = await db
    .select()
    .from(savedItems)
    .where(and(eq(savedItems.userId, params.userId), eq(savedItems.kind, params.kind), eq(savedItems.itemId, params.itemId)));
  return row ?? null;
}

/** `kind:itemId` of everything the user saved, for the save buttons of a page. */
export async function listSavedItemKeys(db: DbOrTx, params: { userId: string }): Promise<string[]> {
  const rows = await db
    .select({ kind: savedItems.kind, itemId: savedItems.itemId })
    .from(savedItems)
    .where(eq(savedItems.userId, params.userId));
  return rows.map((row) => `${row.kind}:${row.itemId}`);
}

export async function countSavedItemsByKind(db: DbOrTx, params: { userId: string }): Promise<Map<SearchKind, number>> {
  const rows = await db
    .select({ kind: savedItems.kind, total: count() })
    .from(savedItems)
    .where(eq(savedItems.userId, params.userId))
    .groupBy(savedItems.kind);
  return new Map(rows.map((row) => [row.kind, Number(row.total)]));
}

export async function listRecentViewRows(db: DbOrTx, params: { userId: string; limit?: number }): Promise<RecentView[]> {
  const query = db
    .select()
    .from(recentViews)
    .where(eq(recentViews.userId, params.userId))
    .orderBy(desc(recentViews.viewedAt), recentViews.kind, recentViews.itemId);
  return params.limit ? query.limit(params.limit) : query;
}

export async function countRecentViews(db: DbOrTx, params: { userId: string }): Promise<number> {
  const [row] = await db.select({ total: count() }).from(recentViews).where(eq(recentViews.userId, params.userId));
  return Number(row?.total ?? 0);
}

/** The dashboard's read-only glimpse of saved searches (managed on their own page). */
export async function listLatestSavedSearches(
  db: DbOrTx,
  params: { userId: string; limit: number },
): Promise<{ rows: SavedSearch[]; total: number }> {
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(savedSearches)
      .where(eq(savedSearches.userId, params.userId))
      .orderBy(desc(savedSearches.createdAt), desc(savedSearches.id))
      .limit(params.limit),
    db.select({ total: count() }).from(savedSearches).where(eq(savedSearches.userId, params.userId)),
  ]);
  return { rows, total: Number(total?.total ?? 0) };
}
