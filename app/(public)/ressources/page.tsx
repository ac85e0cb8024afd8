import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ActiveFilters } from "@/components/search/active-filters";
import { Pagination } from "@/components/search/pagination";
import { ResultList } from "@/components/search/result-card";
import { ResultsSummary } from "@/components/search/results-summary";
import { SearchPageLayout } from "@/components/search/search-page-layout";
import { SortSelect } from "@/components/search/sort-select";
import { getDb } from "@/db";
import { listResourceLinks } from "@/db/queries/editorial";
import { fr } from "@/lib/i18n/fr";
import { getSearchEngine } from "@/lib/search/app";
import {
  buildSearchHref,
  parseSearchParams,
  resourcesUrlConfig,
  type SearchUrlState,
  toSearchQuery,
  withoutCriteria,
} from "@/lib/search/url-state";
import { getSiteConfig } from "@/lib/site-config";
import { safeHttpUrl } from "../_components/external-link";
import { EngineEmpty } from "../_components/engine-empty";
import { FacetFilters } from "../_components/facet-filters";
import { QuerySearchBar } from "../_components/query-search-bar";
import { labelResourceCriteria, RESOURCE_FILTERS } from "./_components/resource-filters";
import { ResourceResultCard } from "./_components/resource-result-card";

type ResourcesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const toQuery = (state: SearchUrlState) => toSearchQuery(resourcesUrlConfig, state);

export async function generateMetadata({ searchParams }: ResourcesPageProps): Promise<Metadata> {
  await getSiteConfig();
  const state = parseSearchParams(resourcesUrlConfig, await searchParams);
  return {
    title: state.q ? `${fr.resources.title} : ${state.q}` : fr.resources.title,
    description: fr.resources.metaDescription,
    alternates: { canonical: "/ressources" },
  };
}

export default async function ResourcesPage({ searchParams }: ResourcesPageProps) {
  await getSiteConfig();
  const state = parseSearchParams(resourcesUrlConfig, await searchParams);
  const result = await getSearchEngine().search(toQuery(state));
  const links = await listResourceLinks(getDb(), {
    ids: result.hits.map((hit) => Number(hit.doc.id)).filter(Number.isInteger),
  });
  const criteria = labelResourceCriteria(state);
  const perPage = resourcesUrlConfig.perPage ?? 24;
  const totalPages = Math.max(1, Math.ceil(result.total / perPage));
  const sortOptions = Object.keys(resourcesUrlConfig.sorts).map((key) => ({
    value: key,
    label: fr.editorial.sorts[key] ?? key,
  }));

  return (
    <>
      <PageHeader title={fr.resources.title} breadcrumbs={[{ label: fr.resources.breadcrumb }]} intro={fr.resources.intro} />
      <SearchPageLayout
        formId="recherche-ressources"
        action={resourcesUrlConfig.path}
        searchLabel={fr.resources.searchLabel}
        searchBar={
          <QuerySearchBar
            id="ressources-q"
            label={fr.resources.queryLabel}
            placeholder={fr.resources.queryPlaceholder}
            defaultValue={state.q}
            submitLabel={fr.editorial.submit}
          />
        }
        activeFilterCount={criteria.length}
        filters={<FacetFilters definitions={RESOURCE_FILTERS} state={state} facets={result.facets} total={result.total} />}
        toolbar={
          <>
            <ActiveFilters
              filters={criteria}
              clearHref={buildSearchHref(resourcesUrlConfig, state, withoutCriteria(resourcesUrlConfig, state))}
            />
            <div className="flex flex-wrap items-center justify-between gap-3">
              <ResultsSummary total={result.total} noun={fr.resources.noun} query={state.q} />
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
                  <ResourceResultCard hit={hit} url={safeHttpUrl(links.get(Number(hit.doc.id))) ?? undefined} />
                </li>
              ))}
            </ResultList>
            <Pagination
              page={state.page}
              totalPages={totalPages}
              pageHref={(page) => buildSearchHref(resourcesUrlConfig, state, { page })}
            />
          </>
        ) : (
          <EngineEmpty
            kind="ressource"
            config={resourcesUrlConfig}
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
