import { randomBytes } from "node:crypto";
import { Meilisearch } from "meilisearch";
import { describe } from "vitest";
import { parseEnv } from "@/lib/env";
import { createMeilisearchEngine } from "@/lib/search/meilisearch";
import { SEARCH_KINDS } from "@/lib/search/types";
import { runSearchEngineContract } from "./contract";

const env = parseEnv(process.env);

// Needs a running server (e.g. `docker run -p 7700:7700 getmeili/meilisearch`); skipped otherwise.
describe.skipIf(!env.MEILISEARCH_URL)("meilisearch", () => {
  runSearchEngineContract("meilisearch", async () => {
    const url = env.MEILISEARCH_URL as string;
    // A prefix of its own, so the suite never touches a real site's indexes on a shared server.
    const indexPrefix = `test_${randomBytes(4).toString("hex")}_`;
    const engine = createMeilisearchEngine({ url, apiKey: env.MEILISEARCH_KEY, indexPrefix, taskTimeoutMs: 30_000 });
    const dispose = async () => {
      const client = new Meilisearch({ host: url, apiKey: env.MEILISEARCH_KEY });
      for (const kind of SEARCH_KINDS) await client.deleteIndexIfExists(`${indexPrefix}${kind}`);
    };
    return { engine, dispose };
  });
});
