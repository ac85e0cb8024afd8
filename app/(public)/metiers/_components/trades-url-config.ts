import type { SearchQuery } from "@/lib/search/types";
import type { SearchUrlConfig } from "@/lib/search/url-state";

/** Trade documents write their domain facet "rome:H29"; URLs keep the plain code (?domaine=H29). */
const DOMAIN_FACET_PREFIX = "rome:";

/** /metiers: the trade engine, one document per ROME fiche (lib/search/documents.ts). */
export const tradesUrlConfig: SearchUrlConfig = {
  path: "/metiers",
  kinds: ["metier"],
  sorts: { pertinence: "relevance", alpha: "title" },
  perPage: 20,
  filters: [
    { param: "grand_domaine", facet: "greatDomain", allowed: /^[A-N]$/, normalize: (v) => v.toUpperCase() },
    { param: "domaine", facet: "domain", allowed: /^[A-N]\d{2}$/, normalize: (v) => v.toUpperCase() },
    { param: "transition", facet: "transition", allowed: ["ecologique", "numerique", "demographique"] },
    { param: "type", facet: "type", allowed: ["reglemente"] },
  ],
  facets: ["greatDomain", "domain", "transition", "type"],
};

/** The engine query with domain codes turned into the documents' facet values. */
export function withDomainFacetValues(query: SearchQuery): SearchQuery {
  const domains = query.filters?.domain;
  if (!domains) return query;
  return { ...query, filters: { ...query.filters, domain: domains.map((code) => `${DOMAIN_FACET_PREFIX}${code}`) } };
}

/** "rome:H29" -> "H29"; other values (none today) are dropped. */
export function domainCodeOfFacet(value: string): string | null {
  return value.startsWith(DOMAIN_FACET_PREFIX) ? value.slice(DOMAIN_FACET_PREFIX.length) : null;
}
