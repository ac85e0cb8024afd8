import { labelEventCriteria } from "@/app/(public)/evenements/_components/event-filters";
import { labelFinancingCriteria } from "@/app/(public)/financements/_components/financing-filters";
import { labelCriteria } from "@/app/(public)/formations/_components/criteria-labels";
import { labelTradeCriteria } from "@/app/(public)/metiers/_components/trade-criteria";
import { labelOrganisationCriteria } from "@/app/(public)/organismes/_components/organisation-criteria";
import { labelResourceCriteria } from "@/app/(public)/ressources/_components/resource-filters";
import { labelStructureCriteria, structureFilters } from "@/app/(public)/structures/_components/structure-filters";
import type { DbOrTx } from "@/db/client";
import { listDomainLabels } from "@/db/queries/domains";
import { listEditorialCodeLabels } from "@/db/queries/editorial";
import { findPlaceCoordinates } from "@/db/queries/places";
import { listTradeDomains, listTradeGreatDomains } from "@/db/queries/trades";
import type { SearchUrlState } from "@/lib/search/url-state";
import { SAVED_SEARCH_LABEL_MAX, type SavedSearchEngine } from "@/lib/validations/saved-searches";

/**
 * The name a saved search gets: the query text and the active filters as the engine page labels
 * them in its chips ("« soudeur » · Haute-Garonne · Niveau 4 (CAP, BEP)"). The engines' own
 * label helpers are reused, so a saved search reads like the page it came from.
 */

const SEPARATOR = " · ";

/** For a search without text or filter: "every <thing>" of the engine. */
const EVERYTHING: Record<SavedSearchEngine, string> = {
  recherche: "Tout le site",
  formations: "Toutes les formations",
  metiers: "Tous les métiers",
  organismes: "Tous les organismes",
  evenements: "Tous les évènements",
  structures: "Toutes les structures d'accompagnement",
  financements: "Toutes les aides au financement",
  ressources: "Toutes les ressources",
};

async function placeLabel(db: DbOrTx, state: SearchUrlState): Promise<string | null> {
  if (!state.lieu) return null;
  return (await findPlaceCoordinates(db, { query: state.lieu }))?.label ?? null;
}

/** The chip labels of the active criteria, looking up only the vocabularies the state uses. */
async function criteriaLabels(db: DbOrTx, engine: SavedSearchEngine, state: SearchUrlState): Promise<string[]> {
  switch (engine) {
    case "recherche":
      return [];
    case "formations": {
      const domainLabels = await listDomainLabels(db, { values: state.filters.domaine ?? [] });
      return labelCriteria(state, { placeLabel: await placeLabel(db, state), domainLabels }).map((c) => c.label);
    }
    case "metiers": {
      if (Object.keys(state.filters).length === 0) return [];
      const [greatDomains, domains] = await Promise.all([listTradeGreatDomains(db), listTradeDomains(db)]);
      return labelTradeCriteria(state, {
        greatDomains: new Map(greatDomains.map((d) => [d.code, d.label])),
        domains: new Map(domains.map((d) => [d.code, d.label])),
      }).map((c) => c.label);
    }
    case "organismes":
      return labelOrganisationCriteria(state).map((c) => c.label);
    case "evenements":
      return labelEventCriteria(state, await placeLabel(db, state)).map((c) => c.label);
    case "structures": {
      const definitions = structureFilters(await listEditorialCodeLabels(db));
      return labelStructureCriteria(state, definitions, await placeLabel(db, state)).map((c) => c.label);
    }
    case "financements":
      return labelFinancingCriteria(state).map((c) => c.label);
    case "ressources":
      return labelResourceCriteria(state).map((c) => c.label);
  }
}

/** Shortens at a word boundary, so a long list of filters still fits the list of searches. */
export function truncateLabel(label: string, max = SAVED_SEARCH_LABEL_MAX): string {
  if (label.length <= max) return label;
  const cut = label.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s·]+$/, "")}…`;
}

export async function buildSavedSearchLabel(db: DbOrTx, engine: SavedSearchEngine, state: SearchUrlState): Promise<string> {
  const parts = [state.q ? `« ${state.q} »` : null, ...(await criteriaLabels(db, engine, state))].filter(
    (part): part is string => Boolean(part),
  );
  return truncateLabel(parts.length > 0 ? parts.join(SEPARATOR) : EVERYTHING[engine]);
}
