import { departmentLabel } from "@/lib/catalog/territories";
import { audienceLabel } from "@/lib/editorial/labels";
import { AUDIENCES, EVENT_TYPES } from "@/lib/editorial/vocabulary";
import { fr } from "@/lib/i18n/fr";
import { eventsUrlConfig, type SearchUrlConfig, type SearchUrlState } from "@/lib/search/url-state";
import { type FacetFilterDefinition, labelEngineCriteria, type LabelledCriterion } from "../../_components/facet-filters";

const f = fr.events.filters;

/** The facet filters of /evenements, in the order of the sidebar. */
export const EVENT_FILTERS: FacetFilterDefinition[] = [
  { param: "type", facet: "type", legend: f.type, label: (v) => fr.events.types[v] ?? v, order: EVENT_TYPES, visibleCount: 7 },
  { param: "format", facet: "online", legend: f.format, label: (v) => fr.events.formats[v] ?? v, order: ["sur-place", "en-ligne"] },
  { param: "profil", facet: "audience", legend: fr.editorial.audienceLegend, label: audienceLabel, order: AUDIENCES, visibleCount: 7 },
  { param: "dep", facet: "department", legend: fr.editorial.departmentLegend, label: departmentLabel, visibleCount: 6 },
];

/** `config` is the page's: the calendar view's keeps its view and month in the chips' links. */
export function labelEventCriteria(
  state: SearchUrlState,
  placeLabel: string | null,
  config: SearchUrlConfig = eventsUrlConfig,
): LabelledCriterion[] {
  return labelEngineCriteria(config, state, EVENT_FILTERS, {
    placeLabel,
    from: f.fromChip,
    to: f.toChip,
    includeAll: f.includePastChip,
  });
}
