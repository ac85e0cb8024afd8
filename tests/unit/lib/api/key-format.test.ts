import { describe, expect, it } from "vitest";
import { apiKeyFromHeaders, generateApiKey, hashApiKey, isWellFormedApiKey } from "@/lib/api/key-format";

describe("API key format", () => {
  it("generates random, recognisable keys whose hash and prefix are safe to store", () => {
    const a = generateApiKey();
    const b = generateApiKey();
    expect(a.secret).not.toBe(b.secret);
    expect(isWellFormedApiKey(a.secret)).toBe(true);
    expect(a.secret.startsWith(a.prefix)).toBe(true);
    expect(a.prefix).toHaveLength(12);
    expect(a.hash).toBe(hashApiKey(a.secret));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(isWellFormedApiKey("psr_court")).toBe(false);
  });

  it("reads the key from Authorization: Bearer or X-API-Key", () => {
    expect(apiKeyFromHeaders(new Headers({ authorization: "Bearer psr_abc" }))).toBe("psr_abc");
    expect(apiKeyFromHeaders(new Headers({ authorization: "bearer   psr_abc " }))).toBe("psr_abc");
    expect(apiKeyFromHeaders(new Headers({ "x-api-key": " psr_xyz " }))).toBe("psr_xyz");
    expect(apiKeyFromHeaders(new Headers())).toBeUndefined();
    // Another scheme is still a credential: it must fail loudly, not be ignored.
    expect(apiKeyFromHeaders(new Headers({ authorization: "Basic dXNlcg==" }))).toBe("Basic dXNlcg==");
  });
});
