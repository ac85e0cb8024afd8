import "server-only";
import { and, asc, desc, eq, getTableColumns, lte, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type NetworkPost, networkPosts, users } from "@/db/schema";

/**
 * News and events of the alumni network. Member reads go through the `visible` condition: a post
 * is shown once published and its publication date has come; drafts only reach the
 * administrators' list (listPostsForAdmin, getPostForAdmin).
 */

function visible(now: Date): SQL {
  return and(eq(networkPosts.status, "published"), lte(networkPosts.publishedAt, now)) as SQL;
}

/**
 * An event is upcoming until it ends (or, without an end, until it starts). The instant is sent
 * as ISO text: postgres-js cannot encode a Date compared with an expression rather than a column.
 */
function eventEndsAfter(now: Date, after: boolean): SQL {
  const end = sql`coalesce(${networkPosts.endsAt}, ${networkPosts.startsAt})`;
  const at = sql`${now.toISOString()}::timestamptz`;
  return after ? sql`${end} >= ${at}` : sql`${end} < ${at}`;
}

export async function listPublishedNews(db: DbOrTx, params: { now?: Date; limit: number }): Promise<NetworkPost[]> {
  return db
    .select()
    .from(networkPosts)
    .where(and(visible(params.now ?? new Date()), eq(networkPosts.kind, "news")))
    .orderBy(desc(networkPosts.publishedAt), desc(networkPosts.id))
    .limit(params.limit);
}

/** Published events not over yet, soonest first. */
export async function listUpcomingEvents(db: DbOrTx, params: { now?: Date; limit: number }): Promise<NetworkPost[]> {
  const now = params.now ?? new Date();
  return db
    .select()
    .from(networkPosts)
    .where(and(visible(now), eq(networkPosts.kind, "event"), eventEndsAfter(now, true)))
    .orderBy(asc(networkPosts.startsAt), asc(networkPosts.id))
    .limit(params.limit);
}

/** Published events already over, latest first. */
export async function listPastEvents(db: DbOrTx, params: { now?: Date; limit: number }): Promise<NetworkPost[]> {
  const now = params.now ?? new Date();
  return db
    .select()
    .from(networkPosts)
    .where(and(visible(now), eq(networkPosts.kind, "event"), eventEndsAfter(now, false)))
    .orderBy(desc(networkPosts.startsAt), desc(networkPosts.id))
    .limit(params.limit);
}

export async function getPublishedPost(db: DbOrTx, params: { id: number; now?: Date }): Promise<NetworkPost | undefined> {
  const [row] = await db
    .select()
    .from(networkPosts)
    .where(and(visible(params.now ?? new Date()), eq(networkPosts.id, params.id)));
  return row;
}

export type AdminPostRow = NetworkPost & { authorName: string | null };

/** Every post, drafts included, last changed first: for the administrators only. */
export async function listPostsForAdmin(db: DbOrTx, params: { limit?: number } = {}): Promise<AdminPostRow[]> {
  return db
    .select({ ...getTableColumns(networkPosts), authorName: users.name })
    .from(networkPosts)
    .leftJoin(users, eq(users.id, networkPosts.authorId))
    .orderBy(desc(networkPosts.updatedAt), desc(networkPosts.id))
    .limit(params.limit ?? 200);
}

export async function getPostForAdmin(db: DbOrTx, params: { id: number }): Promise<AdminPostRow | undefined> {
  const [row] = await db
    .select({ ...getTableColumns(networkPosts), authorName: users.name })
    .from(networkPosts)
    .leftJoin(users, eq(users.id, networkPosts.authorId))
    .where(eq(networkPosts.id, params.id));
  return row;
}

export type NetworkPostWrite = Pick<
  NetworkPost,
  "kind" | "titleFr" | "titleEn" | "bodyFr" | "bodyEn" | "startsAt" | "endsAt" | "place" | "onlineUrl" | "status" | "publishedAt"
>;

export async function createPost(db: DbOrTx, params: { values: NetworkPostWrite; authorId: string }): Promise<NetworkPost> {
  const [row] = await db
    .insert(networkPosts)
    .values({ ...params.values, authorId: params.authorId })
    .returning();
  return row!;
}

export async function updatePost(db: DbOrTx, params: { id: number; values: NetworkPostWrite; now?: Date }): Promise<NetworkPost | undefined> {
  const [row] = await db
    .update(networkPosts)
    .set({ ...params.values, updatedAt: params.now ?? new Date() })
    .where(eq(networkPosts.id, params.id))
    .returning();
  return row;
}

export async function deletePost(db: DbOrTx, params: { id: number }): Promise<boolean> {
  const rows = await db.delete(networkPosts).where(eq(networkPosts.id, params.id)).returning({ id: networkPosts.id });
  return rows.length > 0;
}
