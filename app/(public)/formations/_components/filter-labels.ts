import type { FacetOption } from "@/components/search/facet-group";
import { publicAudienceLabel } from "@/lib/catalog/public-audiences";
import { departmentLabel, regionLabel } from "@/lib/catalog/territories";
import { fr } from "@/lib/i18n/fr";
import type { FacetCount } from "@/lib/search/types";
import { FINANCING_VALUES } from "@/lib/search/url-state";

/** How one filter parameter of /formations is labelled and ordered. */
export type FilterDefinition = {
  param: string;
  legend: string;
  /** Facet(s) whose counts feed the options (certification reads two). */
  facets: string[];
  label: (value: string) => string;
  /** Fixed order (levels, modalities); otherwise by count, then label. */
  order?: readonly string[];
  visibleCount?: number;
};

const LEVELS = ["1", "2", "3", "4", "5", "6", "7", "8"];
const f = fr.formations.filters;

export function buildFilterDefinitions(domainLabels: Map<string, string>): FilterDefinition[] {
  return [
    { param: "niveau_sortie", legend: f.exitLevel, facets: ["level"], label: levelLabel, order: LEVELS, visibleCount: 8 },
    { param: "niveau_entree", legend: f.entryLevel, facets: ["entryLevel"], label: levelLabel, order: LEVELS, visibleCount: 8 },
    {
      param: "financement",
      legend: f.financing,
      facets: ["financing"],
      label: (v) => fr.catalog.financing[v] ?? v,
      order: FINANCING_VALUES,
      visibleCount: 4,
    },
    {
      param: "alternance",
      legend: f.alternance,
      facets: ["alternance"],
      label: (v) => fr.catalog.alternance[v] ?? v,
      order: ["apprentissage", "professionnalisation"],
    },
    {
      param: "modalite",
      legend: f.modality,
      facets: ["modality"],
      label: (v) => fr.catalog.modality[v] ?? v,
      order: ["presentiel", "mixte", "distance"],
    },
    {
      param: "certification",
      legend: f.certification,
      facets: ["certification", "type"],
      label: (v) => fr.catalog.certification[v] ?? v,
      order: ["certifiante", "rncp", "rs"],
    },
    { param: "dep", legend: f.department, facets: ["department"], label: departmentLabel, visibleCount: 5 },
    { param: "region", legend: f.region, facets: ["region"], label: regionLabel, visibleCount: 5 },
    {
      param: "domaine",
      legend: f.domain,
      facets: ["domain"],
      label: (v) => domainLabel(v, domainLabels),
      visibleCount: 5,
    },
    { param: "public", legend: f.public, facets: ["public"], label: publicAudienceLabel, visibleCount: 5 },
  ];
}

export function levelLabel(level: string): string {
  return fr.catalog.levels[level] ?? fr.catalog.levelFallback(level);
}

export function domainLabel(value: string, labels: Map<string, string>): string {
  const known = labels.get(value);
  if (known) return known;
  const [system = "", code = value] = value.split(":");
  return fr.catalog.domainFallback(system, code);
}

/**
 * Options of a filter: every value the engine counted plus the selected ones (a selected value the
 * other filters leave empty must stay visible to be unticked), in the filter's order.
 */
export function facetOptions(
  definition: FilterDefinition,
  facets: Record<string, FacetCount[]>,
  selected: readonly string[],
): FacetOption[] {
  const counts = new Map<string, number>();
  for (const facet of definition.facets) {
    for (const entry of facets[facet] ?? []) {
      // "type" carries other flags than "certifiante": only the filter's own values count.
      if (definition.param === "certification" && facet === "type" && entry.value !== "certifiante") continue;
      counts.set(entry.value, entry.count);
    }
  }
  for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
  const options = [...counts].map(([value, count]) => ({ value, count, label: definition.label(value) }));
  const order = definition.order;
  if (order) {
    const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
    return options.sort((a, b) => rank(a.value) - rank(b.value) || a.label.localeCompare(b.label, "fr"));
  }
  return options.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "fr"));
}
