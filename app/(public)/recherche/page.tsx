import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { SearchForm } from "@/components/layout/search-form";
import { EmptyResults } from "@/components/search/empty-results";
import { SaveSearch } from "@/components/search/save-search";
import { engineHref, listAvailableEngines } from "@/components/search/engines";
import { isoDateInTimeZone } from "@/lib/dates";
import { fr } from "@/lib/i18n/fr";
import { formatNumber, pluralize } from "@/lib/i18n/format";
import { getSearchEngine } from "@/lib/search/app";
import type { SearchKind } from "@/lib/search/types";
import {
  centralUrlConfig,
  eventsUrlConfig,
  formationsUrlConfig,
  parseSearchParams,
  type SearchUrlConfig,
  toSearchQuery,
} from "@/lib/search/url-state";
import { getSiteConfig } from "@/lib/site-config";
import { KindResults } from "./_components/kind-results";
import { SearchStart } from "./_components/search-start";

type SearchPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Hits shown per kind: enough to recognise the right group, few enough to see every group. */
const HITS_PER_KIND = 3;
/** Under this many results a misspelling is likely: offer the engine's correction. */
const FEW_RESULTS = 5;
/** Engines whose page narrows the kind by default (upcoming sessions or events only). */
const PAGE_CONFIGS: Partial<Record<SearchKind, SearchUrlConfig>> = {
  formation: formationsUrlConfig,
  evenement: eventsUrlConfig,
};

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const { regionName } = await getSiteConfig();
  const { q } = parseSearchParams(centralUrlConfig, await searchParams);
  return {
    title: q ? fr.central.titleFor(q) : fr.central.title,
    description: fr.central.metaDescription(regionName),
    // Result lists are endless variations of the same content: keep them out of search engines.
    robots: q ? { index: false, follow: true } : undefined,
  };
}

export default async function CentralSearchPage({ searchParams }: SearchPageProps) {
  const { q } = parseSearchParams(centralUrlConfig, await searchParams);
  const engines = listAvailableEngines();
  const title = q ? fr.central.titleFor(q) : fr.central.title;

  return (
    <>
      <PageHeader title={title} breadcrumbs={[{ label: fr.central.title }]} intro={q ? undefined : fr.central.intro} />
      <div className="page-container py-8 sm:py-10">
        <SearchForm
          id="recherche-centrale"
          label={fr.central.queryLabel}
          landmarkLabel={fr.search.landmarkPage}
          size="large"
          showLabel
          defaultValue={q}
          className="max-w-3xl"
        />
        {q && (
          <div className="mt-6 max-w-3xl">
            <SaveSearch engine="recherche" path="/recherche" query={`?${new URLSearchParams({ q })}`} />
          </div>
        )}
        <div className="mt-10">{q ? <CentralResults q={q} engines={engines} /> : <SearchStart engines={engines} />}</div>
      </div>
    </>
  );
}

async function CentralResults({ q, engines }: { q: string; engines: ReturnType<typeof listAvailableEngines> }) {
  const engine = getSearchEngine();
  const today = isoDateInTimeZone();
  const counts = await engine.countByKind(q);
  // Each group shows what its engine page will show for the same text (formations and events:
  // upcoming only), so "Voir les 12 formations" leads to 12 formations.
  const groups = await Promise.all(
    engines
      .filter((e) => counts[e.kind] > 0)
      .map(async (e) => {
        const config = PAGE_CONFIGS[e.kind];
        const base = config ? toSearchQuery(config, parseSearchParams(config, { q })) : { kinds: [e.kind], q };
        const result = await engine.search({ ...base, facets: [], page: 1, perPage: HITS_PER_KIND });
        return { engine: e, result };
      }),
  );
  const found = groups.filter((group) => group.result.total > 0);
  const total = found.reduce((sum, group) => sum + group.result.total, 0);
  const suggestion = total < FEW_RESULTS ? await findSuggestion(q) : undefined;
  const suggestionHref = suggestion ? `/recherche?${new URLSearchParams({ q: suggestion }).toString()}` : undefined;

  if (found.length === 0) {
    return (
      <EmptyResults
        query={q}
        headingLevel={2}
        suggestion={suggestion && suggestionHref ? { label: suggestion, href: suggestionHref } : undefined}
        otherEngines={engines.map((e) => ({
          label: fr.searchKit.searchIn(pluralize(2, e.noun)),
          href: e.href,
        }))}
      />
    );
  }

  return (
    <div className="space-y-12">
      <div className="space-y-4">
        <p role="status" className="text-lg">
          <strong className="font-bold text-brand-900">{formatNumber(total)} {pluralize(total, fr.central.summary)}</strong>
        </p>
        {suggestion && suggestionHref && (
          <p className="text-lg">
            {fr.searchKit.didYouMean}{" "}
            <Link href={suggestionHref} className="font-bold text-brand-700 underline">
              {suggestion}
            </Link>{" "}
            ?
          </p>
        )}
        {found.length > 1 && (
          <nav aria-label={fr.central.kindsNav}>
            <ul role="list" className="flex flex-wrap gap-2">
              {found.map(({ engine: e, result }) => (
                <li key={e.kind}>
                  <a
                    href={`#resultats-${e.kind}`}
                    className="inline-flex min-h-11 items-center gap-2 rounded-full border border-line bg-surface px-4 font-semibold text-brand-800 no-underline hover:border-brand-600"
                  >
                    {formatNumber(result.total)} {pluralize(result.total, e.noun)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
      {found.map(({ engine: e, result }) => (
        <KindResults
          key={e.kind}
          engine={e}
          result={result}
          href={engineHref(e, q)}
          today={today}
        />
      ))}
    </div>
  );
}

/**
 * Engines suggest a spelling when the kinds searched find little. Trainings come first (a typo in
 * a trade name can still match job titles, which would hide the correction), then every kind.
 */
async function findSuggestion(q: string): Promise<string | undefined> {
  const engine = getSearchEngine();
  for (const kinds of [["formation" as const], undefined]) {
    const { suggestion } = await engine.search({ kinds, q, perPage: 1, facets: [] });
    if (suggestion && suggestion.toLowerCase() !== q.toLowerCase()) return suggestion;
  }
  return undefined;
}
