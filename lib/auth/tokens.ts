import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { accountTokens } from "@/db/schema";

export type TokenPurpose = (typeof accountTokens.$inferSelect)["purpose"];

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A fresh random token; only its hash is stored, and earlier tokens of the same purpose are revoked. */
export async function issueAccountToken(db: DbOrTx, userId: string, purpose: TokenPurpose, ttlMs: number) {
  const token = randomBytes(32).toString("base64url");
  await db.delete(accountTokens).where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose)));
  await db.insert(accountTokens).values({
    tokenHash: hashToken(token),
    userId,
    purpose,
    expiresAt: new Date(Date.now() + ttlMs),
  });
  return token;
}

/** Uses a token once: returns its user when it exists, is unexpired and has this purpose. */
export async function consumeAccountToken(db: DbOrTx, token: string, purpose: TokenPurpose): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .delete(accountTokens)
    .where(
      and(
        eq(accountTokens.tokenHash, hashToken(token)),
        eq(accountTokens.purpose, purpose),
        gt(accountTokens.expiresAt, new Date()),
      ),
    )
    .returning({ userId: accountTokens.userId });
  return row?.userId ?? null;
}

/** Tells whether a token would be accepted, without using it (to show the form before the POST). */
export async function peekAccountToken(db: DbOrTx, token: string, purpose: TokenPurpose): Promise<boolean> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return false;
  const rows = await db
    .select({ userId: accountTokens.userId })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.tokenHash, hashToken(token)),
        eq(accountTokens.purpose, purpose),
        gt(accountTokens.expiresAt, new Date()),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function purgeExpiredTokens(db: DbOrTx) {
  await db.delete(accountTokens).where(lt(accountTokens.expiresAt, new Date()));
}
