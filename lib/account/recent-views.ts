import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type RecentView, recentViews } from "@/db/schema";
import { listRecentViewRows } from "@/db/queries/personal";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { type ItemRef, itemKey, resolveItems } from "./item-resolver";

/**
 * "Historique": the detail pages a signed-in user opened, newest first. Only the latest
 * RECENT_VIEWS_LIMIT are kept, so the history stays short and holds nothing older than useful.
 */
export const RECENT_VIEWS_LIMIT = 50;

export type RecentViewInput = ItemRef & { title: string; url: string };

export type RecentViewEntry = RecentView & { available: boolean };

/**
 * Records that the actor opened a page. The title and URL come from the page that was just
 * rendered from the database, not from a form. A second visit moves the item to the top.
 */
export async function recordRecentView(db: DbOrTx, actor: Actor | null | undefined, input: RecentViewInput): Promise<void> {
  assertCan(actor, "account:use");
  const userId = actor.id;
  await db.transaction(async (tx) => {
    await tx
      .insert(recentViews)
      .values({ userId, kind: input.kind, itemId: input.itemId, title: input.title, url: input.url })
      .onConflictDoUpdate({
        target: [recentViews.userId, recentViews.kind, recentViews.itemId],
        set: { title: input.title, url: input.url, viewedAt: sql`now()` },
      });
    await tx.delete(recentViews).where(
      and(
        eq(recentViews.userId, userId),
        sql`(${recentViews.kind}, ${recentViews.itemId}) not in (
          select kind, item_id from ${recentViews} where user_id = ${userId}
          order by viewed_at desc, kind, item_id limit ${RECENT_VIEWS_LIMIT})`,
      ),
    );
  });
}

export async function listRecentViews(
  db: DbOrTx,
  actor: Actor | null | undefined,
  params: { limit?: number } = {},
): Promise<RecentViewEntry[]> {
  assertCan(actor, "account:use");
  const rows = await listRecentViewRows(db, { userId: actor.id, limit: params.limit ?? RECENT_VIEWS_LIMIT });
  const current = await resolveItems(db, rows);
  return rows.map((row) => {
    const item = current.get(itemKey(row.kind, row.itemId));
    return item ? { ...row, title: item.title, url: item.url, available: true } : { ...row, available: false };
  });
}

/** Empties the actor's history; returns how many entries were removed. */
export async function clearRecentViews(db: DbOrTx, actor: Actor | null | undefined): Promise<number> {
  assertCan(actor, "account:use");
  const removed = await db.delete(recentViews).where(eq(recentViews.userId, actor.id)).returning({ kind: recentViews.kind });
  return removed.length;
}
