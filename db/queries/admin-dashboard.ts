import "server-only";
import { and, count, eq, gte, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { auditLog, erasureLog, outboxEmails, users } from "@/db/schema";

// Figures of the back-office dashboard; lib/admin/dashboard.ts asks only for those the user may see.

/** Monday 00:00 of the current week, Paris time. */
const startOfWeek = sql`(date_trunc('week', now() at time zone 'Europe/Paris') at time zone 'Europe/Paris')`;

export async function countAccounts(db: DbOrTx) {
  const [row] = await db
    .select({
      total: count(),
      createdThisWeek: sql<number>`count(*) filter (where ${users.createdAt} >= ${startOfWeek})`.mapWith(Number),
      deactivated: sql<number>`count(*) filter (where ${users.status} = 'deactivated')`.mapWith(Number),
    })
    .from(users);
  return { total: row?.total ?? 0, createdThisWeek: row?.createdThisWeek ?? 0, deactivated: row?.deactivated ?? 0 };
}

export async function countOutboxSince(db: DbOrTx, params: { since: Date }) {
  const [row] = await db
    .select({
      total: count(),
      failed: sql<number>`count(*) filter (where ${outboxEmails.status} = 'failed')`.mapWith(Number),
    })
    .from(outboxEmails)
    .where(gte(outboxEmails.createdAt, params.since));
  return { total: row?.total ?? 0, failed: row?.failed ?? 0 };
}

export async function countAuditActionSince(db: DbOrTx, params: { action: string; since: Date }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, params.action), gte(auditLog.at, params.since)));
  return row?.n ?? 0;
}

export async function countErasuresSince(db: DbOrTx, params: { since: Date }): Promise<number> {
  const [row] = await db.select({ n: count() }).from(erasureLog).where(gte(erasureLog.erasedAt, params.since));
  return row?.n ?? 0;
}

/** Accounts whose address is not confirmed yet (the retention job erases them after 30 days). */
export async function countPendingAccounts(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users).where(isNull(users.emailVerified));
  return row?.n ?? 0;
}
