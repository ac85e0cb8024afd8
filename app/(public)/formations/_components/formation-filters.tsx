import { FacetGroup, FilterCheckbox } from "@/components/search/facet-group";
import { fr } from "@/lib/i18n/fr";
import type { FacetCount } from "@/lib/search/types";
import type { SearchUrlState } from "@/lib/search/url-state";
import { buildFilterDefinitions, facetOptions } from "./filter-labels";

type FormationFiltersProps = {
  state: SearchUrlState;
  facets: Record<string, FacetCount[]>;
  domainLabels: Map<string, string>;
  /** Results with every filter applied: a value matching all of them filters nothing. */
  total: number;
};

const f = fr.formations.filters;

/** The sidebar of /formations: dates, then one facet group per filter, then the session toggle. */
export function FormationFilters({ state, facets, domainLabels, total }: FormationFiltersProps) {
  return (
    <>
      <fieldset aria-describedby="formations-dates-aide">
        <legend className="mb-1 font-semibold text-ink">{f.dates}</legend>
        <p id="formations-dates-aide" className="mb-2 text-sm text-ink-muted">
          {f.datesHint}
        </p>
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-1">
          <DateField id="formations-debut" name="debut" label={f.from} value={state.debut} />
          <DateField id="formations-fin" name="fin" label={f.to} value={state.fin} />
        </div>
      </fieldset>
      {buildFilterDefinitions(domainLabels).map((definition) => {
        const selected = state.filters[definition.param] ?? [];
        const options = facetOptions(definition, facets, selected);
        // One value shared by every result filters nothing (a one-region portal): hide it unless selected.
        if (selected.length === 0 && options.length === 1 && options[0]?.count === total) return null;
        return (
          <FacetGroup
            key={definition.param}
            name={definition.param}
            legend={definition.legend}
            options={options}
            selected={selected}
            visibleCount={definition.visibleCount}
          />
        );
      })}
      <FilterCheckbox
        name="inclure_sans_session"
        label={f.includeAll}
        checked={state.includeAll}
        hint={f.includeAllHint}
      />
    </>
  );
}

function DateField({ id, name, label, value }: { id: string; name: string; label: string; value: string | null }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm">
        {label}
      </label>
      <input
        id={id}
        type="date"
        name={name}
        defaultValue={value ?? ""}
        className="h-11 w-full rounded-lg border border-field bg-white px-2 text-base text-ink"
      />
    </div>
  );
}
