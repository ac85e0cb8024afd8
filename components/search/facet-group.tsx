import type { ReactNode } from "react";
import { fr } from "@/lib/i18n/fr";
import { formatNumber, pluralize } from "@/lib/i18n/format";

export type FacetOption = {
  /** Submitted value, e.g. "4". */
  value: string;
  label: string;
  /** Results this option gives with the other filters applied; omitted when unknown. */
  count?: number;
};

export type FacetGroupProps = {
  /** URL parameter the checkboxes submit, e.g. "niveau_sortie" (repeated for several values). */
  name: string;
  legend: string;
  options: FacetOption[];
  /** Values currently in the URL. */
  selected: readonly string[];
  /** Checkboxes (OR within the group, the default) or radio buttons (one value). */
  multiple?: boolean;
  /** Options listed before a "Voir N autres choix" disclosure; selected options always show. */
  visibleCount?: number;
  /** Drop options that would give no result (unless selected). Defaults to true. */
  hideEmpty?: boolean;
  /** Short help under the legend. */
  hint?: ReactNode;
  /** For controls rendered outside their form element. */
  form?: string;
};

/**
 * One filter: a fieldset whose legend names it, with a checkbox per value and the number of results
 * each would give. Plain form controls, so it submits with the GET form without JavaScript.
 */
export function FacetGroup({
  name,
  legend,
  options,
  selected,
  multiple = true,
  visibleCount = 6,
  hideEmpty = true,
  hint,
  form,
}: FacetGroupProps) {
  const shown = options.filter((option) => !hideEmpty || option.count !== 0 || selected.includes(option.value));
  if (shown.length === 0) return null;
  // Selected values first among the visible ones, so a choice never hides behind "Voir plus".
  const ordered = [
    ...shown.filter((option) => selected.includes(option.value)),
    ...shown.filter((option) => !selected.includes(option.value)),
  ];
  const limit = Math.max(visibleCount, shown.filter((option) => selected.includes(option.value)).length);
  const head = ordered.length > limit + 1 ? ordered.slice(0, limit) : ordered;
  const tail = ordered.length > limit + 1 ? ordered.slice(limit) : [];
  const hintId = hint ? `${name}-aide` : undefined;

  const renderOption = (option: FacetOption) => (
    <li key={option.value}>
      <FacetControl
        id={`${name}-${slug(option.value)}`}
        type={multiple ? "checkbox" : "radio"}
        name={name}
        value={option.value}
        checked={selected.includes(option.value)}
        form={form}
        label={option.label}
        count={option.count}
      />
    </li>
  );

  return (
    <fieldset aria-describedby={hintId} className="min-w-0">
      <legend className="mb-2 font-semibold text-ink">{legend}</legend>
      {hint && (
        <p id={hintId} className="-mt-1 mb-2 text-sm text-ink-muted">
          {hint}
        </p>
      )}
      <ul role="list" className="space-y-0.5">
        {head.map(renderOption)}
      </ul>
      {tail.length > 0 && (
        <details className="group/more">
          <summary className="mt-1 inline-flex min-h-11 cursor-pointer items-center text-sm font-semibold text-brand-700 underline hover:text-brand-900">
            {fr.searchKit.showMore(tail.length)}
          </summary>
          <ul role="list" className="space-y-0.5">
            {tail.map(renderOption)}
          </ul>
        </details>
      )}
    </fieldset>
  );
}

type FacetControlProps = {
  id: string;
  type: "checkbox" | "radio";
  name: string;
  value: string;
  checked: boolean;
  label: ReactNode;
  count?: number;
  form?: string;
};

function FacetControl({ id, type, name, value, checked, label, count, form }: FacetControlProps) {
  return (
    <label
      htmlFor={id}
      className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-1.5 py-1 hover:bg-white lg:min-h-9"
    >
      <input
        id={id}
        type={type}
        name={name}
        value={value}
        defaultChecked={checked}
        form={form}
        className="size-5 shrink-0 accent-brand-700"
      />
      <span className="min-w-0 flex-1 leading-snug">{label}</span>
      {count !== undefined && (
        <span className="shrink-0 text-sm text-ink-muted tabular-nums">
          {formatNumber(count)}
          <span className="sr-only"> {pluralize(count, fr.searchKit.wouldGive)}</span>
        </span>
      )}
    </label>
  );
}

export type FilterCheckboxProps = {
  name: string;
  /** Submitted value; defaults to "1". */
  value?: string;
  label: ReactNode;
  checked: boolean;
  hint?: ReactNode;
  form?: string;
};

/** A single on/off filter ("Inclure les formations sans session à venir"). */
export function FilterCheckbox({ name, value = "1", label, checked, hint, form }: FilterCheckboxProps) {
  const id = `${name}-${slug(value)}`;
  return (
    <div>
      <FacetControl id={id} type="checkbox" name={name} value={value} checked={checked} form={form} label={label} />
      {hint && <p className="mt-1 pl-9.5 text-sm text-ink-muted">{hint}</p>}
    </div>
  );
}

/** Values such as "nsf:231" or "france-travail" become safe, unique id fragments. */
function slug(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}
