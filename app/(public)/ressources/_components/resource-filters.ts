import { audienceLabel } from "@/lib/editorial/labels";
import { AUDIENCES, RESOURCE_KINDS, RESOURCE_THEMES } from "@/lib/editorial/vocabulary";
import { fr } from "@/lib/i18n/fr";
import { resourcesUrlConfig, type SearchUrlState } from "@/lib/search/url-state";
import { type FacetFilterDefinition, labelEngineCriteria, type LabelledCriterion } from "../../_components/facet-filters";

const r = fr.resources;

/** The facet filters of /ressources. */
export const RESOURCE_FILTERS: FacetFilterDefinition[] = [
  { param: "theme", facet: "theme", legend: r.filters.theme, label: (v) => r.themes[v] ?? v, order: RESOURCE_THEMES, visibleCount: 10 },
  { param: "type", facet: "type", legend: r.filters.type, label: (v) => r.kinds[v] ?? v, order: RESOURCE_KINDS },
  { param: "profil", facet: "audience", legend: fr.editorial.audienceLegend, label: audienceLabel, order: AUDIENCES, visibleCount: 7 },
];

export function labelResourceCriteria(state: SearchUrlState): LabelledCriterion[] {
  return labelEngineCriteria(resourcesUrlConfig, state, RESOURCE_FILTERS);
}
