import { Card } from "@/components/ui/card";
import type { TradeGreatDomainSummary } from "@/db/queries/trades";
import { fr } from "@/lib/i18n/fr";
import { formatNumber, pluralize } from "@/lib/i18n/format";
import { EmptyState } from "./empty-state";
import { SectionHeading } from "./section-heading";

export function TradeDomains({ domains }: { domains: TradeGreatDomainSummary[] }) {
  return (
    <section aria-labelledby="domaines-titre" className="page-container">
      <SectionHeading id="domaines-titre" title={fr.home.domainsHeading} intro={fr.home.domainsIntro} />
      {domains.length === 0 ? (
        <EmptyState>{fr.home.domainsEmpty}</EmptyState>
      ) : (
        <ul role="list" className="mt-8 grid gap-3 sm:gap-4 md:grid-cols-2">
          {domains.map((domain) => (
            <li key={domain.code}>
              <Card
                title={domain.label}
                href={`/metiers?grand_domaine=${domain.code}`}
                icon={
                  <span
                    aria-hidden="true"
                    className="inline-flex size-11 items-center justify-center rounded-xl bg-brand-50 text-lg font-extrabold text-brand-700 ring-1 ring-brand-100"
                  >
                    {domain.code}
                  </span>
                }
                className="p-4"
              >
                <p className="text-sm">
                  <span className="font-bold text-ink">{formatNumber(domain.tradeCount)}</span>{" "}
                  {pluralize(domain.tradeCount, fr.home.tradeCount)}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
