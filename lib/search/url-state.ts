import { z } from "zod";
import {
  AUDIENCES,
  EVENT_TYPES,
  FINANCING_KINDS,
  RESOURCE_KINDS,
  RESOURCE_THEMES,
  TERRITORY_PATTERN,
} from "@/lib/editorial/vocabulary";
import type { GeoPoint, SearchKind, SearchQuery, SearchSort } from "./types";

/**
 * Search pages keep their whole state in the URL, with short French keys a visitor can read and
 * share (/formations?q=cuisine&lieu=Albi&rayon=30&niveau_sortie=4). Parsing is tolerant: a bad
 * value is dropped or clamped, never an error page, because URLs get hand-edited and truncated.
 */

/** A filter parameter: its URL key, the facet it filters and the values it accepts. */
export type FilterParamSpec = {
  param: string;
  /** The document facet; a function when values of one parameter live in several facets. */
  facet: string | ((value: string) => string);
  /** Accepted values: a closed list, or a pattern (values are trimmed; patterns see them as typed). */
  allowed: readonly string[] | RegExp;
  /** Canonical spelling, e.g. upper-case "2A". */
  normalize?: (value: string) => string;
};

export type SearchUrlConfig = {
  /** The engine's page, e.g. "/formations". */
  path: string;
  kinds?: SearchKind[];
  filters: readonly FilterParamSpec[];
  /** URL value of `tri` -> engine sort; the first entry is the default. */
  sorts: Readonly<Record<string, SearchSort>>;
  /** Accepts lieu + rayon. */
  place?: boolean;
  /** Accepts debut + fin. */
  dates?: boolean;
  /**
   * Only documents with a current or upcoming date range unless this parameter is "1"
   * (formations: "inclure_sans_session").
   */
  upcomingToggle?: string;
  /** Facet names to count on the page. */
  facets?: readonly string[];
  perPage?: number;
  /**
   * Parameters every URL of the page keeps as they are, e.g. the agenda's calendar view
   * ({ vue: "calendrier", mois: "2026-12" }): chips and links then stay in that view.
   */
  extraParams?: Readonly<Record<string, string>>;
};

export type SearchUrlState = {
  q: string;
  /** Accepted values by URL parameter (only parameters of the config, each list non-empty). */
  filters: Record<string, string[]>;
  /** A commune name or a postcode, as typed. */
  lieu: string;
  /** Radius around `lieu`, in km, one of RADIUS_OPTIONS. */
  rayon: number;
  /** ISO dates. */
  debut: string | null;
  fin: string | null;
  /** A key of config.sorts. */
  tri: string;
  page: number;
  /** The upcoming-only restriction is lifted (config.upcomingToggle is set to "1"). */
  includeAll: boolean;
};

export const RADIUS_OPTIONS = [5, 10, 20, 30, 50, 100] as const;
export const DEFAULT_RADIUS = 30;
const MAX_RADIUS = 100;
export const MAX_PAGE = 500;
const MAX_QUERY_LENGTH = 200;
const MAX_VALUES_PER_PARAM = 30;

export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

const pageSchema = z.coerce.number().int().min(1).catch(1).transform((page) => Math.min(page, MAX_PAGE));
const radiusSchema = z.coerce
  .number()
  .finite()
  .positive()
  .transform(snapRadius)
  .catch(DEFAULT_RADIUS);
const isoDateSchema = z.iso.date().nullable().catch(null);
const textSchema = z
  .string()
  .catch("")
  .transform((text) => text.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH));

/** The smallest offered radius that covers the asked one; beyond the largest, the largest. */
function snapRadius(km: number): number {
  return RADIUS_OPTIONS.find((option) => option >= km) ?? MAX_RADIUS;
}

function valuesOf(raw: RawSearchParams, key: string): string[] {
  const value = raw instanceof URLSearchParams ? raw.getAll(key) : raw[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function firstOf(raw: RawSearchParams, key: string): string | undefined {
  return valuesOf(raw, key)[0];
}

function accepts(spec: FilterParamSpec, value: string): boolean {
  return Array.isArray(spec.allowed) ? spec.allowed.includes(value) : (spec.allowed as RegExp).test(value);
}

export function defaultSort(config: SearchUrlConfig): string {
  return Object.keys(config.sorts)[0] ?? "pertinence";
}

export function parseSearchParams(config: SearchUrlConfig, raw: RawSearchParams): SearchUrlState {
  const filters: Record<string, string[]> = {};
  for (const spec of config.filters) {
    // Repeated keys (what a form sends) and comma lists (what people type) are both accepted.
    const values = valuesOf(raw, spec.param)
      .flatMap((value) => value.split(","))
      .map((value) => value.trim())
      .filter((value) => value !== "")
      .map((value) => (spec.normalize ? spec.normalize(value) : value))
      .filter((value) => accepts(spec, value));
    const unique = [...new Set(values)].slice(0, MAX_VALUES_PER_PARAM);
    if (unique.length > 0) filters[spec.param] = unique;
  }

  const lieu = config.place ? textSchema.parse(firstOf(raw, "lieu") ?? "") : "";
  const rayon = config.place && firstOf(raw, "rayon") ? radiusSchema.parse(firstOf(raw, "rayon")) : DEFAULT_RADIUS;
  let debut = config.dates ? isoDateSchema.parse(firstOf(raw, "debut") ?? null) : null;
  let fin = config.dates ? isoDateSchema.parse(firstOf(raw, "fin") ?? null) : null;
  // Reversed bounds are a slip, not a wish for nothing: swap them.
  if (debut && fin && debut > fin) [debut, fin] = [fin, debut];

  const requestedSort = firstOf(raw, "tri");
  let tri = requestedSort && Object.hasOwn(config.sorts, requestedSort) ? requestedSort : defaultSort(config);
  if (config.sorts[tri] === "distance" && !lieu) tri = defaultSort(config);

  return {
    q: textSchema.parse(firstOf(raw, "q") ?? ""),
    filters,
    lieu,
    rayon,
    debut,
    fin,
    tri,
    page: pageSchema.parse(firstOf(raw, "page") ?? 1),
    includeAll: config.upcomingToggle ? firstOf(raw, config.upcomingToggle) === "1" : false,
  };
}

/** The engine query for a state; `near` is the resolved `lieu` (null when unknown or absent). */
export function toSearchQuery(
  config: SearchUrlConfig,
  state: SearchUrlState,
  options: { near?: GeoPoint | null } = {},
): SearchQuery {
  const filters: Record<string, string[]> = {};
  for (const spec of config.filters) {
    for (const value of state.filters[spec.param] ?? []) {
      const facet = typeof spec.facet === "function" ? spec.facet(value) : spec.facet;
      (filters[facet] ??= []).push(value);
    }
  }
  const near = options.near ? { lat: options.near.lat, lon: options.near.lon, radiusKm: state.rayon } : undefined;
  let sort = config.sorts[state.tri] ?? "relevance";
  if (sort === "distance" && !near) sort = "relevance";
  return {
    kinds: config.kinds,
    q: state.q || undefined,
    filters,
    dateFrom: state.debut ?? undefined,
    dateTo: state.fin ?? undefined,
    upcomingOnly: config.upcomingToggle ? !state.includeAll : undefined,
    near,
    facets: config.facets ? [...config.facets] : undefined,
    sort,
    page: state.page,
    perPage: config.perPage,
  };
}

/** The query string ("?…", or "" when empty) of a state, defaults left out, keys in a stable order. */
export function serializeSearchState(config: SearchUrlConfig, state: SearchUrlState): string {
  const params = new URLSearchParams(config.extraParams);
  if (state.q) params.set("q", state.q);
  if (config.place && state.lieu) {
    params.set("lieu", state.lieu);
    if (state.rayon !== DEFAULT_RADIUS) params.set("rayon", String(state.rayon));
  }
  if (config.dates && state.debut) params.set("debut", state.debut);
  if (config.dates && state.fin) params.set("fin", state.fin);
  for (const spec of config.filters) {
    for (const value of state.filters[spec.param] ?? []) params.append(spec.param, value);
  }
  if (config.upcomingToggle && state.includeAll) params.set(config.upcomingToggle, "1");
  if (state.tri !== defaultSort(config)) params.set("tri", state.tri);
  if (state.page > 1) params.set("page", String(state.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * The engine's URL for the state with `patch` applied. Any change other than the page sends the
 * visitor back to page 1: page 7 of the old results means nothing for the new ones.
 */
export function buildSearchHref(
  config: SearchUrlConfig,
  state: SearchUrlState,
  patch: Partial<SearchUrlState> = {},
): string {
  const changed = Object.keys(patch).length > 0;
  const next: SearchUrlState = { ...state, ...(changed && !("page" in patch) ? { page: 1 } : {}), ...patch };
  return `${config.path}${serializeSearchState(config, next)}`;
}

export function withFilterValues(state: SearchUrlState, param: string, values: string[]): Partial<SearchUrlState> {
  const filters = { ...state.filters };
  if (values.length > 0) filters[param] = values;
  else delete filters[param];
  return { filters };
}

/** The patch removing one value of a filter parameter. */
export function withoutFilterValue(state: SearchUrlState, param: string, value: string): Partial<SearchUrlState> {
  return withFilterValues(
    state,
    param,
    (state.filters[param] ?? []).filter((v) => v !== value),
  );
}

/** One entry per removable criterion, for chips and "try without" links. */
export type ActiveCriterion =
  | { type: "filter"; param: string; value: string }
  | { type: "place" }
  | { type: "debut" }
  | { type: "fin" }
  | { type: "includeAll" };

export function listActiveCriteria(config: SearchUrlConfig, state: SearchUrlState): ActiveCriterion[] {
  const criteria: ActiveCriterion[] = [];
  if (config.place && state.lieu) criteria.push({ type: "place" });
  if (config.dates && state.debut) criteria.push({ type: "debut" });
  if (config.dates && state.fin) criteria.push({ type: "fin" });
  for (const spec of config.filters) {
    for (const value of state.filters[spec.param] ?? []) criteria.push({ type: "filter", param: spec.param, value });
  }
  if (config.upcomingToggle && state.includeAll) criteria.push({ type: "includeAll" });
  return criteria;
}

/** The patch dropping one criterion (the sort falls back when distance loses its place). */
export function withoutCriterion(
  config: SearchUrlConfig,
  state: SearchUrlState,
  criterion: ActiveCriterion,
): Partial<SearchUrlState> {
  switch (criterion.type) {
    case "filter":
      return withoutFilterValue(state, criterion.param, criterion.value);
    case "place":
      return {
        lieu: "",
        rayon: DEFAULT_RADIUS,
        ...(config.sorts[state.tri] === "distance" ? { tri: defaultSort(config) } : {}),
      };
    case "debut":
      return { debut: null };
    case "fin":
      return { fin: null };
    case "includeAll":
      return { includeAll: false };
  }
}

/** The patch keeping only the query text (and the sort when it still applies). */
export function withoutCriteria(config: SearchUrlConfig, state: SearchUrlState): Partial<SearchUrlState> {
  return {
    filters: {},
    lieu: "",
    rayon: DEFAULT_RADIUS,
    debut: null,
    fin: null,
    includeAll: false,
    tri: config.sorts[state.tri] === "distance" ? defaultSort(config) : state.tri,
  };
}

const LEVELS = ["1", "2", "3", "4", "5", "6", "7", "8"] as const;

/** dict-financeurs groups of lib/search/formation-documents.ts, plus CPF eligibility. */
export const FINANCING_VALUES = [
  "region",
  "cpf",
  "france-travail",
  "opco",
  "entreprise",
  "etat",
  "collectivite",
  "europe",
  "agefiph",
  "transition-pro",
  "personnel",
  "autre",
] as const;

/** /formations: the training engine. */
export const formationsUrlConfig: SearchUrlConfig = {
  path: "/formations",
  kinds: ["formation"],
  place: true,
  dates: true,
  upcomingToggle: "inclure_sans_session",
  sorts: { pertinence: "relevance", date: "date", distance: "distance" },
  perPage: 20,
  filters: [
    { param: "dep", facet: "department", allowed: /^(\d{2}|2[AB]|97\d)$/, normalize: (v) => v.toUpperCase() },
    { param: "region", facet: "region", allowed: /^\d{2}$/ },
    { param: "niveau_entree", facet: "entryLevel", allowed: LEVELS },
    { param: "niveau_sortie", facet: "level", allowed: LEVELS },
    { param: "alternance", facet: "alternance", allowed: ["apprentissage", "professionnalisation"] },
    { param: "modalite", facet: "modality", allowed: ["presentiel", "distance", "mixte"] },
    { param: "financement", facet: "financing", allowed: FINANCING_VALUES },
    {
      param: "certification",
      // RNCP and RS are certification kinds; "certifiante" is the formation's own flag.
      facet: (value) => (value === "certifiante" ? "type" : "certification"),
      allowed: ["rncp", "rs", "certifiante"],
      normalize: (v) => v.toLowerCase(),
    },
    {
      param: "domaine",
      facet: "domain",
      allowed: /^(nsf|formacode):[0-9A-Za-z]{1,10}$/,
    },
    { param: "public", facet: "public", allowed: /^\d{5}$/ },
  ],
  facets: [
    "department",
    "region",
    "entryLevel",
    "level",
    "alternance",
    "modality",
    "financing",
    "certification",
    "type",
    "domain",
    "public",
  ],
};

const departmentFilter: FilterParamSpec = {
  param: "dep",
  facet: "department",
  allowed: /^(\d{2}|2[AB]|97\d)$/,
  normalize: (v) => v.toUpperCase(),
};
/** "Vous êtes…": the visitor profiles of lib/editorial/vocabulary, shared by the editorial engines. */
const audienceFilter: FilterParamSpec = { param: "profil", facet: "audience", allowed: AUDIENCES };

/** /evenements: the agenda, soonest first, past events only on request. */
export const eventsUrlConfig: SearchUrlConfig = {
  path: "/evenements",
  kinds: ["evenement"],
  place: true,
  dates: true,
  upcomingToggle: "inclure_passes",
  sorts: { date: "date", pertinence: "relevance", distance: "distance" },
  perPage: 20,
  filters: [
    { param: "type", facet: "type", allowed: EVENT_TYPES },
    { param: "format", facet: "online", allowed: ["sur-place", "en-ligne"] },
    audienceFilter,
    departmentFilter,
  ],
  facets: ["type", "online", "audience", "department"],
};

/** /structures: where to get advice (data-inclusion typologies, services and publics). */
export const structuresUrlConfig: SearchUrlConfig = {
  path: "/structures",
  kinds: ["structure"],
  place: true,
  sorts: { pertinence: "relevance", distance: "distance", alpha: "title" },
  perPage: 20,
  filters: [
    // Open vocabularies (editorial_codes): the shape is checked here, the value by the index.
    { param: "type", facet: "type", allowed: /^[A-Za-z][A-Za-z0-9_]{1,30}$/ },
    { param: "service", facet: "service", allowed: /^[a-z][a-z-]{1,40}$/ },
    { param: "public", facet: "public", allowed: /^[a-z][a-z-]{1,60}$/ },
    { param: "theme", facet: "theme", allowed: /^[a-z][a-z0-9-]{1,120}$/ },
    audienceFilter,
    departmentFilter,
  ],
  facets: ["type", "service", "public", "theme", "audience", "department"],
};

/** /financements: the financing schemes (Trèfle referential and editors' own). */
export const financingUrlConfig: SearchUrlConfig = {
  path: "/financements",
  kinds: ["financement"],
  sorts: { pertinence: "relevance", alpha: "title" },
  perPage: 20,
  filters: [
    { param: "type", facet: "type", allowed: FINANCING_KINDS },
    audienceFilter,
    { param: "cpf", facet: "cpf", allowed: ["eligible"] },
    { param: "territoire", facet: "territory", allowed: TERRITORY_PATTERN, normalize: (v) => v.toUpperCase() },
  ],
  facets: ["type", "audience", "cpf", "territory"],
};

/** /ressources: guides, tools and websites, linked to where they live. */
export const resourcesUrlConfig: SearchUrlConfig = {
  path: "/ressources",
  kinds: ["ressource"],
  sorts: { pertinence: "relevance", alpha: "title" },
  perPage: 24,
  filters: [
    { param: "type", facet: "type", allowed: RESOURCE_KINDS },
    { param: "theme", facet: "theme", allowed: RESOURCE_THEMES },
    audienceFilter,
  ],
  facets: ["type", "theme", "audience"],
};

/** /recherche: every kind, only the text (each engine owns its filters). */
export const centralUrlConfig: SearchUrlConfig = {
  path: "/recherche",
  filters: [],
  sorts: { pertinence: "relevance" },
};
