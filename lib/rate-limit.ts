import "server-only";
import { createHmac, hkdfSync } from "node:crypto";
import { and, desc, eq, gt, lt } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { rateLimitHits } from "@/db/schema";

/** At most `max` accepted hits in any `windowMs` ending now. */
export type RateLimit = { windowMs: number; max: number };

export type RateLimitResult = {
  allowed: boolean;
  /** 0 when allowed; otherwise how long until one more hit would be accepted. */
  retryAfterMs: number;
};

type LimitParams = { bucket: string; key: string; limits: readonly RateLimit[]; now?: Date };

/**
 * Sliding-window log over `rate_limit_hits`. Only ACCEPTED hits are recorded: a refused attempt
 * leaves no row, so hammering a form does not push the wait further away, and `retryAfterMs` is
 * exact (when the hit that filled the window leaves it). Check-then-record is not atomic: two
 * requests racing at the very limit may both pass, which is acceptable for spam control.
 *
 * `key` must already be pseudonymous: pass network or e-mail addresses through rateLimitKey().
 */
export async function checkRateLimit(db: DbOrTx, { bucket, key, limits, now = new Date() }: LimitParams): Promise<RateLimitResult> {
  if (limits.length === 0) return { allowed: true, retryAfterMs: 0 };
  const widest = Math.max(...limits.map((l) => l.windowMs));
  const largest = Math.max(...limits.map((l) => l.max));
  // Newest first, no more than the largest limit needs: the max-th newest hit decides each limit.
  const hits = await db
    .select({ at: rateLimitHits.at })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.bucket, bucket), eq(rateLimitHits.key, key), gt(rateLimitHits.at, new Date(now.getTime() - widest))))
    .orderBy(desc(rateLimitHits.at))
    .limit(largest);
  let retryAfterMs = 0;
  for (const limit of limits) {
    const deciding = hits[limit.max - 1];
    if (!deciding) continue;
    const leavesAt = deciding.at.getTime() + limit.windowMs;
    if (leavesAt > now.getTime()) retryAfterMs = Math.max(retryAfterMs, leavesAt - now.getTime());
  }
  return { allowed: retryAfterMs === 0, retryAfterMs };
}

export async function recordRateLimitHit(db: DbOrTx, { bucket, key, now = new Date() }: { bucket: string; key: string; now?: Date }) {
  await db.insert(rateLimitHits).values({ bucket, key, at: now });
}

/** Checks the limits and, when the hit is allowed, records it. */
export async function hitRateLimit(db: DbOrTx, params: LimitParams): Promise<RateLimitResult> {
  const result = await checkRateLimit(db, params);
  if (result.allowed) await recordRateLimitHit(db, params);
  return result;
}

/** Drops hits older than `olderThanMs` (the widest window of the bucket's limits). */
export async function purgeRateLimitHits(db: DbOrTx, { bucket, olderThanMs, now = new Date() }: { bucket: string; olderThanMs: number; now?: Date }) {
  await db.delete(rateLimitHits).where(and(eq(rateLimitHits.bucket, bucket), lt(rateLimitHits.at, new Date(now.getTime() - olderThanMs))));
}

/**
 * A pseudonymous key for a network or e-mail address: HMAC-SHA-256 under a key derived from the
 * installation's secret, so the table never holds the address itself (GDPR: data minimisation)
 * and the hash cannot be reversed by trying every IPv4 address without the secret.
 */
export function rateLimitKey(secret: string, kind: "ip" | "email", value: string): string {
  const key = Buffer.from(hkdfSync("sha256", secret, "", "passerelle/rate-limit-key", 32));
  return `${kind}:${createHmac("sha256", key).update(value.trim().toLowerCase()).digest("base64url")}`;
}
