import { isCountryCode } from "../countries";
import { isNetworkLocale, type NetworkLocale } from "../i18n/locale";
import { canSeeField, type NetworkViewer, SEARCH_CRITERIA, type SearchCriterion } from "../matrix";

/**
 * The directory's search state in URLs: the page, the PDF route and the API read the same
 * parameters, so a shared link, its printed list and its JSON answer hold the same alumni.
 * Free of server imports (the form builds its links with it).
 */

/** One query parameter per criterion, in French like the portal's other URLs. */
export const CRITERION_PARAMS: Readonly<Record<SearchCriterion, string>> = {
  countryOfOrigin: "pays_origine",
  countryOfActivity: "pays_activite",
  lastName: "nom",
  firstName: "prenom",
  schoolOfOrigin: "ecole_origine",
  company: "societe",
  position: "fonction",
  trainingType: "type_formation",
  speciality: "specialite",
  school: "ecole",
  year: "annee",
  internshipCompany: "societe_stage",
  contactEmail: "email",
  contactPhone: "telephone",
};

/** Criteria chosen from a list of the values present (the others are typed, and matched as "contains"). */
export const SELECT_CRITERIA: ReadonlySet<SearchCriterion> = new Set(["countryOfOrigin", "countryOfActivity", "school", "year", "trainingType"]);

export const DIRECTORY_SORTS = ["name", "company", "country", "year"] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];
const SORT_PARAMS: Record<DirectorySort, string> = { name: "nom", company: "societe", country: "pays", year: "annee" };
/** A sort reveals the order of a column: only on fields the viewer sees. */
const SORT_FIELDS = { name: "lastName", company: "company", country: "countryOfActivity", year: "year" } as const;

export function sortsFor(viewer: NetworkViewer): DirectorySort[] {
  return DIRECTORY_SORTS.filter((sort) => canSeeField(viewer, SORT_FIELDS[sort]));
}

export type DirectoryFilters = Partial<Record<SearchCriterion, string | number>>;

export type DirectoryUrlState = {
  /** Every criterion present in the URL with a well-formed value, allowed to the viewer or not. */
  filters: DirectoryFilters;
  /** Criteria present with a value that cannot match anything (unknown country code, not a year). */
  invalid: SearchCriterion[];
  page: number;
  sort: DirectorySort;
  /** An explicit language in the URL, kept in the links it builds. */
  lang: NetworkLocale | null;
};

export const MAX_TEXT_CRITERION = 100;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function read(source: ParamSource, name: string): string | undefined {
  const raw = source instanceof URLSearchParams ? (source.get(name) ?? undefined) : source[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The value of one criterion, or null when it is malformed. */
function parseCriterion(criterion: SearchCriterion, raw: string): string | number | null {
  if (criterion === "countryOfOrigin" || criterion === "countryOfActivity") {
    const code = raw.toUpperCase();
    return isCountryCode(code) ? code : null;
  }
  if (criterion === "year") {
    if (!/^\d{4}$/.test(raw)) return null;
    const year = Number(raw);
    return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
  }
  return raw.slice(0, MAX_TEXT_CRITERION);
}

export function parseDirectoryParams(source: ParamSource): DirectoryUrlState {
  const filters: DirectoryFilters = {};
  const invalid: SearchCriterion[] = [];
  for (const criterion of SEARCH_CRITERIA) {
    const raw = read(source, CRITERION_PARAMS[criterion]);
    if (raw === undefined) continue;
    const value = parseCriterion(criterion, raw);
    if (value === null) invalid.push(criterion);
    else filters[criterion] = value;
  }
  const pageRaw = Number(read(source, "page"));
  const page = Number.isInteger(pageRaw) && pageRaw >= 1 ? Math.min(pageRaw, 10_000) : 1;
  const sortRaw = read(source, "tri");
  const sort = DIRECTORY_SORTS.find((key) => SORT_PARAMS[key] === sortRaw) ?? "name";
  const langRaw = read(source, "lang");
  return { filters, invalid, page, sort, lang: isNetworkLocale(langRaw) ? langRaw : null };
}

/**
 * The query string of a state (criteria in specification order, then sort, page and language),
 * without the leading "?"; `criteria` limits it to the criteria to keep.
 */
export function directoryQueryString(
  state: Pick<DirectoryUrlState, "filters" | "sort" | "lang"> & { page?: number },
  options: { criteria?: readonly SearchCriterion[]; withPage?: boolean } = {},
): string {
  const params = new URLSearchParams();
  const keep = options.criteria ?? SEARCH_CRITERIA;
  for (const criterion of SEARCH_CRITERIA) {
    const value = state.filters[criterion];
    if (value === undefined || value === "" || !keep.includes(criterion)) continue;
    params.set(CRITERION_PARAMS[criterion], String(value));
  }
  if (state.sort !== "name") params.set("tri", SORT_PARAMS[state.sort]);
  if (options.withPage !== false && state.page && state.page > 1) params.set("page", String(state.page));
  if (state.lang) params.set("lang", state.lang);
  return params.toString();
}

export function sortParam(sort: DirectorySort): string {
  return SORT_PARAMS[sort];
}
