import type { ActiveFilter } from "@/components/search/active-filters";
import { FacetGroup, type FacetOption } from "@/components/search/facet-group";
import { fr } from "@/lib/i18n/fr";
import { formatIsoDate } from "@/lib/i18n/format";
import type { FacetCount } from "@/lib/search/types";
import {
  type ActiveCriterion,
  buildSearchHref,
  listActiveCriteria,
  type SearchUrlConfig,
  type SearchUrlState,
  withoutCriterion,
} from "@/lib/search/url-state";

/** One facet filter of an engine page: its URL parameter, facet, legend and value labels. */
export type FacetFilterDefinition = {
  param: string;
  facet: string;
  legend: string;
  label: (value: string) => string;
  /** Fixed order (types, profiles); otherwise by count, then label. */
  order?: readonly string[];
  visibleCount?: number;
  hint?: string;
};

/** Counted values plus the selected ones (a selected value must stay visible to be unticked). */
export function facetFilterOptions(
  definition: FacetFilterDefinition,
  facets: Record<string, FacetCount[]>,
  selected: readonly string[],
): FacetOption[] {
  const counts = new Map((facets[definition.facet] ?? []).map((entry) => [entry.value, entry.count]));
  for (const value of selected) if (!counts.has(value)) counts.set(value, 0);
  const options = [...counts].map(([value, count]) => ({ value, count, label: definition.label(value) }));
  const order = definition.order;
  if (order) {
    const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
    return options.sort((a, b) => rank(a.value) - rank(b.value) || a.label.localeCompare(b.label, "fr"));
  }
  return options.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "fr"));
}

type FacetFiltersProps = {
  definitions: FacetFilterDefinition[];
  state: SearchUrlState;
  facets: Record<string, FacetCount[]>;
  /** Results with every filter applied: a value every result shares filters nothing. */
  total: number;
};

/** One facet group per definition, in order, leaving out groups that could not narrow anything. */
export function FacetFilters({ definitions, state, facets, total }: FacetFiltersProps) {
  return definitions.map((definition) => {
    const selected = state.filters[definition.param] ?? [];
    const options = facetFilterOptions(definition, facets, selected);
    if (selected.length === 0 && options.length === 1 && options[0]?.count === total) return null;
    return (
      <FacetGroup
        key={definition.param}
        name={definition.param}
        legend={definition.legend}
        options={options}
        selected={selected}
        visibleCount={definition.visibleCount}
        hint={definition.hint}
      />
    );
  });
}

export type LabelledCriterion = ActiveFilter & { criterion: ActiveCriterion };

/** Labels of the criteria that are not facet values, where the engine has them. */
export type CriterionLabels = {
  place?: (label: string, km: number) => string;
  placeGroup?: string;
  placeLabel?: string | null;
  from?: (date: string) => string;
  to?: (date: string) => string;
  includeAll?: string;
};

/** Every active criterion of an engine page with its French label and the URL dropping it. */
export function labelEngineCriteria(
  config: SearchUrlConfig,
  state: SearchUrlState,
  definitions: FacetFilterDefinition[],
  labels: CriterionLabels = {},
): LabelledCriterion[] {
  const byParam = new Map(definitions.map((definition) => [definition.param, definition]));
  return listActiveCriteria(config, state).map((criterion) => {
    const removeHref = buildSearchHref(config, state, withoutCriterion(config, state, criterion));
    switch (criterion.type) {
      case "place": {
        const place = labels.placeLabel ?? state.lieu;
        const label = labels.place ? labels.place(place, state.rayon) : fr.editorial.placeChip(place, state.rayon);
        return { criterion, key: "lieu", group: labels.placeGroup ?? fr.editorial.placeGroup, label, removeHref };
      }
      case "debut": {
        const date = formatIsoDate(state.debut ?? "");
        return { criterion, key: "debut", label: labels.from ? labels.from(date) : date, removeHref };
      }
      case "fin": {
        const date = formatIsoDate(state.fin ?? "");
        return { criterion, key: "fin", label: labels.to ? labels.to(date) : date, removeHref };
      }
      case "includeAll":
        return { criterion, key: config.upcomingToggle ?? "tout", label: labels.includeAll ?? "", removeHref };
      case "filter": {
        const definition = byParam.get(criterion.param);
        return {
          criterion,
          key: `${criterion.param}=${criterion.value}`,
          group: definition?.legend,
          label: definition ? definition.label(criterion.value) : criterion.value,
          removeHref,
        };
      }
    }
  });
}
