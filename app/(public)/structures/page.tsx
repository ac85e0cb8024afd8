import type { Metadata } from "next";
import { cache } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { ActiveFilters } from "@/components/search/active-filters";
import { Pagination } from "@/components/search/pagination";
import { ResultList } from "@/components/search/result-card";
import { ResultsSummary } from "@/components/search/results-summary";
import { SearchPageLayout } from "@/components/search/search-page-layout";
import { SortSelect } from "@/components/search/sort-select";
import { getDb } from "@/db";
import { listEditorialCodeLabels } from "@/db/queries/editorial";
import { findPlaceCoordinates, listPlaceNames } from "@/db/queries/places";
import { fr } from "@/lib/i18n/fr";
import { getSearchEngine } from "@/lib/search/app";
import {
  buildSearchHref,
  parseSearchParams,
  type SearchUrlState,
  structuresUrlConfig,
  toSearchQuery,
  withoutCriteria,
} from "@/lib/search/url-state";
import { getSiteConfig } from "@/lib/site-config";
import { EngineEmpty } from "../_components/engine-empty";
import { FacetFilters } from "../_components/facet-filters";
import { PlaceSearchBar } from "../_components/place-search-bar";
import { labelStructureCriteria, structureFilters } from "./_components/structure-filters";
import { StructureResultCard } from "./_components/structure-result-card";

type StructuresPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadLabels = cache(() => listEditorialCodeLabels(getDb()));

export async function generateMetadata({ searchParams }: StructuresPageProps): Promise<Metadata> {
  const { regionName } = await getSiteConfig();
  const state = parseSearchParams(structuresUrlConfig, await searchParams);
  return {
    title: state.q ? `${fr.structures.title} : ${state.q}` : fr.structures.title,
    description: fr.structures.metaDescription(regionName),
    alternates: { canonical: "/structures" },
  };
}

export default async function StructuresPage({ searchParams }: StructuresPageProps) {
  await getSiteConfig();
  const state = parseSearchParams(structuresUrlConfig, await searchParams);
  const db = getDb();
  const [place, placeNames, labels] = await Promise.all([
    state.lieu ? findPlaceCoordinates(db, { query: state.lieu }) : null,
    listPlaceNames(db, { limit: 300 }),
    loadLabels(),
  ]);
  const toQuery = (next: SearchUrlState) => toSearchQuery(structuresUrlConfig, next, { near: next.lieu ? place : null });
  const result = await getSearchEngine().search(toQuery(state));
  const definitions = structureFilters(labels);
  const criteria = labelStructureCriteria(state, definitions, place?.label ?? null);
  const perPage = structuresUrlConfig.perPage ?? 20;
  const totalPages = Math.max(1, Math.ceil(result.total / perPage));
  const sortOptions = Object.keys(structuresUrlConfig.sorts)
    .filter((key) => place || structuresUrlConfig.sorts[key] !== "distance")
    .map((key) => ({ value: key, label: fr.editorial.sorts[key] ?? key }));

  return (
    <>
      <PageHeader title={fr.structures.title} breadcrumbs={[{ label: fr.structures.breadcrumb }]} intro={fr.structures.intro} />
      <SearchPageLayout
        formId="recherche-structures"
        action={structuresUrlConfig.path}
        searchLabel={fr.structures.searchLabel}
        searchBar={
          <PlaceSearchBar
            idPrefix="structures"
            state={state}
            queryLabel={fr.structures.queryLabel}
            queryPlaceholder={fr.structures.queryPlaceholder}
            placeNames={placeNames}
            placeError={state.lieu && !place ? fr.editorial.placeNotFound(state.lieu) : undefined}
          />
        }
        activeFilterCount={criteria.length}
        filters={<FacetFilters definitions={definitions} state={state} facets={result.facets} total={result.total} />}
        toolbar={
          <>
            <ActiveFilters
              filters={criteria}
              clearHref={buildSearchHref(structuresUrlConfig, state, withoutCriteria(structuresUrlConfig, state))}
            />
            <div className="flex flex-wrap items-center justify-between gap-3">
              <ResultsSummary total={result.total} noun={fr.structures.noun} query={state.q}>
                {place ? fr.editorial.around(place.label, state.rayon) : null}
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
                  <StructureResultCard hit={hit} labels={labels} />
                </li>
              ))}
            </ResultList>
            <Pagination
              page={state.page}
              totalPages={totalPages}
              pageHref={(page) => buildSearchHref(structuresUrlConfig, state, { page })}
            />
          </>
        ) : (
          <EngineEmpty
            kind="structure"
            config={structuresUrlConfig}
            state={state}
            result={result}
            criteria={criteria}
            lastPage={totalPages}
            toQuery={toQuery}
          />
        )}
      </SearchPageLayout>
    </>
  );
}
