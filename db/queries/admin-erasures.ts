import "server-only";
import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { type ErasureEntry, erasureLog, users } from "@/db/schema";
import type { PageParams, PageResult, SortOrder } from "./admin-shared";
import { pageWindow } from "./admin-shared";

// Back-office data: lib/admin/erasures.ts checks the administrator's permission before calling these.

export type ListErasuresParams = PageParams & {
  requestedBy?: ErasureEntry["requestedBy"];
  /** The erased account's id, exactly (the log keeps nothing else about the person). */
  userId?: string;
  order: SortOrder;
};

export type ErasureListRow = {
  id: number;
  erasedAt: Date;
  userId: string;
  requestedBy: ErasureEntry["requestedBy"];
  actorId: string | null;
  actorEmail: string | null;
  removed: Record<string, number>;
};

const actorUser = alias(users, "actor_user");

export async function listErasures(db: DbOrTx, params: ListErasuresParams): Promise<PageResult<ErasureListRow>> {
  const filters: SQL[] = [];
  if (params.requestedBy) filters.push(eq(erasureLog.requestedBy, params.requestedBy));
  if (params.userId?.trim()) filters.push(eq(erasureLog.userId, params.userId.trim()));
  const where = filters.length ? and(...filters) : undefined;
  const [totalRow] = await db.select({ n: count() }).from(erasureLog).where(where);
  const total = totalRow?.n ?? 0;
  const { page, perPage, offset } = pageWindow(total, params);
  const order = params.order === "asc" ? asc : desc;
  const rows = await db
    .select({
      id: erasureLog.id,
      erasedAt: erasureLog.erasedAt,
      userId: erasureLog.userId,
      requestedBy: erasureLog.requestedBy,
      actorId: erasureLog.actorId,
      actorEmail: actorUser.email,
      removed: erasureLog.removed,
    })
    .from(erasureLog)
    .leftJoin(actorUser, eq(actorUser.id, erasureLog.actorId))
    .where(where)
    .orderBy(order(erasureLog.erasedAt), order(erasureLog.id))
    .limit(perPage)
    .offset(offset);
  return { rows, total, page, perPage };
}
