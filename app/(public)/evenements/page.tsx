import type { Metadata } from "next";
import { FilterCheckbox } from "@/components/search/facet-group";
import { getDb } from "@/db";
import { listEventCardDetails } from "@/db/queries/editorial";
import { findPlaceCoordinates, listPlaceNames } from "@/db/queries/places";
import { fr } from "@/lib/i18n/fr";
import { getSearchEngine } from "@/lib/search/app";
import { eventsUrlConfig, parseSearchParams, type SearchUrlState, toSearchQuery } from "@/lib/search/url-state";
import { getSiteConfig } from "@/lib/site-config";
import { DateRangeFilter } from "../_components/date-range-filter";
import { EditorialEngineView } from "../_components/editorial-engine-view";
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
  const sortOptions = Object.keys(eventsUrlConfig.sorts)
    .filter((key) => place || eventsUrlConfig.sorts[key] !== "distance")
    .map((key) => ({ value: key, label: fr.editorial.sorts[key] ?? key }));
  const f = fr.events.filters;
  const now = new Date();

  return (
    <EditorialEngineView
      kind="evenement"
      config={eventsUrlConfig}
      labels={fr.events}
      state={state}
      result={result}
      criteria={criteria}
      sortOptions={sortOptions}
      toQuery={toQuery}
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
          <FilterCheckbox
            name="inclure_passes"
            label={f.includePast}
            checked={state.includeAll}
            hint={f.includePastHint}
          />
        </>
      }
      summaryExtra={place ? fr.editorial.around(place.label, state.rayon) : null}
      renderHit={(hit) => <EventResultCard hit={hit} details={details.get(Number(hit.doc.id))} now={now} />}
    />
  );
}
