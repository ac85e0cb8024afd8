import Link from "next/link";
import { fr } from "@/lib/i18n/fr";
import { Icon } from "./icons";

export type ActiveFilter = {
  /** Unique among the chips, e.g. "niveau_sortie=4". */
  key: string;
  /** The value as shown, e.g. "Niveau 4 (Bac)". */
  label: string;
  /** The filter's name for screen readers, e.g. "Niveau de sortie". */
  group?: string;
  /** The current URL without this value (and back to page 1). */
  removeHref: string;
};

type ActiveFiltersProps = {
  filters: ActiveFilter[];
  /** The current URL without any filter (the query text may stay). */
  clearHref: string;
};

/** Removable chips for the filters in the URL: plain links, so removing works without JavaScript. */
export function ActiveFilters({ filters, clearHref }: ActiveFiltersProps) {
  if (filters.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="active-filters">
      <p id="filtres-actifs-titre" className="text-sm font-semibold text-ink">
        {fr.searchKit.activeFilters}
      </p>
      <ul role="list" aria-labelledby="filtres-actifs-titre" className="flex flex-wrap gap-2">
        {filters.map((filter) => (
          <li key={filter.key}>
            <Link
              href={filter.removeHref}
              scroll={false}
              aria-label={fr.searchKit.removeFilter(filter.group ? `${filter.group} : ${filter.label}` : filter.label)}
              className="inline-flex min-h-9 items-center gap-1.5 rounded-full border border-brand-300 bg-brand-50 py-1 pr-2 pl-3 text-sm font-semibold text-brand-800 no-underline hover:border-brand-600 hover:bg-brand-100"
            >
              {filter.label}
              <Icon name="close" className="size-4" />
            </Link>
          </li>
        ))}
      </ul>
      <Link
        href={clearHref}
        scroll={false}
        className="inline-flex min-h-9 items-center px-1 text-sm font-semibold text-brand-700 underline hover:text-brand-900"
      >
        {fr.searchKit.clearAll}
      </Link>
    </div>
  );
}
