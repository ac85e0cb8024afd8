import "server-only";
import { getDb } from "@/db";
import { getEnv } from "@/lib/env";
import { getSearchEngine } from "@/lib/search/app";
import { type ApiContext, createApiContext } from "./context";

// One context (and so one rate limiter) per process, kept across dev-server reloads like the db handle.
const globalForApi = globalThis as unknown as { __passerelleApi?: ApiContext };

/** The API context of the running application. */
export function getApiContext(): ApiContext {
  if (!globalForApi.__passerelleApi) {
    const env = getEnv();
    globalForApi.__passerelleApi = createApiContext({
      db: getDb(),
      engine: getSearchEngine(),
      siteUrl: env.SITE_URL,
      anonymousPerMinute: env.API_RATE_LIMIT_PER_MINUTE,
    });
  }
  return globalForApi.__passerelleApi;
}
