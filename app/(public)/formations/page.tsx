import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ActiveFilters } from "@/components/search/active-filters";
import { FormationResultCard } from "@/components/search/formation-result-card";
import { Pagination } from "@/components/search/pagination";
import { ResultList } from "@/components/search/result-card";
import { ResultsSummary } from "@/components/search/results-summary";
import { SearchPageLayout } from "@/components/search/search-page-layout";
import { SortSelect } from "@/components/search/sort-select";
import { getDb } from "@/db";
import { listDomainLabels } from "@/db/queries/domains";
import { findPlaceCoordinates, listPlaceNames } from "@/db/queries/places";
import { isoDateInTimeZone } from "@/lib/dates";
import { fr } from "@/lib/i18n/fr";
import { getSearchEngine } from "@/lib/search/app";
import {
  buildSearchHref,
  formationsUrlConfig,
  parseSearchParams,
  serializeSearchState,
  toSearchQuery,
  withoutCriteria,
} from "@/lib/search/url-state";
import { getSiteConfig } from "@/lib/site-config";
import { labelCriteria } from "./_components/criteria-labels";
import { FormationFilters } from "./_components/formation-filters";
import { FormationSearchBar } from "./_components/formation-search-bar";
import { FormationsEmpty } from "./_components/formations-empty";

type FormationsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: FormationsPageProps): Promise<Metadata> {
  const { regionName } = await getSiteConfig();
  const state = parseSearchParams(formationsUrlConfig, await searchParams);
  return {
    title: state.q ? `${fr.formations.title} : ${state.q}` : fr.formations.title,
    description: fr.formations.metaDescription(regionName),
    alternates: { canonical: "/formations" },
  };
}

export default async function FormationsPage({ searchParams }: FormationsPageProps) {
  const { regionName } = await getSiteConfig();
  const state = parseSearchParams(formationsUrlConfig, await searchParams);
  const db = getDb();
  const engine = getSearchEngine();
  const today = isoDateInTimeZone();

  const [place, placeNames] = await Promise.all([
    state.lieu ? findPlaceCoordinates(db, { query: state.lieu }) : null,
    listPlaceNames(db, { limit: 300 }),
  ]);
  const result = await engine.search(toSearchQuery(formationsUrlConfig, state, { near: place }));
  const domainLabels = await listDomainLabels(db, {
    values: [...(result.facets.domain ?? []).map((entry) => entry.value), ...(state.filters.domaine ?? [])],
  });
  const criteria = labelCriteria(state, { placeLabel: place?.label ?? null, domainLabels });

  const perPage = formationsUrlConfig.perPage ?? 20;
  const totalPages = Math.max(1, Math.ceil(result.total / perPage));
  const returnQuery = serializeSearchState(formationsUrlConfig, state).slice(1);
  const sortOptions = Object.keys(formationsUrlConfig.sorts)
    .filter((key) => place || formationsUrlConfig.sorts[key] !== "distance")
    .map((key) => ({ value: key, label: fr.formations.sorts[key] ?? key }));

  return (
    <>
      <PageHeader
        title={fr.formations.title}
        breadcrumbs={[{ label: fr.nav.formations }]}
        intro={fr.formations.intro(regionName)}
      />
      <SearchPageLayout
        formId="recherche-formations"
        action={formationsUrlConfig.path}
        searchLabel={fr.formations.searchLabel}
        searchBar={
          <FormationSearchBar
            state={state}
            placeNames={placeNames}
            placeError={state.lieu && !place ? fr.formations.placeNotFound(state.lieu) : undefined}
          />
        }
        activeFilterCount={criteria.length}
        saveQuery={serializeSearchState(formationsUrlConfig, state)}
        filters={
          <FormationFilters state={state} facets={result.facets} domainLabels={domainLabels} total={result.total} />
        }
        toolbar={
          <>
            <ActiveFilters
              filters={criteria}
              clearHref={buildSearchHref(formationsUrlConfig, state, withoutCriteria(formationsUrlConfig, state))}
            />
            <div className="flex flex-wrap items-center justify-between gap-3">
              <ResultsSummary total={result.total} noun={fr.formations.noun} query={state.q}>
                {place ? fr.formations.around(place.label, state.rayon) : null}
              </ResultsSummary>
              {result.total > 1 && <SortSelect options={sortOptions} value={state.tri} />}
            </div>
          </>
        }
      >
        {result.hits.length > 0 ? (
          <>
            <ResultList>
              {result.hits.map((hit) => (
                <li key={hit.doc.id}>
                  <FormationResultCard hit={hit} today={today} returnQuery={returnQuery} />
                </li>
              ))}
            </ResultList>
            <Pagination
              page={state.page}
              totalPages={totalPages}
              pageHref={(page) => buildSearchHref(formationsUrlConfig, state, { page })}
            />
          </>
        ) : (
          <FormationsEmpty state={state} result={result} criteria={criteria} place={place} lastPage={totalPages} />
        )}
      </SearchPageLayout>
    </>
  );
}
