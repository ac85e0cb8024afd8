import { createHash } from "node:crypto";
import { CACHE_SECONDS, type CachePolicy } from "./config";
import { PROBLEM_CONTENT_TYPE, type Problem } from "./problem";

/**
 * Response building blocks of the public API: CORS for GET (any origin, no credentials, since
 * the data is public), validators and cache lifetimes so partners and shared caches can reuse
 * answers, and problem responses.
 */

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers":
    "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Content-Disposition",
};

/** Answer to a CORS preflight: GET only, with the headers a partner may send. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "Authorization, X-API-Key, If-None-Match, Accept",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
    },
  });
}

/** A strong validator from the exact bytes sent. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** RFC 9110 If-None-Match: "*" or a list of (possibly weak) tags, compared weakly. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

export function cacheControl(policy: CachePolicy): string {
  return `public, max-age=${CACHE_SECONDS[policy]}`;
}

/** A body with its validator; 304 without body when the client already holds it. */
export function cacheableResponse(
  request: Request,
  body: string,
  options: { contentType: string; cache: CachePolicy; headers?: Record<string, string> },
): Response {
  const etag = etagOf(body);
  const headers = { ...CORS_HEADERS, ...options.headers, ETag: etag, "Cache-Control": cacheControl(options.cache) };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": options.contentType } });
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { ...CORS_HEADERS, ...headers, "Content-Type": PROBLEM_CONTENT_TYPE, "Cache-Control": "no-store" },
  });
}

export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";
export const XML_CONTENT_TYPE = "application/xml; charset=utf-8";
