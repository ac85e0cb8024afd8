import Link from "next/link";
import type { EngineLink } from "@/components/search/engines";
import { FormationResultCard } from "@/components/search/formation-result-card";
import { Icon } from "@/components/search/icons";
import { ResultCard, ResultList, resultCardFromHit } from "@/components/search/result-card";
import { fr } from "@/lib/i18n/fr";
import { formatNumber, pluralize } from "@/lib/i18n/format";
import type { SearchResult } from "@/lib/search/types";

type KindResultsProps = {
  engine: EngineLink;
  result: SearchResult;
  /** The engine's URL with the query carried over. */
  href: string;
  today: string;
};

/** One kind of the central search: its count, its best few hits and the way into its engine. */
export function KindResults({ engine, result, href, today }: KindResultsProps) {
  const headingId = `resultats-${engine.kind}`;
  const noun = pluralize(result.total, engine.noun);
  return (
    <section aria-labelledby={headingId} className="scroll-mt-6">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-2xl font-bold text-brand-900">
          {capitalize(pluralize(2, engine.noun))}{" "}
          <span className="font-semibold text-ink-muted">({formatNumber(result.total)})</span>
        </h2>
      </div>
      <ResultList className="mt-4">
        {result.hits.map((hit) => (
          <li key={`${hit.doc.kind}-${hit.doc.id}`}>
            {hit.doc.kind === "formation" ? (
              <FormationResultCard hit={hit} today={today} variant="compact" />
            ) : (
              <ResultCard {...resultCardFromHit(hit)} variant="compact" />
            )}
          </li>
        ))}
      </ResultList>
      <p className="mt-4">
        <Link
          href={href}
          className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-brand-700 px-4 font-semibold text-brand-800 no-underline hover:bg-brand-50"
        >
          {result.total === 1 ? fr.central.seeOne(noun) : fr.central.seeAll(formatNumber(result.total), noun)}
          <Icon name="arrowRight" />
        </Link>
      </p>
    </section>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
