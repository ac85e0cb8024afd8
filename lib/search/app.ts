import "server-only";
import { getDb } from "@/db";
import { getEnv } from "@/lib/env";
import { createSearchEngine } from "./index";
import type { SearchEngine } from "./types";

// Same lifetime as the database handle: one engine per process, kept across dev-server reloads.
const globalForSearch = globalThis as unknown as { __passerelleSearch?: SearchEngine };

/** The application's search engine (server code only: it may hold the Meilisearch admin key). */
export function getSearchEngine(): SearchEngine {
  globalForSearch.__passerelleSearch ??= createSearchEngine({ db: getDb(), env: getEnv() });
  return globalForSearch.__passerelleSearch;
}
