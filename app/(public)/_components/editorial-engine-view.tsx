import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { ActiveFilters, type ActiveFilter } from "@/components/search/active-filters";
import { Pagination } from "@/components/search/pagination";
import { ResultList } from "@/components/search/result-card";
import { ResultsSummary } from "@/components/search/results-summary";
import { SearchPageLayout } from "@/components/search/search-page-layout";
import { SortSelect } from "@/components/search/sort-select";
import type { SearchHit, SearchKind, SearchQuery, SearchResult } from "@/lib/search/types";
import {
  type ActiveCriterion,
  buildSearchHref,
  type SearchUrlConfig,
  type SearchUrlState,
  serializeSearchState,
  withoutCriteria,
} from "@/lib/search/url-state";
import { EngineEmpty } from "./engine-empty";

type EditorialEngineViewProps = {
  kind: SearchKind;
  config: SearchUrlConfig;
  labels: {
    title: string;
    breadcrumb: string;
    intro: ReactNode;
    searchLabel: string;
    noun: Parameters<typeof ResultsSummary>[0]["noun"];
  };
  state: SearchUrlState;
  result: SearchResult;
  criteria: (ActiveFilter & { criterion: ActiveCriterion })[];
  /** The filters column: usually <FacetFilters/>, plus engine-specific fields (dates, toggles). */
  filters: ReactNode;
  sortOptions: { value: string; label: string }[];
  toQuery: (state: SearchUrlState) => SearchQuery;
  /** The query field(s): a plain search bar, or one with a place and radius. */
  searchBar: ReactNode;
  /** Extra words after the result count (e.g. "autour de Toulouse"). */
  summaryExtra?: ReactNode;
  renderHit: (hit: SearchHit) => ReactNode;
  /** Above the active filters, e.g. the agenda's "Liste | Calendrier" switch. */
  viewSwitch?: ReactNode;
  /** Replaces the result list, its sort, pagination and empty state (e.g. a month calendar). */
  resultsBody?: ReactNode;
  /** Below the results, e.g. the agenda's subscription links. */
  footer?: ReactNode;
  /** Form fields without a control to keep on submit (config.extraParams are always kept). */
  hiddenFields?: Record<string, string>;
};

/**
 * The page body shared by the editorial engines (évènements, structures, financements,
 * ressources): one GET form, facets, active filters, count and sort, results, pagination, and
 * an empty state that always offers a way forward. Each page keeps its own data loading.
 */
export function EditorialEngineView(props: EditorialEngineViewProps) {
  const { kind, config, labels, state, result, criteria, toQuery } = props;
  const totalPages = Math.max(1, Math.ceil(result.total / (config.perPage ?? 20)));
  return (
    <>
      <PageHeader title={labels.title} breadcrumbs={[{ label: labels.breadcrumb }]} intro={labels.intro} />
      <SearchPageLayout
        formId={`recherche-${config.path.slice(1)}`}
        action={config.path}
        searchLabel={labels.searchLabel}
        searchBar={props.searchBar}
        activeFilterCount={criteria.length}
        filters={props.filters}
        hiddenFields={{ ...config.extraParams, ...props.hiddenFields }}
        // A saved search is about the criteria, not the view or month it was saved from.
        saveQuery={serializeSearchState({ ...config, extraParams: undefined }, state)}
        toolbar={
          <>
            {props.viewSwitch}
            <ActiveFilters
              filters={criteria}
              clearHref={buildSearchHref(config, state, withoutCriteria(config, state))}
            />
            <div className="flex flex-wrap items-center justify-between gap-3">
              <ResultsSummary total={result.total} noun={labels.noun} query={state.q}>
                {props.summaryExtra}
              </ResultsSummary>
              {result.total > 1 && !props.resultsBody && <SortSelect options={props.sortOptions} value={state.tri} />}
            </div>
          </>
        }
      >
        {props.resultsBody ?? (result.hits.length > 0 ? (
          <>
            <ResultList>
              {result.hits.map((hit) => (
                <li key={hit.doc.id}>{props.renderHit(hit)}</li>
              ))}
            </ResultList>
            <Pagination
              page={state.page}
              totalPages={totalPages}
              pageHref={(page) => buildSearchHref(config, state, { page })}
            />
          </>
        ) : (
          <EngineEmpty
            kind={kind}
            config={config}
            state={state}
            result={result}
            criteria={criteria}
            lastPage={totalPages}
            toQuery={toQuery}
          />
        ))}
        {props.footer}
      </SearchPageLayout>
    </>
  );
}
