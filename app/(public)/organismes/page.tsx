import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ActiveFilters } from "@/components/search/active-filters";
import { Pagination } from "@/components/search/pagination";
import { ResultList } from "@/components/search/result-card";
import { ResultsSummary } from "@/components/search/results-summary";
import { SearchPageLayout } from "@/components/search/search-page-layout";
import { SortSelect } from "@/components/search/sort-select";
import { getDb } from "@/db";
import { countOrganisationFormations } from "@/db/queries/organisation-detail";
import { fr } from "@/lib/i18n/fr";
import { getSearchEngine } from "@/lib/search/app";
import {
  buildSearchHref,
  parseSearchParams,
  type SearchUrlState,
  serializeSearchState,
  toSearchQuery,
  withoutCriteria,
} from "@/lib/search/url-state";
import { getSiteConfig } from "@/lib/site-config";
import { EngineEmpty } from "../_components/engine-empty";
import { QuerySearchBar } from "../_components/query-search-bar";
import { labelOrganisationCriteria } from "./_components/organisation-criteria";
import { OrganisationFilters } from "./_components/organisation-filters";
import { OrganisationResultCard } from "./_components/organisation-result-card";
import { organisationsUrlConfig, withCompactSiret } from "./_components/organisations-url-config";

type OrganisationsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function engineQuery(state: SearchUrlState) {
  return withCompactSiret(toSearchQuery(organisationsUrlConfig, state));
}

export async function generateMetadata({ searchParams }: OrganisationsPageProps): Promise<Metadata> {
  const { regionName } = await getSiteConfig();
  const state = parseSearchParams(organisationsUrlConfig, await searchParams);
  return {
    title: state.q ? `${fr.organisations.listTitle} : ${state.q}` : fr.organisations.listTitle,
    description: fr.organisations.list.metaDescription(regionName),
    alternates: { canonical: "/organismes" },
  };
}

export default async function OrganisationsPage({ searchParams }: OrganisationsPageProps) {
  await getSiteConfig();
  const state = parseSearchParams(organisationsUrlConfig, await searchParams);
  const result = await getSearchEngine().search(engineQuery(state));
  const counts = await countOrganisationFormations(getDb(), {
    ids: result.hits.map((hit) => Number(hit.doc.id)).filter(Number.isInteger),
  });
  const criteria = labelOrganisationCriteria(state);
  const perPage = organisationsUrlConfig.perPage ?? 20;
  const totalPages = Math.max(1, Math.ceil(result.total / perPage));
  const sortOptions = Object.keys(organisationsUrlConfig.sorts).map((key) => ({
    value: key,
    label: fr.organisations.list.sorts[key] ?? key,
  }));

  return (
    <>
      <PageHeader
        title={fr.organisations.listTitle}
        breadcrumbs={[{ label: fr.organisations.breadcrumb }]}
        intro={fr.organisations.listIntro}
      />
      <SearchPageLayout
        formId="recherche-organismes"
        action={organisationsUrlConfig.path}
        searchLabel={fr.organisations.list.searchLabel}
        searchBar={
          <QuerySearchBar
            id="organismes-q"
            label={fr.organisations.list.queryLabel}
            placeholder={fr.organisations.list.queryPlaceholder}
            defaultValue={state.q}
            submitLabel={fr.organisations.list.submit}
            hint={fr.organisations.list.siretHint}
          />
        }
        activeFilterCount={criteria.length}
        saveQuery={serializeSearchState(organisationsUrlConfig, state)}
        filters={<OrganisationFilters state={state} facets={result.facets} />}
        toolbar={
          <>
            <ActiveFilters
              filters={criteria}
              clearHref={buildSearchHref(organisationsUrlConfig, state, withoutCriteria(organisationsUrlConfig, state))}
            />
            <div className="flex flex-wrap items-center justify-between gap-3">
              <ResultsSummary total={result.total} noun={fr.organisations.list.noun} query={state.q} />
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
                  <OrganisationResultCard hit={hit} formationCount={counts.get(Number(hit.doc.id)) ?? 0} />
                </li>
              ))}
            </ResultList>
            <Pagination
              page={state.page}
              totalPages={totalPages}
              pageHref={(page) => buildSearchHref(organisationsUrlConfig, state, { page })}
            />
          </>
        ) : (
          <EngineEmpty
            kind="organisme"
            config={organisationsUrlConfig}
            state={state}
            result={result}
            criteria={criteria}
            lastPage={totalPages}
            toQuery={engineQuery}
          />
        )}
      </SearchPageLayout>
    </>
  );
}
