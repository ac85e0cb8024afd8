import type { ActiveFilter } from "@/components/search/active-filters";
import { fr } from "@/lib/i18n/fr";
import { formatIsoDate } from "@/lib/i18n/format";
import {
  type ActiveCriterion,
  buildSearchHref,
  formationsUrlConfig,
  listActiveCriteria,
  type SearchUrlState,
  withoutCriterion,
} from "@/lib/search/url-state";
import { buildFilterDefinitions } from "./filter-labels";

export type LabelledCriterion = ActiveFilter & { criterion: ActiveCriterion };

/** Every active criterion of /formations with its French label and the URL dropping it. */
export function labelCriteria(
  state: SearchUrlState,
  context: { placeLabel: string | null; domainLabels: Map<string, string> },
): LabelledCriterion[] {
  const definitions = new Map(buildFilterDefinitions(context.domainLabels).map((d) => [d.param, d]));
  const f = fr.formations.filters;
  return listActiveCriteria(formationsUrlConfig, state).map((criterion) => {
    const removeHref = buildSearchHref(
      formationsUrlConfig,
      state,
      withoutCriterion(formationsUrlConfig, state, criterion),
    );
    switch (criterion.type) {
      case "place":
        return {
          criterion,
          key: "lieu",
          group: fr.formations.placeLabel,
          label: f.placeChip(context.placeLabel ?? state.lieu, state.rayon),
          removeHref,
        };
      case "debut":
        return { criterion, key: "debut", label: f.fromChip(formatIsoDate(state.debut ?? "")), removeHref };
      case "fin":
        return { criterion, key: "fin", label: f.toChip(formatIsoDate(state.fin ?? "")), removeHref };
      case "includeAll":
        return { criterion, key: "inclure_sans_session", label: f.includeAllChip, removeHref };
      case "filter": {
        const definition = definitions.get(criterion.param);
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
