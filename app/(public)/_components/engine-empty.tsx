import Link from "next/link";
import type { ReactNode } from "react";
import type { ActiveFilter } from "@/components/search/active-filters";
import { EmptyResults, type EmptyResultsLink } from "@/components/search/empty-results";
import { engineHref, listAvailableEngines } from "@/components/search/engines";
import { fr } from "@/lib/i18n/fr";
import { pluralize } from "@/lib/i18n/format";
import { getSearchEngine } from "@/lib/search/app";
import type { SearchKind, SearchQuery, SearchResult } from "@/lib/search/types";
import {
  type ActiveCriterion,
  buildSearchHref,
  type SearchUrlConfig,
  type SearchUrlState,
  withoutCriterion,
} from "@/lib/search/url-state";

type EngineEmptyProps = {
  kind: SearchKind;
  config: SearchUrlConfig;
  state: SearchUrlState;
  result: SearchResult;
  criteria: (ActiveFilter & { criterion: ActiveCriterion })[];
  lastPage: number;
  /** The engine query of a state, as the page builds it (facet value mapping included). */
  toQuery: (state: SearchUrlState) => SearchQuery;
  children?: ReactNode;
};

/**
 * No result on a single-query engine page (métiers, organismes): a page past the end gets a link
 * back; an empty search gets the spelling suggestion, each filter to drop with what it would give,
 * and the other engines with their counts for the same text.
 */
export async function EngineEmpty({ kind, config, state, result, criteria, lastPage, toQuery, children }: EngineEmptyProps) {
  if (result.total > 0) {
    return (
      <p className="rounded-card border border-line bg-surface p-6">
        <Link href={buildSearchHref(config, state, { page: lastPage })} className="font-semibold text-brand-700 underline">
          {fr.searchKit.pageLabel(lastPage)}
        </Link>
      </p>
    );
  }
  const engine = getSearchEngine();
  const [removalTotals, kindCounts] = await Promise.all([
    Promise.all(
      criteria.map(async ({ criterion }) => {
        const query = toQuery({ ...state, ...withoutCriterion(config, state, criterion), page: 1 });
        return (await engine.search({ ...query, facets: [], page: 1, perPage: 1 })).total;
      }),
    ),
    state.q ? engine.countByKind(state.q) : null,
  ]);
  const removals: EmptyResultsLink[] = criteria.map((criterion, index) => ({
    label: fr.searchKit.withoutFilter(criterion.group ? `${criterion.group} : ${criterion.label}` : criterion.label),
    href: criterion.removeHref,
    count: removalTotals[index],
  }));
  const otherEngines: EmptyResultsLink[] = listAvailableEngines()
    .filter((other) => other.kind !== kind)
    .map((other) => ({
      label: fr.searchKit.searchIn(pluralize(2, other.noun)),
      href: engineHref(other, state.q),
      count: kindCounts?.[other.kind],
    }));

  return (
    <EmptyResults
      query={state.q || undefined}
      suggestion={
        result.suggestion
          ? { label: result.suggestion, href: buildSearchHref(config, state, { q: result.suggestion }) }
          : undefined
      }
      removals={removals}
      centralHref={engineHref({ href: "/recherche" }, state.q)}
      otherEngines={otherEngines}
    >
      {children}
    </EmptyResults>
  );
}
