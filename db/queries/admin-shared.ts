import { type SQL, sql } from "drizzle-orm";

/** A page of a back-office table: the rows, the total across pages, and the page actually served. */
export type PageResult<T> = { rows: T[]; total: number; page: number; perPage: number };

export type PageParams = { page: number; perPage: number };

export type SortOrder = "asc" | "desc";

export const MAX_PER_PAGE = 200;

/**
 * Clamps the requested page into range once the total is known, so a stale link to page 9 of a
 * list that now has 3 pages shows page 3 instead of an empty table.
 */
export function pageWindow(total: number, params: PageParams): { page: number; perPage: number; offset: number } {
  const perPage = Math.max(1, Math.min(Math.trunc(params.perPage) || 20, MAX_PER_PAGE));
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const page = Math.max(1, Math.min(Math.trunc(params.page) || 1, lastPage));
  return { page, perPage, offset: (page - 1) * perPage };
}

/** `%value%` for LIKE, with the user's own % and _ taken literally. */
export function containsPattern(value: string): string {
  return `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Case- and accent-insensitive "contains" on a text expression ("elodie" finds "Élodie"). */
export function foldedContains(expression: SQL, value: string): SQL {
  return sql`lower(immutable_unaccent(${expression})) like lower(immutable_unaccent(${containsPattern(value.trim())}))`;
}

/**
 * Start of a calendar day ("YYYY-MM-DD") in Paris time, as a timestamptz: a date-range filter
 * means the day the administrator sees on the page, not the UTC day.
 */
export function parisDayStart(isoDate: string): SQL {
  return sql`((${isoDate})::date::timestamp at time zone 'Europe/Paris')`;
}
