import type { ActiveFilter } from "@/components/search/active-filters";
import { departmentLabel, regionLabel } from "@/lib/catalog/territories";
import { fr } from "@/lib/i18n/fr";
import {
  type ActiveCriterion,
  buildSearchHref,
  listActiveCriteria,
  type SearchUrlState,
  withoutCriterion,
} from "@/lib/search/url-state";
import { organisationsUrlConfig } from "./organisations-url-config";

export type OrganisationCriterion = ActiveFilter & { criterion: ActiveCriterion };

/** Active filters of /organismes with their labels and the URL dropping each. */
export function labelOrganisationCriteria(state: SearchUrlState): OrganisationCriterion[] {
  const f = fr.organisations.list.filters;
  return listActiveCriteria(organisationsUrlConfig, state).flatMap((criterion) => {
    if (criterion.type !== "filter") return [];
    const department = criterion.param === "dep";
    return [
      {
        criterion,
        key: `${criterion.param}=${criterion.value}`,
        group: department ? f.department : f.region,
        label: department ? departmentLabel(criterion.value) : regionLabel(criterion.value),
        removeHref: buildSearchHref(
          organisationsUrlConfig,
          state,
          withoutCriterion(organisationsUrlConfig, state, criterion),
        ),
      },
    ];
  });
}
