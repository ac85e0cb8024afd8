import type { EditorialCodeLabels } from "@/db/queries/editorial";
import { departmentLabel } from "@/lib/catalog/territories";
import { audienceLabel } from "@/lib/editorial/labels";
import { AUDIENCES } from "@/lib/editorial/vocabulary";
import { fr } from "@/lib/i18n/fr";
import { type SearchUrlState, structuresUrlConfig } from "@/lib/search/url-state";
import { type FacetFilterDefinition, labelEngineCriteria, type LabelledCriterion } from "../../_components/facet-filters";

const f = fr.structures.filters;

/** The facet filters of /structures; data-inclusion values are labelled from editorial_codes. */
export function structureFilters(labels: EditorialCodeLabels): FacetFilterDefinition[] {
  const from = (map: Map<string, string>) => (value: string) => map.get(value) ?? value;
  return [
    { param: "type", facet: "type", legend: f.type, label: from(labels.typologie), visibleCount: 8 },
    { param: "service", facet: "service", legend: f.service, label: from(labels.service) },
    { param: "public", facet: "public", legend: f.public, label: from(labels.public), visibleCount: 5 },
    { param: "theme", facet: "theme", legend: f.theme, label: from(labels.thematique), visibleCount: 5 },
    { param: "profil", facet: "audience", legend: fr.editorial.audienceLegend, label: audienceLabel, order: AUDIENCES, visibleCount: 7 },
    { param: "dep", facet: "department", legend: fr.editorial.departmentLegend, label: departmentLabel, visibleCount: 6 },
  ];
}

export function labelStructureCriteria(
  state: SearchUrlState,
  definitions: FacetFilterDefinition[],
  placeLabel: string | null,
): LabelledCriterion[] {
  return labelEngineCriteria(structuresUrlConfig, state, definitions, { placeLabel });
}
