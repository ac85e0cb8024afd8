import "server-only";
import { count, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import {
  auditLog,
  authSessions,
  consents,
  erasureLog,
  outboxEmails,
  recentViews,
  savedItems,
  savedSearches,
  signInAttempts,
  users,
} from "@/db/schema";
import { recordAudit } from "@/lib/auth/audit";

export type ErasureRequest = {
  userId: string;
  /** "retention": erased by the daily job when the retention period is over. */
  requestedBy: "self" | "admin" | "retention";
  /** The administrator who erased the account, when requestedBy is "admin". */
  actorId?: string | null;
};

/**
 * Deletes an account and the personal data attached to it (GDPR art. 17), in one transaction:
 * the profile, sessions, consents, saved items and searches, history, sign-in attempts and
 * the emails addressed to it. The audit log keeps its lines, with the email removed, and an
 * erasure-log line records what was removed, without any personal data.
 */
export async function eraseAccount(db: DbOrTx, request: ErasureRequest): Promise<{ erased: boolean; removed: Record<string, number> }> {
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.id, request.userId));
    if (!user) return { erased: false, removed: {} };

    const countOf = async (table: typeof savedItems | typeof savedSearches | typeof recentViews | typeof consents | typeof authSessions) => {
      const [row] = await tx.select({ n: count() }).from(table).where(eq(table.userId, user.id));
      return row?.n ?? 0;
    };
    const removed: Record<string, number> = {
      savedItems: await countOf(savedItems),
      savedSearches: await countOf(savedSearches),
      recentViews: await countOf(recentViews),
      consents: await countOf(consents),
      sessions: await countOf(authSessions),
    };
    const emails = await tx.delete(outboxEmails).where(eq(outboxEmails.to, user.email)).returning({ id: outboxEmails.id });
    removed.emails = emails.length;
    const attempts = await tx.delete(signInAttempts).where(eq(signInAttempts.email, user.email)).returning({ id: signInAttempts.id });
    removed.signInAttempts = attempts.length;
    // The audit trail stays (it proves what happened) but no longer names the person.
    await tx.update(auditLog).set({ actorLabel: null }).where(eq(auditLog.actorId, user.id));
    // Rows referencing the user (sessions, consents, saved items, ...) go with it (ON DELETE CASCADE).
    await tx.delete(users).where(eq(users.id, user.id));
    removed.account = 1;

    await tx.insert(erasureLog).values({
      userId: user.id,
      requestedBy: request.requestedBy,
      actorId: request.actorId ?? null,
      removed,
    });
    await recordAudit(tx, {
      action: request.requestedBy === "admin" ? "admin.account_deleted" : "account.deleted",
      actor: request.requestedBy === "self" ? { id: user.id } : request.actorId ? { id: request.actorId } : null,
      details: { requestedBy: request.requestedBy },
      target: { type: "user", id: user.id },
    });
    return { erased: true, removed };
  });
}
