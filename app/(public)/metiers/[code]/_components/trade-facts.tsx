import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { TradeDetail } from "@/db/queries/trade-detail";
import { fr } from "@/lib/i18n/fr";
import { formatMedianSalary } from "@/lib/i18n/format";
import { tradeListHref } from "../../_components/trade-list-href";
import { Fact } from "../../../_components/fact";

/** The side panel of a trade page: codes, domains, labour-market figure and ROME flags. */
export function TradeFacts({ trade }: { trade: TradeDetail }) {
  const flags: string[] = [];
  if (trade.transitions.ecological) flags.push(fr.trades.transitionEcological);
  if (trade.transitions.digital) flags.push(fr.trades.transitionDigital);
  if (trade.transitions.demographic) flags.push(fr.trades.transitionDemographic);
  const salaryKnown = trade.medianNetMonthlySalary !== null && trade.medianNetMonthlySalary > 0;

  return (
    <section aria-labelledby="en-bref" className="rounded-card border border-line bg-surface p-5">
      <h2 id="en-bref" className="text-lg font-bold text-brand-900">
        {fr.trades.keyFacts}
      </h2>
      <dl className="mt-3 space-y-4 text-[0.9375rem]">
        <Fact label={fr.trades.romeCode}>
          <span className="font-mono font-semibold">{trade.code}</span>
        </Fact>
        <Fact label={fr.trades.greatDomain}>
          <Link href={tradeListHref({ greatDomain: trade.greatDomain.code })} className="text-brand-700 underline">
            {trade.greatDomain.label}
          </Link>
        </Fact>
        <Fact label={fr.trades.domain}>
          <Link
            href={tradeListHref({ greatDomain: trade.greatDomain.code, domain: trade.domain.code })}
            className="text-brand-700 underline"
          >
            {trade.domain.label}
          </Link>
        </Fact>
        <Fact label={fr.trades.salary}>
          <span className={salaryKnown ? "text-xl font-bold text-ink" : "font-semibold text-ink"}>
            {formatMedianSalary(trade.medianNetMonthlySalary)}
          </span>
          <span className="mt-1 block text-sm text-ink-muted">{fr.trades.salaryNote}</span>
        </Fact>
        {(flags.length > 0 || trade.regulated || trade.executive) && (
          <Fact label={fr.trades.features}>
            <ul role="list" className="flex flex-wrap gap-2">
              {flags.map((flag) => (
                <li key={flag}>
                  <Badge tone="brand">{flag}</Badge>
                </li>
              ))}
              {trade.regulated && (
                <li>
                  <Badge tone="accent">{fr.trades.regulated}</Badge>
                </li>
              )}
              {trade.executive && (
                <li>
                  <Badge>{fr.trades.executive}</Badge>
                </li>
              )}
            </ul>
          </Fact>
        )}
      </dl>
    </section>
  );
}
