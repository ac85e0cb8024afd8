/**
 * Closed vocabularies of the editorial content (events, support structures, financing schemes,
 * resources). Plain constants, free of database imports, so the schema, the seed, the search
 * documents and client-side URL parsing share one list.
 */

/** Publication workflow of the back office; only "published" content is public and indexed. */
export const EDITORIAL_STATUSES = ["draft", "scheduled", "published", "archived"] as const;
export type EditorialStatus = (typeof EDITORIAL_STATUSES)[number];

/** The visitor profiles the portal addresses, as in its "Vous êtes…" entry points. */
export const AUDIENCES = [
  "collegien-lyceen",
  "etudiant",
  "apprenti",
  "demandeur-emploi",
  "salarie",
  "chef-entreprise",
  "professionnel-orientation",
] as const;
export type Audience = (typeof AUDIENCES)[number];

export const EVENT_TYPES = [
  "journee-portes-ouvertes",
  "salon-forum",
  "reunion-information",
  "atelier",
  "job-dating",
  "webinaire",
  "autre",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const RESOURCE_KINDS = ["guide", "video", "fiche", "outil", "site"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const RESOURCE_THEMES = [
  "orientation",
  "metiers",
  "formation",
  "financement",
  "alternance",
  "emploi",
  "certification",
  "vae",
  "creation-entreprise",
  "handicap",
] as const;
export type ResourceTheme = (typeof RESOURCE_THEMES)[number];

/** Themes of news articles: the same list as resources, so a visitor filters both alike. */
export const NEWS_THEMES = RESOURCE_THEMES;
export type NewsTheme = ResourceTheme;

/** How a scheme pays for training, in the terms a visitor compares them by. */
export const FINANCING_KINDS = [
  "cpf",
  "formation-collective",
  "aide-individuelle",
  "alternance",
  "avant-embauche",
  "transition-professionnelle",
  "plan-entreprise",
] as const;
export type FinancingKind = (typeof FINANCING_KINDS)[number];

/**
 * Where content applies: "FR" (national), "R76" (a region, INSEE 2016 code) or "D31" (a
 * department). One text array column holds any mix, so a scheme can cover a region and one
 * department of another.
 */
export const NATIONAL_TERRITORY = "FR";
export const TERRITORY_PATTERN = /^(FR|R\d{2}|D(\d{2}|2[AB]|97\d))$/;

export function regionTerritory(regionCode: string): string {
  return `R${regionCode}`;
}

export function departmentTerritory(departmentCode: string): string {
  return `D${departmentCode}`;
}

export type Territory = { level: "national" } | { level: "region" | "department"; code: string };

export function parseTerritory(value: string): Territory | null {
  if (!TERRITORY_PATTERN.test(value)) return null;
  if (value === NATIONAL_TERRITORY) return { level: "national" };
  return { level: value.startsWith("R") ? "region" : "department", code: value.slice(1) };
}

/** Lower-case ASCII words joined by hyphens: "Journée portes ouvertes – CFA" -> "journee-portes-ouvertes-cfa". */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}

/** Public URL slugs: what slugify produces, checked before any database lookup. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(value: string): boolean {
  return value.length <= 120 && SLUG_PATTERN.test(value);
}
