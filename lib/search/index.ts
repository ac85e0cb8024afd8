import type { DbOrTx } from "@/db/client";
import type { Env } from "@/lib/env";
import { createMeilisearchEngine } from "./meilisearch";
import { createPostgresSearchEngine } from "./postgres";
import type { SearchEngine } from "./types";

export * from "./types";
export { normalizeQuery, searchQuerySchema } from "./query-schema";
export { createMeilisearchEngine } from "./meilisearch";
export { createPostgresSearchEngine } from "./postgres";

export type SearchEngineConfig = {
  /** The database of the embedded engine; unused when Meilisearch is configured. */
  db: DbOrTx;
  env: Pick<Env, "MEILISEARCH_URL" | "MEILISEARCH_KEY">;
  /** Meilisearch index uid prefix, e.g. to run tests or a staging site on a shared server. */
  indexPrefix?: string;
};

/**
 * Meilisearch when MEILISEARCH_URL is set, else the embedded PostgreSQL engine. Free of
 * `server-only` so tests and tsx scripts can build an engine on their own database; the app
 * goes through getSearchEngine() in ./app.
 */
export function createSearchEngine(config: SearchEngineConfig): SearchEngine {
  if (config.env.MEILISEARCH_URL) {
    return createMeilisearchEngine({
      url: config.env.MEILISEARCH_URL,
      apiKey: config.env.MEILISEARCH_KEY,
      indexPrefix: config.indexPrefix,
    });
  }
  return createPostgresSearchEngine(config.db);
}
