/**
 * Public API throughput: a generated LHEO catalogue imported into an in-memory PGlite and indexed
 * by the embedded engine, then typical formation searches sent through the API pipeline (rate
 * limiter, parameter validation, engine, database cards, JSON and ETag), without the HTTP layer.
 * Prints requests per second, one client after another and with concurrent clients; asserts nothing.
 *
 *   npx tsx --conditions=react-server bench/api.ts [--formations 2000] [--requests 400] [--concurrency 8]
 */
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { createApiContext } from "@/lib/api/context";
import { listFormations } from "@/lib/api/endpoints/formations";
import { runApi } from "@/lib/api/handler";
import { generateLheoStream } from "@/lib/import/lheo/generator";
import { runImport } from "@/lib/import/lheo/run-import";
import { createPostgresSearchEngine } from "@/lib/search/postgres";
import { reindexAll } from "@/lib/search/reindex";

const { values: args } = parseArgs({
  options: {
    formations: { type: "string", default: "2000" },
    requests: { type: "string", default: "400" },
    concurrency: { type: "string", default: "8" },
  },
});
const FORMATIONS = Number(args.formations);
const REQUESTS = Number(args.requests);
const CONCURRENCY = Number(args.concurrency);
const TODAY = "2026-03-02";

/** What a partner application typically asks: text, level and financing filters, a radius, paging. */
const QUERIES = [
  "/formations?q=cuisine",
  "/formations?q=aide-soignant&niveau_sortie=3,4",
  "/formations?financement=region&dep=31&par_page=50",
  "/formations?lat=43.6045&lon=1.4442&rayon=30&tri=distance",
  "/formations?q=maintenance&alternance=apprentissage",
  "/formations?niveau_sortie=5&tri=date&page=2",
  "/formations?q=developpeur%20web&financement=cpf",
  "/formations?modalite=distance&inclure_sans_session=1",
];

const handle = openDatabase({ kind: "pglite" });
await runMigrations(handle);
const db = handle.db;

let started = performance.now();
const { report } = await runImport(db, {
  input: generateLheoStream({ formations: FORMATIONS, seed: 3, today: TODAY, idPrefix: "BENCH_" }),
  fileName: "bench.xml",
  source: "bench",
  mode: "full",
});
const engine = createPostgresSearchEngine(db, { today: () => TODAY });
await reindexAll(db, engine, { kinds: ["formation"] });
console.log(
  `catalogue: ${report?.counts.formation.created ?? 0} formations imported and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

const ctx = createApiContext({ db, engine, siteUrl: "http://localhost:3000", anonymousPerMinute: 1_000_000, today: () => TODAY });
const request = (i: number) =>
  runApi(new Request(`http://localhost:3000/api/v1${QUERIES[i % QUERIES.length]}`, { headers: { "x-forwarded-for": `10.0.0.${i % 200}` } }), ctx, listFormations);

// Warm-up: the engine's in-memory columns and text cache, JIT.
for (let i = 0; i < QUERIES.length * 2; i++) await (await request(i)).arrayBuffer();

const latencies: number[] = [];
started = performance.now();
for (let i = 0; i < REQUESTS; i++) {
  const t0 = performance.now();
  const response = await request(i);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${QUERIES[i % QUERIES.length]} answered ${response.status}`);
  latencies.push(performance.now() - t0);
}
const sequentialSeconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]?.toFixed(1);

started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < REQUESTS) {
      const i = next++;
      await (await request(i)).arrayBuffer();
    }
  }),
);
const concurrentSeconds = (performance.now() - started) / 1000;

console.log(`machine: ${availableParallelism()} cores, load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
console.log(`typical search, one client:   ${(REQUESTS / sequentialSeconds).toFixed(0)} requests/s (p50 ${percentile(0.5)} ms, p95 ${percentile(0.95)} ms)`);
console.log(`typical search, ${CONCURRENCY} clients:    ${(REQUESTS / concurrentSeconds).toFixed(0)} requests/s`);
await handle.close();
