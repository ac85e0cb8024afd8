import { audienceLabel, territoryLabel } from "@/lib/editorial/labels";
import { AUDIENCES, FINANCING_KINDS, NATIONAL_TERRITORY } from "@/lib/editorial/vocabulary";
import { fr } from "@/lib/i18n/fr";
import { financingUrlConfig, type SearchUrlState } from "@/lib/search/url-state";
import { type FacetFilterDefinition, labelEngineCriteria, type LabelledCriterion } from "../../_components/facet-filters";

const f = fr.financing.filters;

/** The facet filters of /financements. */
export const FINANCING_FILTERS: FacetFilterDefinition[] = [
  { param: "type", facet: "type", legend: f.type, label: (v) => fr.financing.kinds[v] ?? v, order: FINANCING_KINDS, visibleCount: 7 },
  { param: "profil", facet: "audience", legend: fr.editorial.audienceLegend, label: audienceLabel, order: AUDIENCES, visibleCount: 7 },
  { param: "cpf", facet: "cpf", legend: f.cpf, label: () => fr.financing.cpfOption },
  // National schemes first, then regions and departments by count.
  { param: "territoire", facet: "territory", legend: f.territory, label: territoryLabel, order: [NATIONAL_TERRITORY], visibleCount: 5 },
];

export function labelFinancingCriteria(state: SearchUrlState): LabelledCriterion[] {
  return labelEngineCriteria(financingUrlConfig, state, FINANCING_FILTERS);
}
