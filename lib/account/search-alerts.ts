import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { type SavedSearch, savedSearches, type User, users } from "@/db/schema";
import { type AccountContext, siteLink } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { sendEmail } from "@/lib/email/send";
import type { Job } from "@/lib/jobs/scheduler";
import { type SearchAlertEntry, searchAlertTemplate } from "@/lib/email/templates";
import type { SearchEngine } from "@/lib/search/types";
import {
  collectSavedSearchResults,
  isSavedSearchEngine,
  KNOWN_IDS_LIMIT,
  normaliseSavedQuery,
  SAVED_SEARCH_ENGINE_NAMES,
  savedSearchHref,
  type SavedSearchResult,
} from "./saved-search-engines";

/**
 * The daily alert job: each saved search with an alert, of an active account that accepts alerts,
 * is run again through the search engine; results whose ids the search did not know yet are new.
 * Each person gets one digest for all their searches, through sendEmail (the outbox when no
 * provider is configured); the ids are then remembered so the same result is never sent twice.
 */

export type SearchAlertContext = {
  search: SearchEngine;
  account: AccountContext;
  now?: Date;
};

export type SearchAlertSummary = {
  /** Saved searches run. */
  checked: number;
  newResults: number;
  emails: number;
  /** Searches that could not run, or digests the provider refused (retried next time). */
  failures: number;
};

/** Results listed in the email per search; the others are counted. */
const RESULTS_PER_SEARCH = 5;

type Owner = Pick<User, "id" | "email" | "roles" | "status">;
type Checked = { row: SavedSearch; results: SavedSearchResult[]; fresh: SavedSearchResult[] };

/** The ids to remember: today's results first, then older ones still fitting under the cap. */
export function mergeKnownIds(current: string[], previous: string[], limit = KNOWN_IDS_LIMIT): string[] {
  return [...new Set([...current, ...previous])].slice(0, limit);
}

async function listAlertedSearches(db: DbOrTx) {
  const rows = await db
    .select({ search: savedSearches, owner: { id: users.id, email: users.email, roles: users.roles, status: users.status } })
    .from(savedSearches)
    .innerJoin(users, eq(users.id, savedSearches.userId))
    .where(and(eq(savedSearches.alert, true), eq(users.alertsEnabled, true), eq(users.status, "active")))
    .orderBy(asc(savedSearches.userId), asc(savedSearches.createdAt), asc(savedSearches.id));
  const byOwner = new Map<string, { owner: Owner; searches: SavedSearch[] }>();
  for (const { search, owner } of rows) {
    const entry = byOwner.get(owner.id) ?? { owner, searches: [] };
    entry.searches.push(search);
    byOwner.set(owner.id, entry);
  }
  return [...byOwner.values()];
}

async function checkSearch(db: DbOrTx, search: SearchEngine, row: SavedSearch): Promise<Checked | null> {
  if (!isSavedSearchEngine(row.engine)) return null;
  const { state } = normaliseSavedQuery(row.engine, row.query);
  const results = await collectSavedSearchResults(db, search, row.engine, state, KNOWN_IDS_LIMIT);
  const known = new Set(row.knownIds);
  return { row, results, fresh: results.filter((result) => !known.has(result.key)) };
}

function digestEntry(ctx: AccountContext, { row, fresh }: Checked): SearchAlertEntry {
  const engine = row.engine as keyof typeof SAVED_SEARCH_ENGINE_NAMES;
  return {
    label: row.label,
    engineName: SAVED_SEARCH_ENGINE_NAMES[engine],
    link: siteLink(ctx, savedSearchHref(engine, row.query)),
    results: fresh.slice(0, RESULTS_PER_SEARCH).map((result) => ({ title: result.title, link: siteLink(ctx, result.url) })),
    more: Math.max(0, fresh.length - RESULTS_PER_SEARCH),
  };
}

export async function runSearchAlerts(db: DbOrTx, ctx: SearchAlertContext): Promise<SearchAlertSummary> {
  const now = ctx.now ?? new Date();
  const summary: SearchAlertSummary = { checked: 0, newResults: 0, emails: 0, failures: 0 };

  for (const { owner, searches } of await listAlertedSearches(db)) {
    // The query already keeps active accounts only; the permission module has the last word.
    if (!can(owner, "account:use")) continue;
    const checked: Checked[] = [];
    for (const row of searches) {
      try {
        const result = await checkSearch(db, ctx.search, row);
        if (!result) continue;
        checked.push(result);
        summary.checked += 1;
      } catch (error) {
        summary.failures += 1;
        console.error(`[alertes] recherche ${row.id} impossible à relancer :`, error);
      }
    }
    const withNews = checked.filter((entry) => entry.fresh.length > 0);
    let delivered = true;
    if (withNews.length > 0) {
      const email = searchAlertTemplate(ctx.account.siteName, withNews.map((entry) => digestEntry(ctx.account, entry)), {
        manage: siteLink(ctx.account, "/espace/recherches"),
        settings: siteLink(ctx.account, "/espace/compte"),
      });
      const sent = await sendEmail(db, { to: owner.email, ...email, template: "search-alert" }, ctx.account.mail);
      delivered = sent.status !== "failed";
      if (delivered) {
        summary.emails += 1;
        summary.newResults += withNews.reduce((sum, entry) => sum + entry.fresh.length, 0);
      } else {
        summary.failures += 1;
      }
    }
    await rememberResults(db, checked, { now, delivered });
  }
  return summary;
}

/**
 * Records what was checked. When the digest could not be delivered the known ids stay as they
 * were, so tomorrow's run reports the same results again instead of losing them.
 */
async function rememberResults(db: DbOrTx, checked: Checked[], outcome: { now: Date; delivered: boolean }) {
  if (checked.length === 0) return;
  await db.transaction(async (tx) => {
    for (const { row, results, fresh } of checked) {
      const reported = outcome.delivered && fresh.length > 0;
      await tx
        .update(savedSearches)
        .set({
          lastCheckedAt: outcome.now,
          ...(outcome.delivered ? { knownIds: mergeKnownIds(results.map((r) => r.key), row.knownIds) } : {}),
          ...(reported ? { lastAlertAt: outcome.now } : {}),
        })
        .where(and(eq(savedSearches.id, row.id), eq(savedSearches.userId, row.userId)));
    }
  });
}

/** One line for the scheduler's log and the `npm run alerts` script. */
export function describeSearchAlertSummary(summary: SearchAlertSummary): string {
  const parts = [
    `${summary.checked} recherche(s) relancée(s)`,
    `${summary.newResults} nouveau(x) résultat(s)`,
    `${summary.emails} courriel(s)`,
  ];
  if (summary.failures > 0) parts.push(`${summary.failures} échec(s)`);
  return parts.join(", ");
}

/** The scheduler's job; the engine and the mail settings are resolved at run time, so listing jobs opens nothing. */
export function createSearchAlertJob(options: {
  everyHours: number;
  getEngine: (db: Db) => SearchEngine;
  getAccountContext: () => AccountContext;
}): Job {
  return {
    name: "search-alerts",
    everyMs: Math.round(options.everyHours * 3_600_000),
    run: async (db) =>
      describeSearchAlertSummary(
        await runSearchAlerts(db, { search: options.getEngine(db), account: options.getAccountContext() }),
      ),
  };
}
