import Link from "next/link";
import type { TradeGreatDomainSummary } from "@/db/queries/trades";
import { fr } from "@/lib/i18n/fr";
import { formatNumber, pluralize } from "@/lib/i18n/format";
import { tradeListHref } from "./trade-list-href";

/** Entry points of /metiers before any search: the 14 ROME great domains with their fiche counts. */
export function GreatDomainGrid({ domains }: { domains: TradeGreatDomainSummary[] }) {
  return (
    <section aria-labelledby="grands-domaines" className="mt-10">
      <h2 id="grands-domaines" className="text-2xl font-extrabold tracking-tight text-brand-900">
        {fr.trades.list.browseHeading}
      </h2>
      <p className="mt-1 text-ink-muted">{fr.trades.list.browseIntro}</p>
      {domains.length === 0 ? (
        <p className="mt-6 rounded-card border border-dashed border-brand-300 bg-brand-50 p-5">{fr.home.domainsEmpty}</p>
      ) : (
        <ul role="list" className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {domains.map((domain) => (
            <li key={domain.code}>
              <Link
                href={tradeListHref({ greatDomain: domain.code })}
                className="group flex h-full items-start gap-4 rounded-card border border-line bg-white p-4 no-underline shadow-card transition-shadow hover:shadow-card-hover"
              >
                <span
                  aria-hidden="true"
                  className="inline-flex size-11 shrink-0 items-center justify-center rounded-xl bg-brand-50 text-lg font-extrabold text-brand-700 ring-1 ring-brand-100"
                >
                  {domain.code}
                </span>
                <span className="min-w-0">
                  <span className="block leading-snug font-bold text-brand-900 group-hover:underline">{domain.label}</span>
                  <span className="mt-1 block text-sm text-ink-muted">
                    {formatNumber(domain.tradeCount)} {pluralize(domain.tradeCount, fr.home.tradeCount)}
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
