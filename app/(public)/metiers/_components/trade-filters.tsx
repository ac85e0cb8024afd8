import { FacetGroup, type FacetOption } from "@/components/search/facet-group";
import type { TradeDomainLabel, TradeGreatDomainSummary } from "@/db/queries/trades";
import { fr } from "@/lib/i18n/fr";
import type { SearchUrlState } from "@/lib/search/url-state";
import type { FacetCount } from "@/lib/search/types";

type TradeFiltersProps = {
  state: SearchUrlState;
  facets: Record<string, FacetCount[]>;
  greatDomains: TradeGreatDomainSummary[];
  domains: TradeDomainLabel[];
};

const f = fr.trades.list.filters;

function countsOf(facets: FacetCount[] | undefined) {
  return new Map((facets ?? []).map((entry) => [entry.value, entry.count]));
}

/**
 * Facets of /metiers. The 110 professional domains only show once a great domain is chosen: a
 * list that long helps nobody, and the great domain narrows it to a handful.
 */
export function TradeFilters({ state, facets, greatDomains, domains }: TradeFiltersProps) {
  const selectedGreat = state.filters.grand_domaine ?? [];
  const selectedDomains = state.filters.domaine ?? [];
  const greatCounts = countsOf(facets.greatDomain);
  const domainCounts = countsOf(facets.domain);
  const transitionCounts = countsOf(facets.transition);
  const typeCounts = countsOf(facets.type);

  const greatOptions: FacetOption[] = greatDomains.map((domain) => ({
    value: domain.code,
    label: domain.label,
    count: greatCounts.get(domain.code) ?? 0,
  }));
  const domainOptions: FacetOption[] = domains
    .filter((domain) => selectedGreat.includes(domain.greatDomainCode) || selectedDomains.includes(domain.code))
    .map((domain) => ({ value: domain.code, label: domain.label, count: domainCounts.get(domain.code) ?? 0 }));
  const transitionOptions: FacetOption[] = Object.entries(fr.trades.list.transitions).map(([value, label]) => ({
    value,
    label,
    count: transitionCounts.get(value) ?? 0,
  }));
  const typeOptions: FacetOption[] = Object.entries(fr.trades.list.types).map(([value, label]) => ({
    value,
    label,
    count: typeCounts.get(value) ?? 0,
  }));

  return (
    <>
      <FacetGroup name="grand_domaine" legend={f.greatDomain} options={greatOptions} selected={selectedGreat} visibleCount={14} />
      {domainOptions.length > 0 ? (
        <FacetGroup name="domaine" legend={f.domain} options={domainOptions} selected={selectedDomains} visibleCount={8} />
      ) : (
        <p className="text-sm text-ink-muted">
          <span className="font-semibold text-ink">{f.domain}</span> : {f.domainHint}
        </p>
      )}
      <FacetGroup name="transition" legend={f.transition} options={transitionOptions} selected={state.filters.transition ?? []} />
      <FacetGroup name="type" legend={f.type} options={typeOptions} selected={state.filters.type ?? []} />
    </>
  );
}
