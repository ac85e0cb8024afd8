import type { ReactNode } from "react";
import { fr } from "@/lib/i18n/fr";
import { formatNumber, pluralize } from "@/lib/i18n/format";
import { SAVED_SEARCH_ENGINES, type SavedSearchEngine } from "@/lib/validations/saved-searches";
import { FiltersDisclosure } from "./filters-disclosure";
import { Icon } from "./icons";
import { InstantSearch } from "./instant-search";
import { SaveSearchScope, SaveSearchSlot } from "./save-search";

export type SearchPageLayoutProps = {
  /** id of the GET form wrapping the search bar, the filters and the results toolbar. */
  formId: string;
  /** The engine's path, e.g. "/formations": the form submits there without JavaScript. */
  action: string;
  /** Names the search landmark around `searchBar`, e.g. "Rechercher une formation". */
  searchLabel: string;
  /** Query field(s) above the two columns (inside the form and the search landmark). */
  searchBar?: ReactNode;
  /** Facet groups and other filter fields, shown in the sidebar (a disclosure on small screens). */
  filters: ReactNode;
  /** Number of active filters, shown on the small-screen disclosure's summary. */
  activeFilterCount?: number;
  /** Fields that must survive a submit but have no visible control (e.g. a fixed kind). */
  hiddenFields?: Record<string, string>;
  /** Above the results: typically <ActiveFilters>, <ResultsSummary> and <SortSelect>. */
  toolbar?: ReactNode;
  /** The results (a <ResultList>, <EmptyResults>) and the <Pagination>. */
  children: ReactNode;
  /** Submit on change without a button press (client enhancement). Defaults to true. */
  instant?: boolean;
  /**
   * The search on screen as its query string (serializeSearchState: "?q=…" or ""): adds
   * "Sauvegarder cette recherche" under the toolbar. Left out, the page offers no saving.
   */
  saveQuery?: string;
};

export const RESULTS_HEADING_ID = "resultats-titre";

/**
 * The frame every search engine page shares: one GET form, so the page works without JavaScript
 * and every state is a shareable URL; a filters sidebar that folds into a disclosure on small
 * screens; the results column with its toolbar. Only InstantSearch and the disclosure are client code.
 */
export function SearchPageLayout({
  formId,
  action,
  searchLabel,
  searchBar,
  filters,
  activeFilterCount = 0,
  hiddenFields,
  toolbar,
  children,
  instant = true,
  saveQuery,
}: SearchPageLayoutProps) {
  const filtersHeadingId = `${formId}-filtres`;
  const engine = action.slice(1);
  const save =
    saveQuery !== undefined && (SAVED_SEARCH_ENGINES as readonly string[]).includes(engine)
      ? { engine: engine as SavedSearchEngine, query: saveQuery }
      : null;
  const page = (
    <form id={formId} action={action} method="get" className="group/search page-container py-8 sm:py-10">
      {Object.entries(hiddenFields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {searchBar && (
        <div role="search" aria-label={searchLabel} className="mb-8">
          {searchBar}
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-[18.5rem_minmax(0,1fr)] lg:gap-10">
        <section aria-labelledby={filtersHeadingId} className="min-w-0">
          <FiltersDisclosure
            summary={
              <span className="flex items-center gap-2">
                <Icon name="filter" className="size-5" />
                {fr.searchKit.filters}
                {activeFilterCount > 0 && (
                  <span className="rounded-full bg-brand-700 px-2 text-sm text-white">
                    {formatNumber(activeFilterCount)}
                    <span className="sr-only"> {pluralize(activeFilterCount, fr.searchKit.activeFiltersCount)}</span>
                  </span>
                )}
              </span>
            }
          >
            <div className="mt-3 rounded-card border border-line bg-surface p-4 lg:mt-0 lg:p-5">
              <h2 id={filtersHeadingId} className="text-lg font-bold text-brand-900">
                {fr.searchKit.filtersHeading}
              </h2>
              <div className="mt-4 space-y-6">{filters}</div>
              <button
                type="submit"
                className="mt-6 inline-flex min-h-11 w-full items-center justify-center rounded-lg bg-brand-700 px-4 font-semibold text-white shadow-card hover:bg-brand-800 max-lg:sticky max-lg:bottom-3"
              >
                {fr.searchKit.applyFilters}
              </button>
            </div>
          </FiltersDisclosure>
        </section>
        <section
          aria-labelledby={RESULTS_HEADING_ID}
          className="min-w-0 transition-opacity group-data-pending/search:opacity-60"
        >
          <h2 id={RESULTS_HEADING_ID} className="sr-only">
            {fr.searchKit.resultsHeading}
          </h2>
          {(toolbar || save) && (
            <div className="mb-5 space-y-4">
              {toolbar}
              {save && <SaveSearchSlot path={action} query={save.query} />}
            </div>
          )}
          {children}
        </section>
      </div>
      {instant && <InstantSearch formId={formId} />}
    </form>
  );
  return save ? (
    <SaveSearchScope engine={save.engine} query={save.query}>
      {page}
    </SaveSearchScope>
  ) : (
    page
  );
}
