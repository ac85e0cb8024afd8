import type { Metadata } from "next";
import { FilterCheckbox } from "@/components/search/facet-group";
import { getDb } from "@/db";
import { listEventCardDetails } from "@/db/queries/editorial";
import { findPlaceCoordinates, listPlaceNames } from "@/db/queries/places";
import { formatMonth, monthOfInstant, parseMonthKey } from "@/lib/agenda/calendar";
import { feedQueryString, findNextEventMonth, loadCalendarEvents } from "@/lib/agenda/events-source";
import { isoDateInTimeZone } from "@/lib/dates";
import { fr } from "@/lib/i18n/fr";
import { getSearchEngine } from "@/lib/search/app";
import {
  buildSearchHref,
  eventsUrlConfig,
  parseSearchParams,
  type SearchUrlConfig,
  type SearchUrlState,
  toSearchQuery,
} from "@/lib/search/url-state";
import { getSiteConfig } from "@/lib/site-config";
import { DateRangeFilter } from "../_components/date-range-filter";
import { EditorialEngineView } from "../_components/editorial-engine-view";
import { FacetFilters } from "../_components/facet-filters";
import { PlaceSearchBar } from "../_components/place-search-bar";
import { EVENT_FILTERS, labelEventCriteria } from "./_components/event-filters";
import { EventCalendar } from "./_components/event-calendar";
import { EventResultCard } from "./_components/event-result-card";
import { SubscribePanel } from "./_components/subscribe-panel";
import { type AgendaView, ViewSwitch } from "./_components/view-switch";

type EventsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: EventsPageProps): Promise<Metadata> {
  const { regionName } = await getSiteConfig();
  const state = parseSearchParams(eventsUrlConfig, await searchParams);
  return {
    title: state.q ? `${fr.events.title} : ${state.q}` : fr.events.title,
    description: fr.events.metaDescription(regionName),
    alternates: { canonical: "/evenements", types: { "text/calendar": "/evenements/agenda.ics" } },
  };
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The calendar view's URL settings: `vue` and `mois` ride along every link and form submit. */
function calendarConfig(month?: string): SearchUrlConfig {
  return { ...eventsUrlConfig, extraParams: month ? { vue: "calendrier", mois: month } : { vue: "calendrier" } };
}

export default async function EventsPage({ searchParams }: EventsPageProps) {
  const { siteUrl } = await getSiteConfig();
  const raw = await searchParams;
  const state = parseSearchParams(eventsUrlConfig, raw);
  const view: AgendaView = firstValue(raw.vue) === "calendrier" ? "calendrier" : "liste";
  const now = new Date();
  const today = isoDateInTimeZone(now);
  const currentMonth = monthOfInstant(now);
  // Without a month, the calendar opens where the date filter starts, or on this month.
  const month = parseMonthKey(firstValue(raw.mois), state.debut?.slice(0, 7) ?? currentMonth);
  const config = view === "calendrier" ? calendarConfig(month) : eventsUrlConfig;
  const db = getDb();
  const [place, placeNames] = await Promise.all([
    state.lieu ? findPlaceCoordinates(db, { query: state.lieu }) : null,
    listPlaceNames(db, { limit: 300 }),
  ]);
  const toQuery = (next: SearchUrlState) => toSearchQuery(eventsUrlConfig, next, { near: next.lieu ? place : null });
  const calendar =
    view === "calendrier" ? await loadCalendarEvents({ db, engine: getSearchEngine() }, { state, place, month }) : null;
  const result = calendar?.result ?? (await getSearchEngine().search(toQuery(state)));
  // An empty month points to the next one with a matching event, rather than to a blind search.
  const nextMonth =
    calendar && calendar.events.length === 0 ? await findNextEventMonth({ db, engine: getSearchEngine() }, { state, place, month }) : null;
  const details = await listEventCardDetails(db, {
    ids: calendar ? [] : result.hits.map((hit) => Number(hit.doc.id)).filter(Number.isInteger),
  });
  const criteria = labelEventCriteria(state, place?.label ?? null, config);
  const sortOptions = Object.keys(eventsUrlConfig.sorts)
    .filter((key) => place || eventsUrlConfig.sorts[key] !== "distance")
    .map((key) => ({ value: key, label: fr.editorial.sorts[key] ?? key }));
  const f = fr.events.filters;
  const firstPage = { ...state, page: 1 };
  const feedUrl = new URL(`/evenements/agenda.ics${feedQueryString(state)}`, siteUrl).toString();
  const around = place ? fr.editorial.around(place.label, state.rayon) : null;
  const inMonth = calendar ? fr.agenda.calendar.inMonth(formatMonth(month).toLowerCase()) : null;

  return (
    <EditorialEngineView
      kind="evenement"
      config={config}
      labels={fr.events}
      state={state}
      result={result}
      criteria={criteria}
      sortOptions={sortOptions}
      toQuery={toQuery}
      viewSwitch={
        <ViewSwitch
          current={view}
          listHref={buildSearchHref(eventsUrlConfig, firstPage)}
          calendarHref={buildSearchHref(calendarConfig(), firstPage)}
        />
      }
      hiddenFields={calendar && state.includeAll ? { inclure_passes: "1" } : undefined}
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
          {/* The calendar shows past days of its month anyway: the toggle only matters to the list. */}
          {!calendar && (
            <FilterCheckbox
              name="inclure_passes"
              label={f.includePast}
              checked={state.includeAll}
              hint={f.includePastHint}
            />
          )}
        </>
      }
      summaryExtra={[inMonth, around].filter(Boolean).join(" ") || null}
      resultsBody={
        calendar ? (
          <EventCalendar
            month={month}
            currentMonth={currentMonth}
            today={today}
            events={calendar.events}
            nextMonth={nextMonth}
            truncatedAt={calendar.truncated ? calendar.events.length : null}
            monthHref={(other) => buildSearchHref(calendarConfig(other), state)}
            dayHref={(day) => buildSearchHref(eventsUrlConfig, state, { debut: day, fin: day, includeAll: true })}
          />
        ) : undefined
      }
      footer={<SubscribePanel feedUrl={feedUrl} />}
      renderHit={(hit) => <EventResultCard hit={hit} details={details.get(Number(hit.doc.id))} now={now} />}
    />
  );
}
