"use client";

import Link from "next/link";
import { type FormEvent, type ReactNode, useId } from "react";
import { TABLE_PARAM } from "./table-params";
import { useSyncedParam } from "./use-synced-param";
import { useTableUrl } from "./use-table-url";

/**
 * Search and filters of a DataTable, as a GET form: without JavaScript the "Filtrer" button
 * submits it; with JavaScript every control updates the URL itself (search debounced) and the
 * button applies everything at once. Controls: TableSearch, TableSelectFilter, TableDateRange.
 */
export function DataTableToolbar({ label = "Filtrer le tableau", children }: { label?: string; children: ReactNode }) {
  const url = useTableUrl();
  // Sorting and page size survive a new filter; the page goes back to 1.
  const kept = [TABLE_PARAM.sort, TABLE_PARAM.order, TABLE_PARAM.perPage].flatMap((key) => {
    const value = url.searchParams.get(key);
    return value ? [[key, value] as const] : [];
  });
  const filtered = [...url.searchParams.keys()].some((key) => key !== TABLE_PARAM.page && !kept.some(([k]) => k === key));
  const resetHref = url.hrefWith(
    Object.fromEntries([...url.searchParams.keys()].filter((key) => !kept.some(([k]) => k === key)).map((key) => [key, null])),
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const updates: Record<string, string | null> = {};
    for (const [key, value] of new FormData(event.currentTarget).entries()) {
      if (typeof value === "string") updates[key] = value.trim() || null;
    }
    url.navigate(updates);
  };

  return (
    <form role="search" aria-label={label} method="get" onSubmit={onSubmit} className="rounded-card border border-line bg-surface p-4">
      {kept.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <div className="flex flex-wrap items-end gap-4">
        {children}
        <div className="flex items-center gap-3">
          <button
            type="submit"
            className="inline-flex h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            Filtrer
          </button>
          {filtered && (
            <Link href={resetHref} scroll={false} className="font-semibold text-brand-800 underline">
              Effacer les filtres
            </Link>
          )}
        </div>
      </div>
    </form>
  );
}

const fieldClass = "h-11 rounded-lg border border-field bg-white px-3 text-base text-ink";

type TableSearchProps = {
  /** URL parameter; "q" by default. */
  param?: string;
  label: string;
  hint?: string;
  placeholder?: string;
  type?: "search" | "text";
};

/** A text filter, applied when the user pauses typing (400 ms) or presses Enter. */
export function TableSearch({ param = "q", label, hint, placeholder, type = "search" }: TableSearchProps) {
  const id = useId();
  const hintId = `${id}-aide`;
  const { value, change } = useSyncedParam(param, 400);
  return (
    <div className="flex min-w-56 flex-1 flex-col gap-1">
      <label htmlFor={id} className="font-semibold text-ink">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        name={param}
        value={value}
        placeholder={placeholder}
        aria-describedby={hint ? hintId : undefined}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => change(event.target.value)}
        className={fieldClass}
      />
    </div>
  );
}

export type FilterOption = { value: string; label: string };

type TableSelectFilterProps = {
  param: string;
  label: string;
  options: FilterOption[];
  /** The first option, meaning "no filter". */
  allLabel: string;
};

/** A select filter: the table updates when the choice changes (the focus stays on the select). */
export function TableSelectFilter({ param, label, options, allLabel }: TableSelectFilterProps) {
  const id = useId();
  const { value, change } = useSyncedParam(param);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold text-ink">
        {label}
      </label>
      <select id={id} name={param} value={value} onChange={(event) => change(event.target.value)} className={fieldClass}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type TableDateRangeProps = {
  legend: string;
  fromParam: string;
  toParam: string;
  fromLabel?: string;
  toLabel?: string;
};

/** Two calendar days, both included; either may stay empty. */
export function TableDateRange({ legend, fromParam, toParam, fromLabel = "Du", toLabel = "Au" }: TableDateRangeProps) {
  const id = useId();
  const from = useSyncedParam(fromParam, 500);
  const to = useSyncedParam(toParam, 500);
  return (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="mb-1 font-semibold text-ink">{legend}</legend>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-du`} className="text-sm text-ink">
          {fromLabel}
        </label>
        <input
          id={`${id}-du`}
          type="date"
          name={fromParam}
          value={from.value}
          max={to.value || undefined}
          onChange={(event) => from.change(event.target.value)}
          className={fieldClass}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-au`} className="text-sm text-ink">
          {toLabel}
        </label>
        <input
          id={`${id}-au`}
          type="date"
          name={toParam}
          value={to.value}
          min={from.value || undefined}
          onChange={(event) => to.change(event.target.value)}
          className={fieldClass}
        />
      </div>
    </fieldset>
  );
}
