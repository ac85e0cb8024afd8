/**
 * URL parameters of the back-office tables, read on the server (pages parse them before
 * querying) and written in the browser (the table's controls), so both agree on names and defaults.
 */

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export type SortOrder = "asc" | "desc";

export const TABLE_PARAM = {
  page: "page",
  perPage: "par_page",
  sort: "tri",
  order: "ordre",
} as const;

export const PER_PAGE_OPTIONS = [20, 50, 100] as const;
export const DEFAULT_PER_PAGE = PER_PAGE_OPTIONS[0];

export type TableState<S extends string = string> = {
  /** 1-based; the query clamps it to the last page. */
  page: number;
  perPage: number;
  sort: S;
  order: SortOrder;
};

/** The first value of a parameter, trimmed; undefined when absent or empty. */
export function firstParam(params: SearchParamsRecord, key: string): string | undefined {
  const raw = params[key];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value ? value : undefined;
}

/** A parameter that must be one of `values`; anything else (a hand-edited URL) is ignored. */
export function oneOf<T extends string>(params: SearchParamsRecord, key: string, values: readonly T[]): T | undefined {
  const value = firstParam(params, key);
  return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** "YYYY-MM-DD" that is a real calendar day, else undefined. */
export function isoDay(params: SearchParamsRecord, key: string): string | undefined {
  const value = firstParam(params, key);
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

export function parseTableState<S extends string>(
  params: SearchParamsRecord,
  config: { sorts: readonly S[]; defaultSort: S; defaultOrder?: SortOrder },
): TableState<S> {
  const page = Number.parseInt(firstParam(params, TABLE_PARAM.page) ?? "1", 10);
  const perPage = Number.parseInt(firstParam(params, TABLE_PARAM.perPage) ?? "", 10);
  return {
    page: Number.isFinite(page) && page > 0 ? page : 1,
    perPage: (PER_PAGE_OPTIONS as readonly number[]).includes(perPage) ? perPage : DEFAULT_PER_PAGE,
    sort: oneOf(params, TABLE_PARAM.sort, config.sorts) ?? config.defaultSort,
    order: oneOf(params, TABLE_PARAM.order, ["asc", "desc"] as const) ?? config.defaultOrder ?? "desc",
  };
}
