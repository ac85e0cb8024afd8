import { buildSearchHref, parseSearchParams } from "@/lib/search/url-state";
import { tradesUrlConfig } from "./trades-url-config";

/** A /metiers address browsing a great domain or a professional domain ("H", "H29"). */
export function tradeListHref(params: { greatDomain?: string; domain?: string; q?: string }): string {
  const filters: Record<string, string> = {};
  if (params.greatDomain) filters.grand_domaine = params.greatDomain;
  if (params.domain) filters.domaine = params.domain;
  if (params.q) filters.q = params.q;
  return buildSearchHref(tradesUrlConfig, parseSearchParams(tradesUrlConfig, filters));
}
