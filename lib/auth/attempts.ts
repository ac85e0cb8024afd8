import "server-only";
import { and, count, eq, gt, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { signInAttempts } from "@/db/schema";

/** Failed password sign-ins tolerated within the window, per account and per network address. */
export const SIGN_IN_LIMITS = { windowMs: 15 * 60 * 1000, perAccount: 5, perIp: 20 } as const;

export async function isSignInBlocked(db: DbOrTx, email: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  const [byAccount] = await db
    .select({ n: count() })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.email, email), eq(signInAttempts.succeeded, false), gt(signInAttempts.attemptedAt, since)));
  if ((byAccount?.n ?? 0) >= SIGN_IN_LIMITS.perAccount) return true;
  const [byIp] = await db
    .select({ n: count() })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.ip, ip), eq(signInAttempts.succeeded, false), gt(signInAttempts.attemptedAt, since)));
  return (byIp?.n ?? 0) >= SIGN_IN_LIMITS.perIp;
}

export async function recordSignInAttempt(db: DbOrTx, email: string, ip: string, succeeded: boolean) {
  if (succeeded) {
    // A successful sign-in proves the owner is here: their earlier failures no longer count.
    await db.delete(signInAttempts).where(and(eq(signInAttempts.email, email), eq(signInAttempts.succeeded, false)));
  }
  await db.insert(signInAttempts).values({ email, ip, succeeded });
}

export async function purgeOldSignInAttempts(db: DbOrTx, now = new Date()) {
  await db.delete(signInAttempts).where(lt(signInAttempts.attemptedAt, new Date(now.getTime() - 24 * 60 * 60 * 1000)));
}
