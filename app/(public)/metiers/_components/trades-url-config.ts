import type { SearchUrlConfig } from "@/lib/search/url-state";

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
