/**
 * Who sees which field of an alumni profile, and who may search the directory by which
 * criterion: the two tables of the call for tenders (shared/seeds, International Alumni Network,
 * §1.3 d "Champs" and "Recherches"), as data. Pages, the API, the search queries and the PDF
 * export all ask this module; the tests read the same tables.
 *
 * Free of database and server imports: client components use it to lay out forms and columns.
 */

/** The four kinds of users of the network (the columns of both tables). */
export const NETWORK_VIEWERS = ["bricks_admin", "campus_admin", "alumni", "organisation_member"] as const;
export type NetworkViewer = (typeof NETWORK_VIEWERS)[number];

/** The fields of an alumni profile, in the order of the specification. */
export const ALUMNI_FIELDS = [
  "countryOfOrigin",
  "countryOfActivity",
  "lastName",
  "firstName",
  "schoolOfOrigin",
  "company",
  "position",
  "trainingType",
  "speciality",
  "school",
  "year",
  "internshipCompany",
  "contactEmail",
  "contactPhone",
] as const;
export type AlumniField = (typeof ALUMNI_FIELDS)[number];

const ADMINS = ["bricks_admin", "campus_admin"] as const;
const EVERYONE = NETWORK_VIEWERS;
const NOT_ORGANISATIONS = [...ADMINS, "alumni"] as const;

/** "Champs — Niveau d'accès aux champs". */
export const FIELD_VISIBILITY: Readonly<Record<AlumniField, readonly NetworkViewer[]>> = {
  countryOfOrigin: NOT_ORGANISATIONS,
  countryOfActivity: EVERYONE,
  lastName: EVERYONE,
  firstName: EVERYONE,
  schoolOfOrigin: NOT_ORGANISATIONS,
  company: EVERYONE,
  position: EVERYONE,
  trainingType: NOT_ORGANISATIONS,
  speciality: NOT_ORGANISATIONS,
  school: NOT_ORGANISATIONS,
  year: NOT_ORGANISATIONS,
  internshipCompany: ADMINS,
  contactEmail: NOT_ORGANISATIONS,
  contactPhone: NOT_ORGANISATIONS,
};

/** Directory search criteria: one per profile field of the "Recherches" table. */
export const SEARCH_CRITERIA = ALUMNI_FIELDS;
export type SearchCriterion = AlumniField;

/**
 * "Recherches — Niveau d'accès aux recherches". Not the same as visibility: training
 * organisations may search by school of origin without seeing it, and alumni see the position
 * without searching by it.
 */
export const SEARCH_ACCESS: Readonly<Record<SearchCriterion, readonly NetworkViewer[]>> = {
  countryOfOrigin: NOT_ORGANISATIONS,
  countryOfActivity: EVERYONE,
  lastName: NOT_ORGANISATIONS,
  firstName: NOT_ORGANISATIONS,
  schoolOfOrigin: EVERYONE,
  company: EVERYONE,
  position: ADMINS,
  trainingType: NOT_ORGANISATIONS,
  speciality: NOT_ORGANISATIONS,
  school: NOT_ORGANISATIONS,
  year: NOT_ORGANISATIONS,
  internshipCompany: ADMINS,
  contactEmail: [],
  contactPhone: [],
};

export function canSeeField(viewer: NetworkViewer | null | undefined, field: AlumniField): boolean {
  return viewer ? FIELD_VISIBILITY[field].includes(viewer) : false;
}

export function canSearchBy(viewer: NetworkViewer | null | undefined, criterion: SearchCriterion): boolean {
  return viewer ? SEARCH_ACCESS[criterion].includes(viewer) : false;
}

/** The fields this viewer sees, in specification order (the columns of lists and PDFs). */
export function visibleFields(viewer: NetworkViewer | null | undefined): AlumniField[] {
  return ALUMNI_FIELDS.filter((field) => canSeeField(viewer, field));
}

/** The criteria this viewer may search by, in specification order. */
export function searchableCriteria(viewer: NetworkViewer | null | undefined): SearchCriterion[] {
  return SEARCH_CRITERIA.filter((criterion) => canSearchBy(viewer, criterion));
}

/**
 * A profile reduced to what the viewer may see: the one function every output (page, API, PDF)
 * passes profiles through, so a field cannot leak by being forgotten in one of them.
 */
export function projectProfile<T extends Partial<Record<AlumniField, unknown>>>(
  viewer: NetworkViewer | null | undefined,
  profile: T,
): Partial<Pick<T, AlumniField>> {
  const out: Partial<Record<AlumniField, unknown>> = {};
  for (const field of visibleFields(viewer)) if (field in profile) out[field] = profile[field];
  return out as Partial<Pick<T, AlumniField>>;
}

/** Search filters reduced to those the viewer may use; the others are reported, never applied. */
export function allowedFilters<T extends Partial<Record<SearchCriterion, unknown>>>(
  viewer: NetworkViewer | null | undefined,
  filters: T,
): { allowed: Partial<T>; refused: SearchCriterion[] } {
  const allowed: Partial<T> = {};
  const refused: SearchCriterion[] = [];
  for (const [key, value] of Object.entries(filters) as [SearchCriterion, T[SearchCriterion]][]) {
    if (value === undefined || value === null || value === "") continue;
    if (canSearchBy(viewer, key)) (allowed as Record<string, unknown>)[key] = value;
    else refused.push(key);
  }
  return { allowed, refused };
}
