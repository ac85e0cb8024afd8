"use client";

import { useId, useState } from "react";

export type CheckboxOption<V extends string | number> = { value: V; label: string };

/** Above this many choices the list gets a filter box and scrolls, so long lists stay usable. */
const FILTER_FROM = 12;

const normalise = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/**
 * Several choices of one list as native checkboxes in a fieldset, controlled (value is always an
 * array, even with a single option). Filtered-out boxes that are ticked stay visible, so a choice
 * is never hidden by the filter.
 */
export function CheckboxGroup<V extends string | number>({
  legend,
  options,
  value,
  onChange,
  emptyText,
  filterLabel,
  countText,
  error,
  errorPrefix,
}: {
  legend: string;
  options: readonly CheckboxOption<V>[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  emptyText: string;
  filterLabel: string;
  countText: (selected: number, total: number) => string;
  error?: string;
  /** Visually hidden word before the error ("Erreur : "), in the page's language. */
  errorPrefix?: string;
}) {
  const id = useId();
  const [filter, setFilter] = useState("");
  const long = options.length > FILTER_FROM;
  const wanted = normalise(filter.trim());
  const shown = options.filter((option) => !wanted || value.includes(option.value) || normalise(option.label).includes(wanted));

  function toggle(option: V, checked: boolean) {
    onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  }

  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? `${id}-erreur` : undefined}>
      <legend className="font-semibold text-ink">{legend}</legend>
      {options.length === 0 ? (
        <p className="text-sm text-ink-muted">{emptyText}</p>
      ) : (
        <>
          {long && (
            <div className="flex flex-col gap-1">
              <label htmlFor={`${id}-filtre`} className="text-sm font-semibold text-ink">
                {filterLabel}
              </label>
              <input
                id={`${id}-filtre`}
                type="search"
                value={filter}
                onChange={(event) => setFilter(event.target.value)}
                // Enter in a filter box must not submit the whole form.
                onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}
                aria-describedby={`${id}-compte`}
                className="h-10 w-full max-w-sm rounded-lg border border-field bg-white px-3 text-base"
              />
            </div>
          )}
          {long && (
            <p id={`${id}-compte`} className="text-sm text-ink-muted" aria-live="polite">
              {countText(value.length, options.length)}
            </p>
          )}
          <ul className={long ? "grid max-h-64 gap-1 overflow-y-auto rounded-lg border border-line p-2 sm:grid-cols-2" : "flex flex-wrap gap-x-6 gap-y-1"}>
            {shown.map((option) => {
              const optionId = `${id}-${options.indexOf(option)}`;
              return (
                <li key={String(option.value)} className="flex items-start gap-2">
                  <input
                    id={optionId}
                    type="checkbox"
                    checked={value.includes(option.value)}
                    onChange={(event) => toggle(option.value, event.target.checked)}
                    className="mt-1 size-5 shrink-0 accent-brand-700"
                  />
                  <label htmlFor={optionId}>{option.label}</label>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {error && (
        <p id={`${id}-erreur`} className="text-sm font-semibold text-red-800">
          {errorPrefix && <span className="sr-only">{errorPrefix}</span>}
          {error}
        </p>
      )}
    </fieldset>
  );
}
