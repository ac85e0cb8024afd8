import "server-only";
import { and, asc, count, desc, eq, gte, lt, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { foldedContains, type PageParams, type PageResult, pageWindow, parisDayStart, type SortOrder } from "./admin-shared";

// Back-office data: lib/admin/audit-log.ts checks the administrator's permission before calling these.

export type ListAuditParams = PageParams & {
  action?: string;
  /** An actor's id, or part of their email. */
  actor?: string;
  /** A target's id (usually a user id). */
  target?: string;
  /** Calendar days "YYYY-MM-DD" in Paris time, both included. */
  from?: string;
  to?: string;
  order: SortOrder;
};

export type AuditListRow = {
  id: number;
  at: Date;
  action: string;
  actorId: string | null;
  /** The email recorded at the time, or the account's current email. */
  actorEmail: string | null;
  /** True when the actor's account no longer exists (erased). */
  actorGone: boolean;
  targetType: string | null;
  targetId: string | null;
  targetEmail: string | null;
  targetGone: boolean;
  ip: string | null;
  details: Record<string, unknown>;
};

const actorUser = alias(users, "actor_user");
const targetUser = alias(users, "target_user");

function auditFilters(params: ListAuditParams): SQL | undefined {
  const filters: SQL[] = [];
  if (params.action) filters.push(eq(auditLog.action, params.action));
  const actor = params.actor?.trim();
  if (actor) {
    filters.push(
      or(eq(auditLog.actorId, actor), foldedContains(sql`coalesce(${auditLog.actorLabel}, '') || ' ' || coalesce(${actorUser.email}, '')`, actor))!,
    );
  }
  if (params.target?.trim()) filters.push(eq(auditLog.targetId, params.target.trim()));
  if (params.from) filters.push(gte(auditLog.at, parisDayStart(params.from)));
  if (params.to) filters.push(lt(auditLog.at, sql`${parisDayStart(params.to)} + interval '1 day'`));
  return filters.length ? and(...filters) : undefined;
}

export async function listAuditEntries(db: DbOrTx, params: ListAuditParams): Promise<PageResult<AuditListRow>> {
  const where = auditFilters(params);
  const [totalRow] = await db
    .select({ n: count() })
    .from(auditLog)
    .leftJoin(actorUser, eq(actorUser.id, auditLog.actorId))
    .where(where);
  const total = totalRow?.n ?? 0;
  const { page, perPage, offset } = pageWindow(total, params);
  const order = params.order === "asc" ? asc : desc;
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorId: auditLog.actorId,
      actorLabel: auditLog.actorLabel,
      actorEmail: actorUser.email,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      targetEmail: targetUser.email,
      ip: auditLog.ip,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(actorUser, eq(actorUser.id, auditLog.actorId))
    .leftJoin(targetUser, and(eq(auditLog.targetType, "user"), eq(targetUser.id, auditLog.targetId)))
    .where(where)
    .orderBy(order(auditLog.at), order(auditLog.id))
    .limit(perPage)
    .offset(offset);
  return {
    rows: rows.map(({ actorLabel, actorEmail, targetEmail, ...row }) => ({
      ...row,
      actorEmail: actorEmail ?? actorLabel,
      actorGone: row.actorId !== null && actorEmail === null,
      targetEmail,
      targetGone: row.targetType === "user" && row.targetId !== null && targetEmail === null,
    })),
    total,
    page,
    perPage,
  };
}
