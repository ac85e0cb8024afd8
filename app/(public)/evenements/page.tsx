import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ActiveFilters } from "@/components/search/active-filters";
import { FilterCheckbox } from "@/components/search/facet-group";
import { Pagination } from "@/components/search/pagination";
import { ResultList } from "@/components/search/result-card";
import { ResultsSummary } from "@/components/search/results-summary";
import { SearchPageLayout } from "@/components/search/search-page-layout";
import { SortSelect } from "@/components/search/sort-select";
import { getDb } from "@/db";
import { listEventCardDetails } from "@/db/queries/editorial";
import { findPlaceCoordinates, listPlaceNames } from "@/db/queries/places";
import { fr } from "@/lib/i18n/fr";
import { getSearchEngine } from "@/lib/search/app";
import {
  buildSearchHref,
  eventsUrlConfig,
  parseSearchParams,
  type SearchUrlState,
  toSearchQuery,
  withoutCriteria,
} from "@/lib/search/url-state";
import { getSiteConfig } from "@/lib/site-config";
import { DateRangeFilter } from "../_components/date-range-filter";
import { EngineEmpty } from "../_components/engine-empty";
import { FacetFilters } from "../_components/facet-filters";
import { PlaceSearchBar } from "../_components/place-search-bar";
import { EVENT_FILTERS, labelEventCriteria } from "./_components/event-filters";
import { EventResultCard } from "./_components/event-result-card";

type EventsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: EventsPageProps): Promise<Metadata> {
  const { regionName } = await getSiteConfig();
  const state = parseSearchParams(eventsUrlConfig, await searchParams);
  return {
    title: state.q ? `${fr.events.title} : ${state.q}` : fr.events.title,
    description: fr.events.metaDescription(regionName),
    alternates: { canonical: "/evenements" },
  };
}

export default async function EventsPage({ searchParams }: EventsPageProps) {
  await getSiteConfig();
  const state = parseSearchParams(eventsUrlConfig, await searchParams);
  const db = getDb();
  const [place, placeNames] = await Promise.all([
    state.lieu ? findPlaceCoordinates(db, { query: state.lieu }) : null,
    listPlaceNames(db, { limit: 300 }),
  ]);
  const toQuery = (next: SearchUrlState) => toSearchQuery(eventsUrlConfig, next, { near: next.lieu ? place : null });
  const result = await getSearchEngine().search(toQuery(state));
  const details = await listEventCardDetails(db, {
    ids: result.hits.map((hit) => Number(hit.doc.id)).filter(Number.isInteger),
  });
  const criteria = labelEventCriteria(state, place?.label ?? null);
  const perPage = eventsUrlConfig.perPage ?? 20;
  const totalPages = Math.max(1, Math.ceil(result.total / perPage));
  const sortOptions = Object.keys(eventsUrlConfig.sorts)
    .filter((key) => place || eventsUrlConfig.sorts[key] !== "distance")
    .map((key) => ({ value: key, label: fr.editorial.sorts[key] ?? key }));
  const f = fr.events.filters;
  const now = new Date();

  return (
    <>
      <PageHeader title={fr.events.title} breadcrumbs={[{ label: fr.events.breadcrumb }]} intro={fr.events.intro} />
      <SearchPageLayout
        formId="recherche-evenements"
        action={eventsUrlConfig.path}
        searchLabel={fr.events.searchLabel}
        searchBar={
          <PlaceSearchBar
            idPrefix="evenements"
            state={state}
            queryLabel={fr.events.queryLabel}
            queryPlaceholder={fr.events.queryPlaceholder}
            placeNames={placeNames}
            placeError={state.lieu && !place ? fr.editorial.placeNotFound(state.lieu) : undefined}
          />
        }
        activeFilterCount={criteria.length}
        filters={
          <>
            <DateRangeFilter
              idPrefix="evenements"
              legend={f.dates}
              hint={f.datesHint}
              fromLabel={f.from}
              toLabel={f.to}
              from={state.debut}
              to={state.fin}
            />
            <FacetFilters definitions={EVENT_FILTERS} state={state} facets={result.facets} total={result.total} />
            <FilterCheckbox name="inclure_passes" label={f.includePast} checked={state.includeAll} hint={f.includePastHint} />
          </>
        }
        toolbar={
          <>
            <ActiveFilters
              filters={criteria}
              clearHref={buildSearchHref(eventsUrlConfig, state, withoutCriteria(eventsUrlConfig, state))}
            />
            <div className="flex flex-wrap items-center justify-between gap-3">
              <ResultsSummary total={result.total} noun={fr.events.noun} query={state.q}>
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
                  <EventResultCard hit={hit} details={details.get(Number(hit.doc.id))} now={now} />
                </li>
              ))}
            </ResultList>
            <Pagination
              page={state.page}
              totalPages={totalPages}
              pageHref={(page) => buildSearchHref(eventsUrlConfig, state, { page })}
            />
          </>
        ) : (
          <EngineEmpty
            kind="evenement"
            config={eventsUrlConfig}
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
