import type { DbOrTx } from "@/db/client";
import { isoDateInTimeZone } from "@/lib/dates";
import type { SearchEngine } from "@/lib/search/types";
import { RateLimiter } from "./rate-limit";

/**
 * What an API endpoint needs, passed in rather than read from globals so route handlers stay thin
 * and tests run every endpoint against their own database, engine and limiter.
 */
export type ApiContext = {
  db: DbOrTx;
  engine: SearchEngine;
  /** Public origin of the portal (SITE_URL): links in answers point there, not to an internal host. */
  siteUrl: string;
  limiter: RateLimiter;
  /** Requests per minute of a client without a key. */
  anonymousPerMinute: number;
  /** "Today" in the portal's time zone, ISO date. */
  today: () => string;
};

export function createApiContext(options: {
  db: DbOrTx;
  engine: SearchEngine;
  siteUrl: string;
  anonymousPerMinute: number;
  limiter?: RateLimiter;
  today?: () => string;
}): ApiContext {
  return {
    db: options.db,
    engine: options.engine,
    siteUrl: options.siteUrl.replace(/\/+$/, ""),
    limiter: options.limiter ?? new RateLimiter(),
    anonymousPerMinute: options.anonymousPerMinute,
    today: options.today ?? (() => isoDateInTimeZone()),
  };
}
