import { FacetGroup, type FacetOption } from "@/components/search/facet-group";
import { departmentLabel, regionLabel } from "@/lib/catalog/territories";
import { fr } from "@/lib/i18n/fr";
import type { FacetCount } from "@/lib/search/types";
import type { SearchUrlState } from "@/lib/search/url-state";

const collator = new Intl.Collator("fr");

function options(facet: FacetCount[] | undefined, selected: string[], label: (value: string) => string): FacetOption[] {
  const counted = new Map((facet ?? []).map((entry) => [entry.value, entry.count]));
  for (const value of selected) if (!counted.has(value)) counted.set(value, 0);
  return [...counted.entries()]
    .map(([value, count]) => ({ value, label: label(value), count }))
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || collator.compare(a.label, b.label));
}

/** Department and region facets; the region one only when the catalogue spans several regions. */
export function OrganisationFilters({ state, facets }: { state: SearchUrlState; facets: Record<string, FacetCount[]> }) {
  const selectedRegions = state.filters.region ?? [];
  const regionOptions = options(facets.region, selectedRegions, regionLabel);
  return (
    <>
      <FacetGroup
        name="dep"
        legend={fr.organisations.list.filters.department}
        options={options(facets.department, state.filters.dep ?? [], departmentLabel)}
        selected={state.filters.dep ?? []}
        visibleCount={8}
      />
      {(regionOptions.length > 1 || selectedRegions.length > 0) && (
        <FacetGroup
          name="region"
          legend={fr.organisations.list.filters.region}
          options={regionOptions}
          selected={selectedRegions}
        />
      )}
    </>
  );
}
