import type { Metadata } from "next";
import { fr } from "@/lib/i18n/fr";
import { getSearchEngine } from "@/lib/search/app";
import { financingUrlConfig, parseSearchParams, type SearchUrlState, toSearchQuery } from "@/lib/search/url-state";
import { getSiteConfig } from "@/lib/site-config";
import { EditorialEngineView } from "../_components/editorial-engine-view";
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
  const sortOptions = Object.keys(financingUrlConfig.sorts).map((key) => ({
    value: key,
    label: fr.editorial.sorts[key] ?? key,
  }));

  return (
    <EditorialEngineView
      kind="financement"
      config={financingUrlConfig}
      labels={fr.financing}
      state={state}
      result={result}
      criteria={criteria}
      sortOptions={sortOptions}
      toQuery={toQuery}
      searchBar={
        <QuerySearchBar
          id="financements-q"
          label={fr.financing.queryLabel}
          placeholder={fr.financing.queryPlaceholder}
          defaultValue={state.q}
          submitLabel={fr.editorial.submit}
        />
      }
      filters={
        <FacetFilters definitions={FINANCING_FILTERS} state={state} facets={result.facets} total={result.total} />
      }
      renderHit={(hit) => <FinancingResultCard hit={hit} />}
    />
  );
}
