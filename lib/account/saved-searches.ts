import "server-only";
import { and, count, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type SavedSearch, savedSearches, users } from "@/db/schema";
import { type ActionResult, fail, ok } from "@/lib/actions/result";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import type { SearchEngine } from "@/lib/search/types";
import {
  collectSavedSearchResults,
  isSavedSearchEngine,
  KNOWN_IDS_LIMIT,
  normaliseSavedQuery,
  SAVED_SEARCH_ENGINE_NAMES,
  type SavedSearchEngine,
  savedSearchHref,
} from "./saved-search-engines";
import { buildSavedSearchLabel } from "./saved-search-labels";

export { KNOWN_IDS_LIMIT };

/**
 * Saved searches of the personal space. Services take (db, actor, input) and check the permission
 * themselves; changes to one search check its ownership, so a forged id cannot touch another
 * person's search. Expected refusals (cap, unknown engine) come back as failed results.
 */

/** Per person: enough for real use, bounded so the daily alert job stays cheap. */
export const MAX_SAVED_SEARCHES = 50;

export type SavedSearchServices = { search: SearchEngine };

export type SavedSearchView = {
  id: number;
  engine: SavedSearchEngine;
  engineName: string;
  query: string;
  label: string;
  alert: boolean;
  /** The engine page showing the search. */
  href: string;
  createdAt: Date;
  lastCheckedAt: Date | null;
  lastAlertAt: Date | null;
};

export const SAVED_SEARCH_MESSAGES = {
  saved: "Recherche enregistrée.",
  savedWithAlert: "Recherche enregistrée. Vous recevrez un courriel quand de nouveaux résultats apparaîtront.",
  alreadySaved: "Cette recherche fait déjà partie de vos recherches enregistrées.",
  unknownEngine: "Ce moteur de recherche ne peut pas être enregistré.",
  emptyCentral: "Saisissez d'abord des mots-clés : une recherche sur tout le site sans mot-clé ne peut pas être enregistrée.",
  limit: `Vous avez atteint la limite de ${MAX_SAVED_SEARCHES} recherches enregistrées. Supprimez-en une depuis « Mes recherches » pour en ajouter une nouvelle.`,
  notFound: "Cette recherche enregistrée n'existe plus : elle a peut-être déjà été supprimée.",
  renamed: "Recherche renommée.",
  alertOn: "Alerte activée : vous recevrez un courriel quand de nouveaux résultats apparaîtront.",
  alertOff: "Alerte désactivée.",
  deleted: "Recherche supprimée.",
} as const;

function toView(row: SavedSearch): SavedSearchView | null {
  if (!isSavedSearchEngine(row.engine)) return null;
  return {
    id: row.id,
    engine: row.engine,
    engineName: SAVED_SEARCH_ENGINE_NAMES[row.engine],
    query: row.query,
    label: row.label,
    alert: row.alert,
    href: savedSearchHref(row.engine, row.query),
    createdAt: row.createdAt,
    lastCheckedAt: row.lastCheckedAt,
    lastAlertAt: row.lastAlertAt,
  };
}

function mustView(row: SavedSearch): SavedSearchView {
  const view = toView(row);
  if (!view) throw new Error(`Saved search ${row.id} has an unknown engine: ${row.engine}`);
  return view;
}

/** The result ids a search has now: saving or re-enabling an alert starts the watch from here. */
async function currentResultIds(db: DbOrTx, services: SavedSearchServices, engine: SavedSearchEngine, query: string) {
  const { state } = normaliseSavedQuery(engine, query);
  const results = await collectSavedSearchResults(db, services.search, engine, state, KNOWN_IDS_LIMIT);
  return results.map((result) => result.key);
}

export type SaveSearchResult = SavedSearchView & { created: boolean };

export async function saveSearch(
  db: DbOrTx,
  actor: Actor | null | undefined,
  input: { engine: string; query: string; alert?: boolean },
  services: SavedSearchServices,
): Promise<ActionResult<SaveSearchResult>> {
  assertCan(actor, "account:use");
  if (!isSavedSearchEngine(input.engine)) return fail(SAVED_SEARCH_MESSAGES.unknownEngine);
  const engine = input.engine;
  const { state, query } = normaliseSavedQuery(engine, input.query);
  if (engine === "recherche" && !state.q) return fail(SAVED_SEARCH_MESSAGES.emptyCentral);

  const alert = input.alert ?? false;
  const sameSearch = and(eq(savedSearches.userId, actor.id), eq(savedSearches.engine, engine), eq(savedSearches.query, query));

  // Saved already and nothing to change: no need to search.
  const [known] = await db.select().from(savedSearches).where(sameSearch);
  if (known && (known.alert || !alert)) return ok({ ...mustView(known), created: false }, SAVED_SEARCH_MESSAGES.alreadySaved);

  // Read before the transaction: searching may take a moment and needs no lock.
  const label = await buildSavedSearchLabel(db, engine, state);
  const knownIds = await currentResultIds(db, services, engine, query);

  return db.transaction(async (tx) => {
    // Serialises one person's saves, so two quick clicks cannot pass the cap or the dedupe.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, actor.id)).for("update");
    const [existing] = await tx.select().from(savedSearches).where(sameSearch);
    if (existing) {
      if (alert && !existing.alert) {
        const [updated] = await tx
          .update(savedSearches)
          .set({ alert: true, knownIds })
          .where(and(eq(savedSearches.id, existing.id), eq(savedSearches.userId, actor.id)))
          .returning();
        return ok({ ...mustView(updated!), created: false }, SAVED_SEARCH_MESSAGES.alertOn);
      }
      return ok({ ...mustView(existing), created: false }, SAVED_SEARCH_MESSAGES.alreadySaved);
    }
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(savedSearches).where(eq(savedSearches.userId, actor.id));
    if (n >= MAX_SAVED_SEARCHES) return fail(SAVED_SEARCH_MESSAGES.limit);
    const [row] = await tx
      .insert(savedSearches)
      .values({ userId: actor.id, engine, query, label, alert, knownIds })
      .returning();
    return ok(
      { ...mustView(row!), created: true },
      alert ? SAVED_SEARCH_MESSAGES.savedWithAlert : SAVED_SEARCH_MESSAGES.saved,
    );
  });
}

/** Loads a search and checks that the actor owns it (ForbiddenError otherwise). */
async function loadOwned(db: DbOrTx, actor: Actor | null | undefined, id: number): Promise<SavedSearch | null> {
  assertCan(actor, "account:use");
  const [row] = await db.select().from(savedSearches).where(eq(savedSearches.id, id));
  if (!row) return null;
  assertCan(actor, "account:use", { type: "owned", ownerId: row.userId });
  return row;
}

export async function renameSearch(
  db: DbOrTx,
  actor: Actor | null | undefined,
  input: { id: number; label: string },
): Promise<ActionResult<SavedSearchView>> {
  const row = await loadOwned(db, actor, input.id);
  if (!row) return fail(SAVED_SEARCH_MESSAGES.notFound);
  const [updated] = await db
    .update(savedSearches)
    .set({ label: input.label })
    .where(and(eq(savedSearches.id, row.id), eq(savedSearches.userId, row.userId)))
    .returning();
  return updated ? ok(mustView(updated), SAVED_SEARCH_MESSAGES.renamed) : fail(SAVED_SEARCH_MESSAGES.notFound);
}

/**
 * Turns the daily alert on or off. Turning it on restarts the watch from today's results: the
 * first email then reports what appeared since, not everything since the search was saved.
 */
export async function setAlert(
  db: DbOrTx,
  actor: Actor | null | undefined,
  input: { id: number; alert: boolean },
  services: SavedSearchServices,
): Promise<ActionResult<SavedSearchView>> {
  const row = await loadOwned(db, actor, input.id);
  if (!row) return fail(SAVED_SEARCH_MESSAGES.notFound);
  const restart = input.alert && !row.alert && isSavedSearchEngine(row.engine);
  const knownIds = restart ? await currentResultIds(db, services, row.engine as SavedSearchEngine, row.query) : row.knownIds;
  const [updated] = await db
    .update(savedSearches)
    .set({ alert: input.alert, knownIds })
    .where(and(eq(savedSearches.id, row.id), eq(savedSearches.userId, row.userId)))
    .returning();
  if (!updated) return fail(SAVED_SEARCH_MESSAGES.notFound);
  return ok(mustView(updated), input.alert ? SAVED_SEARCH_MESSAGES.alertOn : SAVED_SEARCH_MESSAGES.alertOff);
}

export async function deleteSearch(
  db: DbOrTx,
  actor: Actor | null | undefined,
  input: { id: number },
): Promise<ActionResult<{ id: number; label: string }>> {
  const row = await loadOwned(db, actor, input.id);
  if (!row) return fail(SAVED_SEARCH_MESSAGES.notFound);
  await db.delete(savedSearches).where(and(eq(savedSearches.id, row.id), eq(savedSearches.userId, row.userId)));
  return ok({ id: row.id, label: row.label }, SAVED_SEARCH_MESSAGES.deleted);
}

/** The actor's saved searches, newest first, with the URL reopening each. */
export async function listSavedSearches(db: DbOrTx, actor: Actor | null | undefined): Promise<SavedSearchView[]> {
  assertCan(actor, "account:use");
  const rows = await db
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.userId, actor.id))
    .orderBy(desc(savedSearches.createdAt), desc(savedSearches.id));
  return rows.map(toView).filter((view): view is SavedSearchView => view !== null);
}

/** The actor's saved search for this engine page, if any (the search pages show it as saved). */
export async function findSavedSearch(
  db: DbOrTx,
  actor: Actor | null | undefined,
  input: { engine: SavedSearchEngine; query: string },
): Promise<SavedSearchView | null> {
  assertCan(actor, "account:use");
  const { query } = normaliseSavedQuery(input.engine, input.query);
  const [row] = await db
    .select()
    .from(savedSearches)
    .where(
      and(eq(savedSearches.userId, actor.id), eq(savedSearches.engine, input.engine), eq(savedSearches.query, query)),
    );
  return row ? toView(row) : null;
}

/** Whether the actor receives alert emails at all (the setting of /espace/compte). */
export async function getAlertsEnabled(db: DbOrTx, actor: Actor | null | undefined): Promise<boolean> {
  assertCan(actor, "account:use");
  const [row] = await db.select({ alertsEnabled: users.alertsEnabled }).from(users).where(eq(users.id, actor.id));
  return row?.alertsEnabled ?? false;
}
