import type { Metadata } from "next";
import { getDb } from "@/db";
import { listResourceLinks } from "@/db/queries/editorial";
import { fr } from "@/lib/i18n/fr";
import { getSearchEngine } from "@/lib/search/app";
import { parseSearchParams, resourcesUrlConfig, type SearchUrlState, toSearchQuery } from "@/lib/search/url-state";
import { getSiteConfig } from "@/lib/site-config";
import { safeHttpUrl } from "../_components/external-link";
import { EditorialEngineView } from "../_components/editorial-engine-view";
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
  const sortOptions = Object.keys(resourcesUrlConfig.sorts).map((key) => ({
    value: key,
    label: fr.editorial.sorts[key] ?? key,
  }));

  return (
    <EditorialEngineView
      kind="ressource"
      config={resourcesUrlConfig}
      labels={fr.resources}
      state={state}
      result={result}
      criteria={criteria}
      sortOptions={sortOptions}
      toQuery={toQuery}
      searchBar={
        <QuerySearchBar
          id="ressources-q"
          label={fr.resources.queryLabel}
          placeholder={fr.resources.queryPlaceholder}
          defaultValue={state.q}
          submitLabel={fr.editorial.submit}
        />
      }
      filters={
        <FacetFilters definitions={RESOURCE_FILTERS} state={state} facets={result.facets} total={result.total} />
      }
      renderHit={(hit) => (
        <ResourceResultCard hit={hit} url={safeHttpUrl(links.get(Number(hit.doc.id))) ?? undefined} />
      )}
    />
  );
}
