import type { SearchQuery } from "@/lib/search/types";
import type { SearchUrlConfig } from "@/lib/search/url-state";

/** /organismes: one document per active organisation (lib/search/documents.ts). */
export const organisationsUrlConfig: SearchUrlConfig = {
  path: "/organismes",
  kinds: ["organisme"],
  sorts: { pertinence: "relevance", alpha: "title" },
  perPage: 20,
  filters: [
    { param: "dep", facet: "department", allowed: /^(\d{2}|2[AB]|97\d)$/, normalize: (v) => v.toUpperCase() },
    { param: "region", facet: "region", allowed: /^\d{2}$/ },
  ],
  facets: ["department", "region"],
};

/**
 * A SIRET typed the way it is printed ("123 456 789 00012") is one token for the index, which
 * stores it without spaces: the spaces go before the engine sees it.
 */
export function withCompactSiret(query: SearchQuery): SearchQuery {
  const q = query.q?.trim();
  if (!q || !/^[\d\s.]+$/.test(q)) return query;
  const digits = q.replace(/\D/g, "");
  return digits.length === 9 || digits.length === 14 ? { ...query, q: digits } : query;
}
