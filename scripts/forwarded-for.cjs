"use strict";
/**
 * Who is the client? Preloaded into the `next start` process by scripts/start.ts (NODE_OPTIONS
 * --require), before Next.js creates its HTTP server.
 *
 * Next.js only fills X-Forwarded-For when the request has none, so without this a visitor could
 * send any address of their own and escape every per-address limit (sign-in attempts, contact
 * form, public API). Here the header is rewritten on each request, before Next.js reads it, to
 * the one address that can be trusted: the socket's peer when nothing stands in front
 * (TRUSTED_PROXY_HOPS=0, the default), else the address the outermost of the N trusted reverse
 * proxies saw — each proxy appends the address it received from, so the client is the entry N
 * places before the socket's peer. Entries further left were written by the client and ignored.
 */

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) reads as "192.0.2.1". */
function normaliseAddress(address) {
  const trimmed = String(address).trim().slice(0, 64);
  return trimmed.toLowerCase().startsWith("::ffff:") && trimmed.includes(".") ? trimmed.slice(7) : trimmed;
}

/**
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header as received
 * @param {string | undefined} remoteAddress the socket's peer
 * @param {number} hops how many reverse proxies in front of the server are trusted
 * @returns {string | null} the client's address, or null when the socket has none (closed)
 */
function clientAddress(forwardedFor, remoteAddress, hops) {
  if (!remoteAddress) return null;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor ?? "";
  const chain = header
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  chain.push(remoteAddress);
  const trusted = Math.max(0, Math.floor(hops) || 0);
  // Fewer entries than trusted proxies: the request did not come through all of them.
  const index = Math.max(0, chain.length - 1 - trusted);
  return normaliseAddress(chain[index]);
}

/** TRUSTED_PROXY_HOPS as lib/env.ts validates it (0 to 10); anything else means no proxy. */
function hopsFromEnv(value) {
  const hops = Number(value ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

/**
 * Wraps `http.createServer` so every server made afterwards rewrites X-Forwarded-For before its
 * own listener runs. Returns a function that puts the original back (for tests).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS preload, loaded before any bundler
function install(hops, http = require("node:http")) {
  const original = http.createServer;
  http.createServer = function createServer(...args) {
    const server = original.apply(this, args);
    server.prependListener("request", (request) => {
      const address = clientAddress(request.headers["x-forwarded-for"], request.socket.remoteAddress, hops);
      if (address) request.headers["x-forwarded-for"] = address;
      else delete request.headers["x-forwarded-for"];
      // X-Real-IP would be just as easy to forge: only the rewritten header counts.
      delete request.headers["x-real-ip"];
    });
    return server;
  };
  return () => {
    http.createServer = original;
  };
}

module.exports = { clientAddress, hopsFromEnv, install };

// Preloaded by scripts/start.ts, which sets this flag (a test requiring the file installs nothing).
if (process.env.PASSERELLE_FORWARDED_FOR_PRELOAD === "1") {
  install(hopsFromEnv(process.env.TRUSTED_PROXY_HOPS));
}
