import {
  eventsUrlConfig,
  financingUrlConfig,
  formationsUrlConfig,
  parseSearchParams,
  resourcesUrlConfig,
  type SearchUrlConfig,
  structuresUrlConfig,
  toSearchQuery,
} from "@/lib/search/url-state";
import type { SearchQuery } from "@/lib/search/types";

const CONFIGS: SearchUrlConfig[] = [
  formationsUrlConfig,
  eventsUrlConfig,
  structuresUrlConfig,
  financingUrlConfig,
  resourcesUrlConfig,
];

/**
 * The engine query a profile link stands for (null for engines without a URL config here,
 * e.g. /metiers), so the profile page can show how many results each link leads to.
 */
export function profileLinkQuery(href: string): SearchQuery | null {
  const url = new URL(href, "http://passerelle.invalid");
  const config = CONFIGS.find((c) => c.path === url.pathname);
  if (!config) return null;
  return toSearchQuery(config, parseSearchParams(config, url.searchParams));
}

export function profileLinkParamCount(href: string): { given: number; kept: number } {
  const url = new URL(href, "http://passerelle.invalid");
  const config = CONFIGS.find((c) => c.path === url.pathname);
  const given = [...url.searchParams.keys()].length;
  if (!config) return { given, kept: 0 };
  const state = parseSearchParams(config, url.searchParams);
  return { given, kept: Object.values(state.filters).reduce((n, values) => n + values.length, 0) };
}
