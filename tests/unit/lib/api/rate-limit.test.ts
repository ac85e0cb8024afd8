import { describe, expect, it } from "vitest";
import { RateLimiter, rateLimitHeaders } from "@/lib/api/rate-limit";

describe("RateLimiter", () => {
  it("allows `limit` requests per minute and client, then refuses until the window ends", () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(() => now);
    expect([1, 2, 3].map(() => limiter.hit("ip:a", 3).allowed)).toEqual([true, true, true]);
    const refused = limiter.hit("ip:a", 3);
    expect(refused).toMatchObject({ allowed: false, remaining: 0, resetSeconds: 60 });
    expect(limiter.hit("ip:b", 3).allowed).toBe(true);
    now += 45_000;
    expect(limiter.hit("ip:a", 3)).toMatchObject({ allowed: false, resetSeconds: 15 });
    now += 15_000;
    expect(limiter.hit("ip:a", 3)).toMatchObject({ allowed: true, remaining: 2 });
  });

  it("forgets expired windows when many clients pass by", () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    for (let i = 0; i < 10_000; i++) limiter.hit(`ip:${i}`, 1);
    now += 61_000;
    limiter.hit("ip:new", 1);
    // The sweep dropped the old windows: ip:0 starts afresh.
    expect(limiter.hit("ip:0", 1).allowed).toBe(true);
  });

  it("sends the draft RateLimit headers, and Retry-After only on refusal", () => {
    expect(rateLimitHeaders({ allowed: true, limit: 120, remaining: 7, resetSeconds: 30 })).toEqual({
      "RateLimit-Limit": "120",
      "RateLimit-Remaining": "7",
      "RateLimit-Reset": "30",
    });
    expect(rateLimitHeaders({ allowed: false, limit: 120, remaining: 0, resetSeconds: 12 })["Retry-After"]).toBe("12");
  });
});
