import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateLimitHits } from "@/db/schema";
import { checkRateLimit, hitRateLimit, purgeRateLimitHits, rateLimitKey } from "@/lib/rate-limit";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../helpers/db";

const MIN = 60_000;
const T0 = new Date("2026-03-02T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * MIN);

describe(`rate limiter on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("allows `max` hits per window, then tells exactly when the next one will pass", async () => {
    const limits = [{ windowMs: 10 * MIN, max: 3 }];
    const p = { bucket: "test-a", key: "k", limits };
    for (const m of [0, 1, 2]) expect(await hitRateLimit(t.db, { ...p, now: at(m) })).toEqual({ allowed: true, retryAfterMs: 0 });
    // The window slides: the hit of minute 0 leaves it at minute 10.
    expect(await hitRateLimit(t.db, { ...p, now: at(4) })).toEqual({ allowed: false, retryAfterMs: 6 * MIN });
    // Refused attempts are not counted: hammering does not push the wait further away.
    expect(await hitRateLimit(t.db, { ...p, now: at(9) })).toEqual({ allowed: false, retryAfterMs: 1 * MIN });
    expect(await hitRateLimit(t.db, { ...p, now: at(10) })).toEqual({ allowed: true, retryAfterMs: 0 });
    expect(await hitRateLimit(t.db, { ...p, now: at(10.5) })).toEqual({ allowed: false, retryAfterMs: 0.5 * MIN });
  });

  it("applies every limit and reports the longest wait", async () => {
    const limits = [
      { windowMs: 10 * MIN, max: 2 },
      { windowMs: 60 * MIN, max: 3 },
    ];
    const p = { bucket: "test-b", key: "k", limits };
    expect((await hitRateLimit(t.db, { ...p, now: at(0) })).allowed).toBe(true);
    expect((await hitRateLimit(t.db, { ...p, now: at(1) })).allowed).toBe(true);
    expect(await hitRateLimit(t.db, { ...p, now: at(2) })).toEqual({ allowed: false, retryAfterMs: 8 * MIN });
    expect((await hitRateLimit(t.db, { ...p, now: at(20) })).allowed).toBe(true);
    // The hourly limit is reached: free again when the hit of minute 0 is an hour old.
    expect(await hitRateLimit(t.db, { ...p, now: at(40) })).toEqual({ allowed: false, retryAfterMs: 20 * MIN });
  });

  it("keeps buckets and keys apart", async () => {
    const limits = [{ windowMs: 10 * MIN, max: 1 }];
    expect((await hitRateLimit(t.db, { bucket: "test-c", key: "one", limits, now: T0 })).allowed).toBe(true);
    expect((await hitRateLimit(t.db, { bucket: "test-c", key: "two", limits, now: T0 })).allowed).toBe(true);
    expect((await hitRateLimit(t.db, { bucket: "test-d", key: "one", limits, now: T0 })).allowed).toBe(true);
    expect((await checkRateLimit(t.db, { bucket: "test-c", key: "one", limits, now: T0 })).allowed).toBe(false);
  });

  it("purges hits older than the widest window of a bucket only", async () => {
    const limits = [{ windowMs: 10 * MIN, max: 100 }];
    await hitRateLimit(t.db, { bucket: "test-e", key: "k", limits, now: at(-30) });
    await hitRateLimit(t.db, { bucket: "test-e", key: "k", limits, now: at(-5) });
    await hitRateLimit(t.db, { bucket: "test-f", key: "k", limits, now: at(-30) });
    await purgeRateLimitHits(t.db, { bucket: "test-e", olderThanMs: 10 * MIN, now: T0 });
    const rows = await t.db.select().from(rateLimitHits);
    expect(rows.filter((r) => r.bucket === "test-e").map((r) => r.at)).toEqual([at(-5)]);
    expect(rows.filter((r) => r.bucket === "test-f")).toHaveLength(1);
  });

  it("keys addresses by a keyed hash: stable, case-insensitive, never the address itself", () => {
    const key = rateLimitKey("secret-a-0123456789", "ip", "203.0.113.7");
    expect(key).toMatch(/^ip:[\w-]{43}$/);
    expect(key).not.toContain("203.0.113.7");
    expect(rateLimitKey("secret-a-0123456789", "ip", "203.0.113.7")).toBe(key);
    expect(rateLimitKey("secret-b-0123456789", "ip", "203.0.113.7")).not.toBe(key);
    expect(rateLimitKey("secret-a-0123456789", "email", "Nom@Exemple.fr")).toBe(rateLimitKey("secret-a-0123456789", "email", "nom@exemple.fr"));
  });
});
