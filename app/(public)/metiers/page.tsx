import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { ActiveFilters } from "@/components/search/active-filters";
import { Pagination } from "@/components/search/pagination";
import { ResultList } from "@/components/search/result-card";
import { ResultsSummary } from "@/components/search/results-summary";
import { SearchPageLayout } from "@/components/search/search-page-layout";
import { SortSelect } from "@/components/search/sort-select";
import { getDb } from "@/db";
import { listFicheAppellations, listTradeDomains, listTradeGreatDomains } from "@/db/queries/trades";
import { fr } from "@/lib/i18n/fr";
import { getSearchEngine } from "@/lib/search/app";
import {
  buildSearchHref,
  defaultSort,
  parseSearchParams,
  serializeSearchState,
  toSearchQuery,
  withoutCriteria,
} from "@/lib/search/url-state";
import { getSiteConfig } from "@/lib/site-config";
import { findMatchedAppellation } from "@/lib/trades/match-appellation";
import { EngineEmpty } from "../_components/engine-empty";
import { QuerySearchBar } from "../_components/query-search-bar";
import { DomainLinks } from "./_components/domain-links";
import { GreatDomainGrid } from "./_components/great-domain-grid";
import { labelTradeCriteria } from "./_components/trade-criteria";
import { TradeFilters } from "./_components/trade-filters";
import { TradeResultCard } from "./_components/trade-result-card";
import { tradesUrlConfig } from "./_components/trades-url-config";

type TradesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FORM_ID = "recherche-metiers";

export async function generateMetadata({ searchParams }: TradesPageProps): Promise<Metadata> {
  const state = parseSearchParams(tradesUrlConfig, await searchParams);
  return {
    title: state.q ? `${fr.trades.listTitle} : ${state.q}` : fr.trades.listTitle,
    description: fr.trades.list.metaDescription,
    alternates: { canonical: "/metiers" },
  };
}

export default async function TradesPage({ searchParams }: TradesPageProps) {
  // Site config first: it marks the page dynamic (request-time data) before any query runs.
  await getSiteConfig();
  const state = parseSearchParams(tradesUrlConfig, await searchParams);
  const db = getDb();
  const [greatDomains, domains] = await Promise.all([listTradeGreatDomains(db), listTradeDomains(db)]);
  const header = <PageHeader title={fr.trades.listTitle} breadcrumbs={[{ label: fr.nav.trades }]} intro={fr.trades.listIntro} />;
  const searchBar = (
    <QuerySearchBar
      id="metiers-q"
      label={fr.trades.list.queryLabel}
      placeholder={fr.trades.list.queryPlaceholder}
      defaultValue={state.q}
      submitLabel={fr.trades.list.submit}
      hint={fr.trades.list.codeHint}
    />
  );

  // Before any search the page is a door into the referential: the 14 great domains.
  const landing = !state.q && Object.keys(state.filters).length === 0 && state.page === 1 && state.tri === defaultSort(tradesUrlConfig);
  if (landing) {
    return (
      <>
        {header}
        <div className="page-container py-8 sm:py-10">
          <form action={tradesUrlConfig.path} method="get" role="search" aria-label={fr.trades.list.searchLabel}>
            {searchBar}
          </form>
          <GreatDomainGrid domains={greatDomains} />
          <p className="mt-8">
            <Link href={`${tradesUrlConfig.path}?tri=alpha`} className="font-semibold text-brand-700 underline">
              {fr.trades.list.allTrades}
            </Link>
          </p>
        </div>
      </>
    );
  }

  const engine = getSearchEngine();
  const result = await engine.search(toSearchQuery(tradesUrlConfig, state));
  const appellations = state.q
    ? await listFicheAppellations(db, { ficheCodes: result.hits.map((hit) => hit.doc.id) })
    : new Map<string, string[]>();
  const labels = {
    greatDomains: new Map(greatDomains.map((d) => [d.code, d.label])),
    domains: new Map(domains.map((d) => [d.code, d.label])),
  };
  const criteria = labelTradeCriteria(state, labels);
  const perPage = tradesUrlConfig.perPage ?? 20;
  const totalPages = Math.max(1, Math.ceil(result.total / perPage));
  // One great domain chosen and no narrower filter yet: offer its professional domains.
  const browsed =
    !state.q && state.filters.grand_domaine?.length === 1 && !state.filters.domaine
      ? greatDomains.find((domain) => domain.code === state.filters.grand_domaine?.[0])
      : undefined;
  const sortOptions = Object.keys(tradesUrlConfig.sorts).map((key) => ({
    value: key,
    label: fr.trades.list.sorts[key] ?? key,
  }));

  return (
    <>
      {header}
      <SearchPageLayout
        formId={FORM_ID}
        action={tradesUrlConfig.path}
        searchLabel={fr.trades.list.searchLabel}
        searchBar={searchBar}
        activeFilterCount={criteria.length}
        saveQuery={serializeSearchState(tradesUrlConfig, state)}
        filters={<TradeFilters state={state} facets={result.facets} greatDomains={greatDomains} domains={domains} />}
        toolbar={
          <>
            <ActiveFilters
              filters={criteria}
              clearHref={buildSearchHref(tradesUrlConfig, state, withoutCriteria(tradesUrlConfig, state))}
            />
            {browsed && <DomainLinks greatDomain={browsed} domains={domains} facet={result.facets.domain} />}
            <div className="flex flex-wrap items-center justify-between gap-3">
              <ResultsSummary total={result.total} noun={fr.trades.list.noun} query={state.q} />
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
                  <TradeResultCard
                    hit={hit}
                    matchedAppellation={findMatchedAppellation(state.q, hit.doc.title, appellations.get(hit.doc.id) ?? [])}
                  />
                </li>
              ))}
            </ResultList>
            <Pagination
              page={state.page}
              totalPages={totalPages}
              pageHref={(page) => buildSearchHref(tradesUrlConfig, state, { page })}
            />
          </>
        ) : (
          <EngineEmpty
            kind="metier"
            config={tradesUrlConfig}
            state={state}
            result={result}
            criteria={criteria}
            lastPage={totalPages}
            toQuery={(next) => toSearchQuery(tradesUrlConfig, next)}
          />
        )}
      </SearchPageLayout>
    </>
  );
}
