import { seedDemoData } from "@/db/seed";
import { type ApiContext, createApiContext } from "@/lib/api/context";
import { RateLimiter } from "@/lib/api/rate-limit";
import { createPostgresSearchEngine } from "@/lib/search";
import type { SearchEngine } from "@/lib/search/types";
import { createTestDatabase, type TestDatabase } from "../../../helpers/db";

/** The day the demo catalogue is generated around, and the engine's "today": results stay stable. */
export const TODAY = "2026-03-10";
export const SITE_URL = "http://portail.test";

export type ApiTestBed = { t: TestDatabase; engine: SearchEngine; context: (options?: { perMinute?: number }) => ApiContext };

/** A database seeded like a fresh install (ROME, demo catalogue and agenda, search index). */
export async function createApiTestBed(options: { formations?: number } = {}): Promise<ApiTestBed> {
  const t = await createTestDatabase();
  const engine = createPostgresSearchEngine(t.db, { today: () => TODAY });
  await seedDemoData(t.db, { formations: options.formations ?? 40, today: new Date(`${TODAY}T09:00:00Z`), engine });
  return {
    t,
    engine,
    // A fresh limiter per context: each test decides how many requests a client may make.
    context: ({ perMinute = 10_000 } = {}) =>
      createApiContext({ db: t.db, engine, siteUrl: SITE_URL, anonymousPerMinute: perMinute, limiter: new RateLimiter(), today: () => TODAY }),
  };
}

/** A GET request as a partner would send it. */
export function apiRequest(path: string, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1:3000/api/v1${path}`, { headers: { "x-forwarded-for": "203.0.113.7", ...headers } });
}

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T;
}
