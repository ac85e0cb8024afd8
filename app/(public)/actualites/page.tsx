import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { ActiveFilters } from "@/components/search/active-filters";
import { Pagination } from "@/components/search/pagination";
import { ResultsSummary } from "@/components/search/results-summary";
import { SearchPageLayout } from "@/components/search/search-page-layout";
import { getDb } from "@/db";
import { listNewsFacetCounts, listNewsTerritories, listPublishedNews } from "@/db/queries/news";
import { siteTerritories } from "@/lib/editorial/territory-scope";
import { fr } from "@/lib/i18n/fr";
import { NEWS_FEED_PATH } from "@/lib/news/rss";
import { buildSearchHref, parseSearchParams, withoutCriteria } from "@/lib/search/url-state";
import { getSiteConfig } from "@/lib/site-config";
import { DateRangeFilter } from "../_components/date-range-filter";
import { EmptyState } from "../_components/empty-state";
import { FacetFilters } from "../_components/facet-filters";
import { NewsCard } from "../_components/news-card";
import { labelNewsCriteria, newsFilterDefinitions, newsUrlConfig, toNewsFilters } from "./_components/news-filters";
import { RssLink } from "./_components/rss-link";

type NewsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { siteName, regionName } = await getSiteConfig();
  return {
    title: fr.news.title,
    description: fr.news.metaDescription(regionName),
    alternates: {
      canonical: "/actualites",
      types: { "application/rss+xml": [{ url: NEWS_FEED_PATH, title: fr.news.feedTitle(siteName) }] },
    },
  };
}

/** The news list: filters in a GET form (shareable URLs, no JavaScript needed), newest first. */
export default async function NewsPage({ searchParams }: NewsPageProps) {
  const { regionName } = await getSiteConfig();
  const state = parseSearchParams(newsUrlConfig, await searchParams);
  const db = getDb();
  const now = new Date();
  const filters = toNewsFilters(state);
  const present = await listNewsTerritories(db, { now });
  const territories = [...new Set([...siteTerritories(regionName), ...present, ...(state.filters.territoire ?? [])])];
  const [result, facets] = await Promise.all([
    listPublishedNews(db, { filters, page: state.page, perPage: newsUrlConfig.perPage, now }),
    listNewsFacetCounts(db, { filters, territories, now }),
  ]);
  const definitions = newsFilterDefinitions(territories);
  const criteria = labelNewsCriteria(state, definitions);
  const totalPages = Math.max(1, Math.ceil(result.total / (newsUrlConfig.perPage ?? 12)));
  const clearHref = buildSearchHref(newsUrlConfig, state, withoutCriteria(newsUrlConfig, state));

  return (
    <>
      <PageHeader
        title={fr.news.title}
        breadcrumbs={[{ label: fr.news.breadcrumb }]}
        intro={
          <>
            <p>{fr.news.intro}</p>
            <p className="mt-3 flex flex-wrap items-center gap-x-3 text-base">
              <RssLink href={NEWS_FEED_PATH} />
              <span>{fr.news.rssHint}</span>
            </p>
          </>
        }
      />
      <SearchPageLayout
        formId="recherche-actualites"
        action={newsUrlConfig.path}
        searchLabel={fr.news.searchLabel}
        activeFilterCount={criteria.length}
        filters={
          <>
            <DateRangeFilter
              idPrefix="actualites"
              legend={fr.news.filters.dates}
              hint={fr.news.filters.datesHint}
              fromLabel={fr.news.filters.from}
              toLabel={fr.news.filters.to}
              from={state.debut}
              to={state.fin}
            />
            <FacetFilters definitions={definitions} state={state} facets={facets} total={result.total} />
          </>
        }
        toolbar={
          <>
            <ActiveFilters filters={criteria} clearHref={clearHref} />
            <ResultsSummary total={result.total} noun={fr.news.noun} />
          </>
        }
      >
        {result.items.length > 0 ? (
          <>
            <ul role="list" className="grid gap-5 sm:grid-cols-2 xl:grid-cols-3">
              {result.items.map((item) => (
                <li key={item.id}>
                  <NewsCard item={item} />
                </li>
              ))}
            </ul>
            <Pagination
              page={state.page}
              totalPages={totalPages}
              pageHref={(page) => buildSearchHref(newsUrlConfig, state, { page })}
            />
          </>
        ) : (
          <EmptyState>
            {criteria.length > 0 || state.page > 1 ? (
              <>
                {fr.news.empty}{" "}
                <Link href="/actualites" className="font-semibold text-brand-700 underline">
                  {fr.news.clearFilters}
                </Link>
              </>
            ) : (
              fr.news.emptyNone
            )}
          </EmptyState>
        )}
      </SearchPageLayout>
    </>
  );
}
