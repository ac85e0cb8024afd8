import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ActiveFilters } from "@/components/search/active-filters";
import { Pagination } from "@/components/search/pagination";
import { ResultList } from "@/components/search/result-card";
import { ResultsSummary } from "@/components/search/results-summary";
import { SearchPageLayout } from "@/components/search/search-page-layout";
import { SortSelect } from "@/components/search/sort-select";
import { fr } from "@/lib/i18n/fr";
import { getSearchEngine } from "@/lib/search/app";
import {
  buildSearchHref,
  financingUrlConfig,
  parseSearchParams,
  type SearchUrlState,
  toSearchQuery,
  withoutCriteria,
} from "@/lib/search/url-state";
import { getSiteConfig } from "@/lib/site-config";
import { EngineEmpty } from "../_components/engine-empty";
import { FacetFilters } from "../_components/facet-filters";
import { QuerySearchBar } from "../_components/query-search-bar";
import { FINANCING_FILTERS, labelFinancingCriteria } from "./_components/financing-filters";
import { FinancingResultCard } from "./_components/financing-result-card";

type FinancingPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const toQuery = (state: SearchUrlState) => toSearchQuery(financingUrlConfig, state);

export async function generateMetadata({ searchParams }: FinancingPageProps): Promise<Metadata> {
  const { regionName } = await getSiteConfig();
  const state = parseSearchParams(financingUrlConfig, await searchParams);
  return {
    title: state.q ? `${fr.financing.title} : ${state.q}` : fr.financing.title,
    description: fr.financing.metaDescription(regionName),
    alternates: { canonical: "/financements" },
  };
}

export default async function FinancingPage({ searchParams }: FinancingPageProps) {
  await getSiteConfig();
  const state = parseSearchParams(financingUrlConfig, await searchParams);
  const result = await getSearchEngine().search(toQuery(state));
  const criteria = labelFinancingCriteria(state);
  const perPage = financingUrlConfig.perPage ?? 20;
  const totalPages = Math.max(1, Math.ceil(result.total / perPage));
  const sortOptions = Object.keys(financingUrlConfig.sorts).map((key) => ({
    value: key,
    label: fr.editorial.sorts[key] ?? key,
  }));

  return (
    <>
      <PageHeader title={fr.financing.title} breadcrumbs={[{ label: fr.financing.breadcrumb }]} intro={fr.financing.intro} />
      <SearchPageLayout
        formId="recherche-financements"
        action={financingUrlConfig.path}
        searchLabel={fr.financing.searchLabel}
        searchBar={
          <QuerySearchBar
            id="financements-q"
            label={fr.financing.queryLabel}
            placeholder={fr.financing.queryPlaceholder}
            defaultValue={state.q}
            submitLabel={fr.editorial.submit}
          />
        }
        activeFilterCount={criteria.length}
        filters={<FacetFilters definitions={FINANCING_FILTERS} state={state} facets={result.facets} total={result.total} />}
        toolbar={
          <>
            <ActiveFilters
              filters={criteria}
              clearHref={buildSearchHref(financingUrlConfig, state, withoutCriteria(financingUrlConfig, state))}
            />
            <div className="flex flex-wrap items-center justify-between gap-3">
              <ResultsSummary total={result.total} noun={fr.financing.noun} query={state.q} />
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
                  <FinancingResultCard hit={hit} />
                </li>
              ))}
            </ResultList>
            <Pagination
              page={state.page}
              totalPages={totalPages}
              pageHref={(page) => buildSearchHref(financingUrlConfig, state, { page })}
            />
          </>
        ) : (
          <EngineEmpty
            kind="financement"
            config={financingUrlConfig}
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
