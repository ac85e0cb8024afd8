import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
// The preload is plain CommonJS: `next start` loads it before any TypeScript is compiled.
import forwardedFor from "@/scripts/forwarded-for.cjs";

const { clientAddress, hopsFromEnv, install } = forwardedFor;

describe("clientAddress", () => {
  it("without a trusted proxy, is the socket's peer whatever the client claims", () => {
    expect(clientAddress(undefined, "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientAddress("198.51.100.1", "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientAddress("198.51.100.1, 198.51.100.2", "203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("behind one proxy, is the entry that proxy appended, not what the client wrote before it", () => {
    // The client forged 198.51.100.1; the proxy (10.0.0.2) appended the real 203.0.113.7.
    expect(clientAddress("198.51.100.1, 203.0.113.7", "10.0.0.2", 1)).toBe("203.0.113.7");
    expect(clientAddress("203.0.113.7", "10.0.0.2", 1)).toBe("203.0.113.7");
  });

  it("behind two proxies, skips both; repeated headers count as one list", () => {
    expect(clientAddress(["198.51.100.1", "203.0.113.7, 10.0.0.1"], "10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("with fewer entries than trusted proxies, falls back to the leftmost", () => {
    expect(clientAddress(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(clientAddress("203.0.113.7", "10.0.0.2", 3)).toBe("203.0.113.7");
  });

  it("reads IPv4-mapped IPv6 peers as IPv4, keeps IPv6, and gives nothing for a closed socket", () => {
    expect(clientAddress(undefined, "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientAddress(undefined, "2001:db8::1", 0)).toBe("2001:db8::1");
    expect(clientAddress("198.51.100.1", undefined, 0)).toBeNull();
  });
});

describe("hopsFromEnv", () => {
  it("accepts 0 to 10 and reads anything else as no proxy", () => {
    expect(hopsFromEnv(undefined)).toBe(0);
    expect(hopsFromEnv("2")).toBe(2);
    expect(hopsFromEnv("-1")).toBe(0);
    expect(hopsFromEnv("1.5")).toBe(0);
    expect(hopsFromEnv("abc")).toBe(0);
  });
});

describe("install", () => {
  let uninstall: (() => void) | null = null;
  let server: http.Server | null = null;
  afterEach(async () => {
    uninstall?.();
    uninstall = null;
    if (server) await new Promise((resolve) => server!.close(resolve));
    server = null;
  });

  async function seenBy(hops: number, headers: Record<string, string>) {
    uninstall = install(hops, http);
    let seen: http.IncomingHttpHeaders = {};
    server = http.createServer((request, response) => {
      seen = request.headers;
      response.end("ok");
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/`, { headers });
    return seen;
  }

  it("rewrites a forged X-Forwarded-For and drops X-Real-IP before the server's own listener runs", async () => {
    const headers = await seenBy(0, { "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.9" });
    expect(headers["x-forwarded-for"]).toBe("127.0.0.1");
    expect(headers["x-real-ip"]).toBeUndefined();
  });

  it("keeps the address a trusted proxy appended", async () => {
    const headers = await seenBy(1, { "x-forwarded-for": "198.51.100.1, 203.0.113.7" });
    expect(headers["x-forwarded-for"]).toBe("203.0.113.7");
  });

  it("puts the original createServer back", async () => {
    const original = http.createServer;
    install(0, http)();
    expect(http.createServer).toBe(original);
  });
});
