import "server-only";
import { and, arrayOverlaps, isNull, lt, not, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { authSessions, outboxEmails, users } from "@/db/schema";
import { purgeOldSignInAttempts } from "@/lib/auth/attempts";
import { purgeExpiredTokens } from "@/lib/auth/tokens";
import { eraseAccount } from "./erasure";

const DAY = 24 * 60 * 60 * 1000;

/** The retention periods the privacy notice promises (app/(public)/donnees-personnelles). */
export const RETENTION = {
  /** A visitor account with no sign-in for three years is erased. */
  inactiveAccountMs: 3 * 365 * DAY,
  /** An address never confirmed is not an account anyone uses. */
  unverifiedAccountMs: 30 * DAY,
  /** Outbox rows (notifications, contact messages, newsletters): one year, then deleted. */
  outboxEmailMs: 365 * DAY,
} as const;

/** Staff accounts are managed by administrators, never erased automatically. */
const STAFF_ROLES = ["editor", "content_manager", "admin"] as const;

/**
 * Daily housekeeping of personal data: erases inactive and never-confirmed visitor accounts
 * (each with its erasure-log line) and purges expired sessions, one-time tokens, old sign-in
 * attempts and outbox emails past their year (a newsletter's delivery lines keep their count).
 */
export async function applyRetention(db: Db, now = new Date()) {
  const inactiveBefore = new Date(now.getTime() - RETENTION.inactiveAccountMs);
  const unverifiedBefore = new Date(now.getTime() - RETENTION.unverifiedAccountMs);
  const candidates = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        not(arrayOverlaps(users.roles, [...STAFF_ROLES])),
        or(
          and(isNull(users.emailVerified), lt(users.createdAt, unverifiedBefore)),
          // Bound as text: a raw SQL expression has no column type to map a Date with postgres-js.
          sql`coalesce(${users.lastSignInAt}, ${users.createdAt}) < ${inactiveBefore.toISOString()}::timestamptz`,
        ),
      ),
    );
  for (const { id } of candidates) await eraseAccount(db, { userId: id, requestedBy: "retention" });
  await db.delete(authSessions).where(lt(authSessions.expires, now));
  await purgeExpiredTokens(db);
  await purgeOldSignInAttempts(db, now);
  const emailsBefore = new Date(now.getTime() - RETENTION.outboxEmailMs);
  const purged = await db.delete(outboxEmails).where(lt(outboxEmails.createdAt, emailsBefore)).returning({ id: outboxEmails.id });
  return { erased: candidates.length, emailsDeleted: purged.length };
}
