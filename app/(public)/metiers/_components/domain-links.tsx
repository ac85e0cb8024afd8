import Link from "next/link";
import type { TradeDomainLabel } from "@/db/queries/trades";
import { fr } from "@/lib/i18n/fr";
import { formatNumber } from "@/lib/i18n/format";
import type { FacetCount } from "@/lib/search/types";
import { tradeListHref } from "./trade-list-href";

type DomainLinksProps = {
  greatDomain: { code: string; label: string };
  domains: TradeDomainLabel[];
  facet: FacetCount[] | undefined;
};

/**
 * Browsing a great domain: its professional domains as links above the results, visible on small
 * screens too, where the domain facet sits folded in the filters panel.
 */
export function DomainLinks({ greatDomain, domains, facet }: DomainLinksProps) {
  const counts = new Map((facet ?? []).map((entry) => [entry.value, entry.count]));
  const listed = domains.filter((domain) => domain.greatDomainCode === greatDomain.code && (counts.get(domain.code) ?? 0) > 0);
  if (listed.length < 2) return null;
  return (
    <nav aria-labelledby="domaines-du-grand-domaine">
      <h3 id="domaines-du-grand-domaine" className="font-semibold text-ink">
        {fr.trades.list.domainsOf(greatDomain.label)}
      </h3>
      <ul role="list" className="mt-2 flex flex-wrap gap-2">
        {listed.map((domain) => (
          <li key={domain.code}>
            <Link
              href={tradeListHref({ greatDomain: greatDomain.code, domain: domain.code })}
              className="inline-flex min-h-9 items-center gap-1.5 rounded-full border border-line bg-white px-3 py-1 text-sm font-semibold text-brand-800 no-underline hover:border-brand-600 hover:bg-brand-50"
            >
              {domain.label}
              <span className="font-normal text-ink-muted">({formatNumber(counts.get(domain.code) ?? 0)})</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
