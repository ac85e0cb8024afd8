import "server-only";
import { and, asc, count, desc, eq, isNotNull, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type AlumniProfile, alumniProfiles, networkMembers, users } from "@/db/schema";
import type { DirectoryFilters, DirectorySort } from "@/lib/network/directory/params";
import { sortsFor } from "@/lib/network/directory/params";
import {
  ALUMNI_FIELDS,
  type AlumniField,
  allowedFilters,
  canSearchBy,
  type NetworkViewer,
  projectProfile,
  type SearchCriterion,
} from "@/lib/network/matrix";
import { foldedContains } from "./admin-shared";

/**
 * The alumni directory: approved alumni only, searched by the criteria the viewer may use and
 * returned through projectProfile, so a caller (page, API, PDF) never holds a field the viewer
 * may not see.
 */

export type DirectoryProfile = Partial<Pick<AlumniProfile, AlumniField>>;
export type DirectoryRow = DirectoryProfile & { userId: string; featured: boolean };

export type DirectorySearch = {
  rows: DirectoryRow[];
  total: number;
  page: number;
  perPage: number;
  /** Criteria asked for but not allowed to this viewer: reported, never applied. */
  ignoredCriteria: SearchCriterion[];
};

/** The largest list one request returns (the PDF prints at most this many alumni). */
export const DIRECTORY_MAX_ROWS = 2000;

const EXACT_CRITERIA: ReadonlySet<SearchCriterion> = new Set(["countryOfOrigin", "countryOfActivity", "year"]);

const listed: SQL[] = [
  eq(networkMembers.status, "approved"),
  eq(networkMembers.kind, "alumni"),
  eq(users.status, "active"),
];

function criterionCondition(criterion: SearchCriterion, value: string | number): SQL {
  const column = alumniProfiles[criterion];
  if (EXACT_CRITERIA.has(criterion)) return eq(column, value);
  return foldedContains(sql`${column}`, String(value));
}

function orderBy(viewer: NetworkViewer, sort: DirectorySort): SQL[] {
  const byName = [
    sql`lower(immutable_unaccent(${alumniProfiles.lastName}))`,
    sql`lower(immutable_unaccent(${alumniProfiles.firstName}))`,
    asc(alumniProfiles.userId),
  ];
  const chosen = sortsFor(viewer).includes(sort) ? sort : "name";
  switch (chosen) {
    case "company":
      return [sql`lower(immutable_unaccent(${alumniProfiles.company}))`, ...byName];
    case "country":
      return [sql`${alumniProfiles.countryOfActivity} asc nulls last`, ...byName];
    case "year":
      return [sql`${alumniProfiles.year} desc nulls last`, ...byName];
    default:
      return byName;
  }
}

const profileColumns = Object.fromEntries(ALUMNI_FIELDS.map((field) => [field, alumniProfiles[field]])) as {
  [F in AlumniField]: (typeof alumniProfiles)[F];
};

export async function searchAlumni(
  db: DbOrTx,
  params: { viewer: NetworkViewer; filters: DirectoryFilters; page?: number; perPage?: number; sort?: DirectorySort },
): Promise<DirectorySearch> {
  const { viewer } = params;
  const { allowed, refused } = allowedFilters(viewer, params.filters);
  const conditions = [...listed];
  for (const [criterion, value] of Object.entries(allowed) as [SearchCriterion, string | number][]) {
    // allowedFilters already dropped them; checked again so a change there cannot widen a search.
    if (canSearchBy(viewer, criterion)) conditions.push(criterionCondition(criterion, value));
  }
  const where = and(...conditions);

  const [counted] = await db
    .select({ total: count() })
    .from(alumniProfiles)
    .innerJoin(networkMembers, eq(networkMembers.userId, alumniProfiles.userId))
    .innerJoin(users, eq(users.id, alumniProfiles.userId))
    .where(where);
  const total = counted?.total ?? 0;
  const perPage = Math.max(1, Math.min(Math.trunc(params.perPage ?? 20) || 20, DIRECTORY_MAX_ROWS));
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const page = Math.max(1, Math.min(Math.trunc(params.page ?? 1) || 1, lastPage));

  const rows =
    total === 0
      ? []
      : await db
          .select({ ...profileColumns, userId: alumniProfiles.userId, featuredAt: networkMembers.featuredAt })
          .from(alumniProfiles)
          .innerJoin(networkMembers, eq(networkMembers.userId, alumniProfiles.userId))
          .innerJoin(users, eq(users.id, alumniProfiles.userId))
          .where(where)
          .orderBy(...orderBy(viewer, params.sort ?? "name"))
          .limit(perPage)
          .offset((page - 1) * perPage);

  return {
    rows: rows.map((row) => ({ ...projectProfile(viewer, row), userId: row.userId, featured: row.featuredAt !== null })),
    total,
    page,
    perPage,
    ignoredCriteria: refused,
  };
}

/** One approved alumni's profile as this viewer may see it, or null (unknown, pending, not an alumni). */
export async function getDirectoryProfile(
  db: DbOrTx,
  params: { viewer: NetworkViewer; userId: string },
): Promise<DirectoryRow | null> {
  const [row] = await db
    .select({ ...profileColumns, userId: alumniProfiles.userId, featuredAt: networkMembers.featuredAt })
    .from(alumniProfiles)
    .innerJoin(networkMembers, eq(networkMembers.userId, alumniProfiles.userId))
    .innerJoin(users, eq(users.id, alumniProfiles.userId))
    .where(and(...listed, eq(alumniProfiles.userId, params.userId)));
  if (!row) return null;
  return { ...projectProfile(params.viewer, row), userId: row.userId, featured: row.featuredAt !== null };
}

export type DirectoryOptions = Partial<{
  countryOfOrigin: string[];
  countryOfActivity: string[];
  school: string[];
  trainingType: string[];
  year: number[];
}>;

type OptionCriterion = keyof DirectoryOptions;
const OPTION_CRITERIA: OptionCriterion[] = ["countryOfOrigin", "countryOfActivity", "school", "trainingType", "year"];

/**
 * The values present among approved alumni for the criteria offered as lists, only for those
 * this viewer may search by (a list of values is itself information about the field).
 */
export async function getDirectoryOptions(db: DbOrTx, params: { viewer: NetworkViewer }): Promise<DirectoryOptions> {
  const options: DirectoryOptions = {};
  for (const criterion of OPTION_CRITERIA) {
    if (!canSearchBy(params.viewer, criterion)) continue;
    const column = alumniProfiles[criterion];
    const rows = await db
      .selectDistinct({ value: column })
      .from(alumniProfiles)
      .innerJoin(networkMembers, eq(networkMembers.userId, alumniProfiles.userId))
      .innerJoin(users, eq(users.id, alumniProfiles.userId))
      .where(and(...listed, isNotNull(column)))
      .orderBy(criterion === "year" ? desc(column) : asc(column));
    const values = rows.map((row) => row.value).filter((value) => value !== null && value !== "");
    (options as Record<OptionCriterion, unknown>)[criterion] = values;
  }
  return options;
}
