import type { ActiveFilter } from "@/components/search/active-filters";
import { fr } from "@/lib/i18n/fr";
import {
  type ActiveCriterion,
  buildSearchHref,
  listActiveCriteria,
  type SearchUrlState,
  withoutCriterion,
} from "@/lib/search/url-state";
import { tradesUrlConfig } from "./trades-url-config";

export type TradeCriterion = ActiveFilter & { criterion: ActiveCriterion };

export type TradeLabels = {
  greatDomains: Map<string, string>;
  domains: Map<string, string>;
};

const f = fr.trades.list.filters;

/** French label of a filter value of /metiers, by URL parameter. */
export function labelTradeFilter(param: string, value: string, labels: TradeLabels): { group: string; label: string } {
  switch (param) {
    case "grand_domaine":
      return { group: f.greatDomain, label: labels.greatDomains.get(value) ?? value };
    case "domaine":
      return { group: f.domain, label: labels.domains.get(value) ?? value };
    case "transition":
      return { group: f.transition, label: fr.trades.list.transitions[value] ?? value };
    default:
      return { group: f.type, label: fr.trades.list.types[value] ?? value };
  }
}

/** Every active filter of /metiers with its label and the URL dropping it. */
export function labelTradeCriteria(state: SearchUrlState, labels: TradeLabels): TradeCriterion[] {
  return listActiveCriteria(tradesUrlConfig, state).flatMap((criterion) => {
    if (criterion.type !== "filter") return [];
    const { group, label } = labelTradeFilter(criterion.param, criterion.value, labels);
    return [
      {
        criterion,
        key: `${criterion.param}=${criterion.value}`,
        group,
        label,
        removeHref: buildSearchHref(tradesUrlConfig, state, withoutCriterion(tradesUrlConfig, state, criterion)),
      },
    ];
  });
}
