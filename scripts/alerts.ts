/**
 * Runs the saved-search alerts once: `npm run alerts`. The server does it every ALERTS_EVERY_HOURS
 * (SCHEDULER=on); this is for SCHEDULER=off with a cron, or to check a configuration by hand.
 * Without RESEND_API_KEY the digests land in the outbox (back office). With PGlite, stop the app
 * first: the data directory can only be opened by one process at a time.
 */
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { describeSearchAlertSummary, runSearchAlerts } from "@/lib/account/search-alerts";
import { createResendTransport } from "@/lib/email/transport";
import { getEnv } from "@/lib/env";
import { databaseOptionsFromEnv } from "@/lib/runtime/database-config";
import { createSearchEngine } from "@/lib/search";

async function main(): Promise<number> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log("Usage : npm run alerts (relance les recherches enregistrées avec alerte et envoie les courriels)");
    return 0;
  }
  const env = getEnv();
  const handle = openDatabase(databaseOptionsFromEnv(env));
  try {
    await runMigrations(handle);
    const engine = createSearchEngine({ db: handle.db, env });
    const health = await engine.health();
    if (!health.ok) {
      console.error(`Moteur de recherche ${health.engine} indisponible : ${health.detail ?? "sans détail"}`);
      return 1;
    }
    const transport = env.RESEND_API_KEY ? createResendTransport(env.RESEND_API_KEY) : null;
    console.log(`Alertes de recherche (${health.engine}, base ${handle.kind}, envoi : ${transport ? "Resend" : "boîte d'envoi"})`);
    const started = performance.now();
    const summary = await runSearchAlerts(handle.db, {
      search: engine,
      account: { siteUrl: env.SITE_URL, siteName: env.SITE_NAME, mail: { from: env.EMAIL_FROM, transport } },
    });
    console.log(`  ${describeSearchAlertSummary(summary)}`);
    console.log(`Terminé en ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return summary.failures > 0 ? 1 : 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
