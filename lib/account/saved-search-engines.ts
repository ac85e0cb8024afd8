import { organisationsUrlConfig, withCompactSiret } from "@/app/(public)/organismes/_components/organisations-url-config";
import { tradesUrlConfig } from "@/app/(public)/metiers/_components/trades-url-config";
import type { DbOrTx } from "@/db/client";
import { findPlaceCoordinates } from "@/db/queries/places";
import { fr } from "@/lib/i18n/fr";
import { listPrimaryNavigation } from "@/lib/navigation";
import type { SearchEngine, SearchKind, SearchQuery } from "@/lib/search/types";
import {
  centralUrlConfig,
  eventsUrlConfig,
  financingUrlConfig,
  formationsUrlConfig,
  parseSearchParams,
  resourcesUrlConfig,
  type SearchUrlConfig,
  type SearchUrlState,
  serializeSearchState,
  structuresUrlConfig,
  toSearchQuery,
} from "@/lib/search/url-state";
import { SAVED_SEARCH_ENGINES, type SavedSearchEngine } from "@/lib/validations/saved-searches";

/**
 * What a saved search stands for: an engine page and its URL state. The URL configs of the
 * engine pages are the single source, so a saved search reopens exactly the page it was saved
 * from and the alert job runs the same engine query as that page.
 */

export { SAVED_SEARCH_ENGINES, type SavedSearchEngine };

const CONFIGS: Record<SavedSearchEngine, SearchUrlConfig> = {
  recherche: centralUrlConfig,
  formations: formationsUrlConfig,
  metiers: tradesUrlConfig,
  organismes: organisationsUrlConfig,
  evenements: eventsUrlConfig,
  structures: structuresUrlConfig,
  financements: financingUrlConfig,
  ressources: resourcesUrlConfig,
};

/** The engine's name as the personal space lists it. */
export const SAVED_SEARCH_ENGINE_NAMES: Record<SavedSearchEngine, string> = {
  recherche: "Tout le site",
  formations: fr.nav.formations,
  metiers: fr.nav.trades,
  organismes: fr.nav.organisations,
  evenements: fr.nav.events,
  structures: fr.nav.structures,
  financements: fr.nav.funding,
  ressources: fr.nav.resources,
};

/** Kinds the central page groups, with the page configs that narrow them (upcoming only). */
const CENTRAL_KINDS: { kind: SearchKind; href: string; config?: SearchUrlConfig }[] = [
  { kind: "formation", href: "/formations", config: formationsUrlConfig },
  { kind: "metier", href: "/metiers" },
  { kind: "organisme", href: "/organismes" },
  { kind: "evenement", href: "/evenements", config: eventsUrlConfig },
  { kind: "financement", href: "/financements" },
  { kind: "structure", href: "/structures" },
  { kind: "ressource", href: "/ressources" },
];

export function isSavedSearchEngine(value: string): value is SavedSearchEngine {
  return (SAVED_SEARCH_ENGINES as readonly string[]).includes(value);
}

export function savedSearchConfig(engine: SavedSearchEngine): SearchUrlConfig {
  return CONFIGS[engine];
}

export type NormalisedSavedQuery = { state: SearchUrlState; query: string };

/**
 * The canonical form of a search: parsed with the engine's URL config (unknown parameters and
 * bad values dropped, values in a stable order), without the page, so the same search saved
 * from page 1 or page 4 is one saved search. The query string has no leading "?".
 */
export function normaliseSavedQuery(engine: SavedSearchEngine, raw: string): NormalisedSavedQuery {
  const config = CONFIGS[engine];
  const parsed = parseSearchParams(config, new URLSearchParams(raw.trim().replace(/^\?/, "")));
  const state = { ...parsed, page: 1 };
  return { state, query: serializeSearchState(config, state).replace(/^\?/, "") };
}

/** The engine page showing a saved search. */
export function savedSearchHref(engine: SavedSearchEngine, query: string): string {
  return query ? `${CONFIGS[engine].path}?${query}` : CONFIGS[engine].path;
}

/** The engine queries behind a saved search: one, or one per kind for the central page. */
export async function buildEngineQueries(db: DbOrTx, engine: SavedSearchEngine, state: SearchUrlState): Promise<SearchQuery[]> {
  if (engine === "recherche") {
    if (!state.q) return [];
    const available = new Set(listPrimaryNavigation().map((item) => item.href));
    // As on the central page: formations and events count upcoming ones only.
    return CENTRAL_KINDS.filter((entry) => available.has(entry.href)).map(({ kind, config }) =>
      config ? toSearchQuery(config, parseSearchParams(config, { q: state.q })) : { kinds: [kind], q: state.q },
    );
  }
  const config = CONFIGS[engine];
  // An unknown place is dropped, as the page does (it then shows the results without a radius).
  const near = config.place && state.lieu ? await findPlaceCoordinates(db, { query: state.lieu }) : null;
  const query = toSearchQuery(config, state, { near });
  return [engine === "organismes" ? withCompactSiret(query) : query];
}

/** A result as an alert reports it; `key` is "kind:id", unique across the central page's kinds. */
export type SavedSearchResult = { key: string; title: string; url: string };

const PAGE_SIZE = 100;
/** Result ids remembered per search; Meilisearch pages no further than 1,000 hits anyway. */
export const KNOWN_IDS_LIMIT = 1000;

/**
 * The first `limit` results of a saved search, in the page's order. The limit is shared between
 * the queries of the central page, so each kind is watched, not only the most numerous.
 */
export async function collectSavedSearchResults(
  db: DbOrTx,
  search: SearchEngine,
  engine: SavedSearchEngine,
  state: SearchUrlState,
  limit: number,
): Promise<SavedSearchResult[]> {
  const queries = await buildEngineQueries(db, engine, state);
  const perQuery = queries.length > 0 ? Math.max(1, Math.floor(limit / queries.length)) : 0;
  const seen = new Set<string>();
  const results: SavedSearchResult[] = [];
  for (const query of queries) {
    // One page size for every page: the engines page by offset (page - 1) * perPage.
    const perPage = Math.min(PAGE_SIZE, perQuery);
    let taken = 0;
    for (let page = 1; taken < perQuery; page += 1) {
      // Facets are counted for the sidebar only; an alert needs none.
      const { hits } = await search.search({ ...query, facets: [], page, perPage });
      for (const hit of hits.slice(0, perQuery - taken)) {
        const key = `${hit.doc.kind}:${hit.doc.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        results.push({ key, title: hit.doc.title, url: hit.doc.url });
      }
      taken += hits.length;
      if (hits.length < perPage) break;
    }
  }
  return results;
}
