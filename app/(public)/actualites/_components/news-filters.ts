import type { NewsFilters } from "@/db/queries/news";
import { parsePortalDateTime } from "@/lib/dates";
import { audienceLabel, territoryLabel } from "@/lib/editorial/labels";
import { AUDIENCES, NEWS_THEMES, TERRITORY_PATTERN } from "@/lib/editorial/vocabulary";
import { fr } from "@/lib/i18n/fr";
import type { SearchUrlConfig, SearchUrlState } from "@/lib/search/url-state";
import { type FacetFilterDefinition, labelEngineCriteria, type LabelledCriterion } from "../../_components/facet-filters";

const n = fr.news;

/**
 * /actualites keeps its state in the URL like the search engines (same keys: theme, profil,
 * territoire, debut, fin, page), but reads the database directly: news are few, always sorted by
 * date, and need no relevance ranking.
 */
export const newsUrlConfig: SearchUrlConfig = {
  path: "/actualites",
  dates: true,
  sorts: { date: "date" },
  perPage: 12,
  filters: [
    { param: "theme", facet: "theme", allowed: NEWS_THEMES },
    { param: "profil", facet: "audience", allowed: AUDIENCES },
    { param: "territoire", facet: "territory", allowed: TERRITORY_PATTERN, normalize: (v) => v.toUpperCase() },
  ],
};

export function newsFilterDefinitions(territories: readonly string[]): FacetFilterDefinition[] {
  return [
    { param: "theme", facet: "theme", legend: n.filters.theme, label: (v) => fr.resources.themes[v] ?? v, order: NEWS_THEMES, visibleCount: 10 },
    { param: "profil", facet: "audience", legend: fr.editorial.audienceLegend, label: audienceLabel, order: AUDIENCES, visibleCount: 7 },
    {
      param: "territoire",
      facet: "territory",
      legend: n.filters.territory,
      hint: n.filters.territoryHint,
      label: territoryLabel,
      order: territories,
      visibleCount: 5,
    },
  ];
}

export function labelNewsCriteria(state: SearchUrlState, definitions: FacetFilterDefinition[]): LabelledCriterion[] {
  return labelEngineCriteria(newsUrlConfig, state, definitions, { from: n.fromChip, to: n.toChip });
}

/** The day after an ISO date ("2026-02-28" -> "2026-03-01"). */
function nextDay(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** The query's filters for a URL state; days are Paris days, the end day included. */
export function toNewsFilters(state: SearchUrlState): NewsFilters {
  return {
    themes: state.filters.theme ?? [],
    audiences: state.filters.profil ?? [],
    territories: state.filters.territoire ?? [],
    publishedFrom: state.debut ? (parsePortalDateTime(`${state.debut}T00:00`) ?? undefined) : undefined,
    publishedBefore: state.fin ? (parsePortalDateTime(`${nextDay(state.fin)}T00:00`) ?? undefined) : undefined,
  };
}
