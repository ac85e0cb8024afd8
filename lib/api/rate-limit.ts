/**
 * Per-client request limit of the public API: a fixed one-minute window per client (API key, else
 * address), counted in this process's memory. That is enough for the embedded default (one Node
 * process serves the portal) and costs no database write per request; behind several processes
 * each enforces the limit on its own share, so the effective limit is multiplied by their number:
 * a shared store (Redis, PostgreSQL) would be needed to make it exact there.
 */

export type RateLimitDecision = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (at least 1). */
  resetSeconds: number;
};

type Window = { start: number; count: number };

const WINDOW_MS = 60_000;
/** Bounds memory when many addresses pass by: expired windows are dropped beyond this size. */
const SWEEP_THRESHOLD = 10_000;

export class RateLimiter {
  private windows = new Map<string, Window>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts one request of `client` against `limit` requests per minute. */
  hit(client: string, limit: number): RateLimitDecision {
    const now = this.now();
    let window = this.windows.get(client);
    if (!window || now - window.start >= WINDOW_MS) {
      if (this.windows.size >= SWEEP_THRESHOLD) this.sweep(now);
      window = { start: now, count: 0 };
      this.windows.set(client, window);
    }
    const resetSeconds = Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
    if (window.count >= limit) return { allowed: false, limit, remaining: 0, resetSeconds };
    window.count += 1;
    return { allowed: true, limit, remaining: limit - window.count, resetSeconds };
  }

  private sweep(now: number): void {
    for (const [client, window] of this.windows) {
      if (now - window.start >= WINDOW_MS) this.windows.delete(client);
    }
  }
}

/** Headers of the IETF RateLimit draft (and Retry-After on refusal), sent with every answer. */
export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.resetSeconds),
  };
  if (!decision.allowed) headers["Retry-After"] = String(decision.resetSeconds);
  return headers;
}
