import Link from "next/link";
import { EmptyResults, type EmptyResultsLink } from "@/components/search/empty-results";
import { engineHref, listAvailableEngines } from "@/components/search/engines";
import type { PlaceCoordinates } from "@/db/queries/places";
import { fr } from "@/lib/i18n/fr";
import { pluralize } from "@/lib/i18n/format";
import { getSearchEngine } from "@/lib/search/app";
import type { SearchResult } from "@/lib/search/types";
import {
  buildSearchHref,
  formationsUrlConfig,
  type SearchUrlState,
  toSearchQuery,
  withoutCriterion,
} from "@/lib/search/url-state";
import type { LabelledCriterion } from "./criteria-labels";

/** Beyond this many active criteria, counting each removal costs more than it helps. */
const MAX_COUNTED_REMOVALS = 6;

type FormationsEmptyProps = {
  state: SearchUrlState;
  result: SearchResult;
  criteria: LabelledCriterion[];
  place: PlaceCoordinates | null;
  lastPage: number;
};

/**
 * No training on this page: a page number past the end, or a search that finds nothing. The latter
 * gets the engine's spelling suggestion, each filter to drop with what it would give, and the
 * other engines with their counts for the same text.
 */
export async function FormationsEmpty({ state, result, criteria, place, lastPage }: FormationsEmptyProps) {
  if (result.total > 0) {
    return (
      <p className="rounded-card border border-line bg-surface p-6">
        <Link
          href={buildSearchHref(formationsUrlConfig, state, { page: lastPage })}
          className="font-semibold text-brand-700 underline"
        >
          {fr.searchKit.pageLabel(lastPage)}
        </Link>
      </p>
    );
  }
  const engine = getSearchEngine();
  const counted = criteria.length <= MAX_COUNTED_REMOVALS;
  const [removalTotals, kindCounts] = await Promise.all([
    counted
      ? Promise.all(
          criteria.map(async ({ criterion }) => {
            const without = { ...state, ...withoutCriterion(formationsUrlConfig, state, criterion), page: 1 };
            const query = toSearchQuery(formationsUrlConfig, without, { near: criterion.type === "place" ? null : place });
            const found = await engine.search({ ...query, facets: [], page: 1, perPage: 1 });
            return found.total;
          }),
        )
      : null,
    state.q ? engine.countByKind(state.q) : null,
  ]);

  const removals: EmptyResultsLink[] = criteria.map((criterion, index) => ({
    label: fr.searchKit.withoutFilter(criterion.group ? `${criterion.group} : ${criterion.label}` : criterion.label),
    href: criterion.removeHref,
    count: removalTotals?.[index],
  }));
  const otherEngines: EmptyResultsLink[] = listAvailableEngines()
    .filter((other) => other.kind !== "formation")
    .map((other) => {
      const count = kindCounts?.[other.kind];
      return {
        label: fr.searchKit.searchIn(pluralize(2, other.noun)),
        href: engineHref(other, state.q),
        count,
      };
    });

  return (
    <EmptyResults
      query={state.q || undefined}
      suggestion={
        result.suggestion
          ? { label: result.suggestion, href: buildSearchHref(formationsUrlConfig, state, { q: result.suggestion }) }
          : undefined
      }
      removals={removals}
      centralHref={engineHref({ href: "/recherche" }, state.q)}
      otherEngines={otherEngines}
    />
  );
}
