"use client";

import { clsx } from "clsx";
import { useId, useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { FieldOption } from "@/lib/cms/fields";
import { fieldId, GroupFrame } from "./field-frame";

/** Above this many choices the list gets a filter box and scrolls, so long code lists stay usable. */
const FILTER_FROM = 12;

const normalise = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

/**
 * Several choices of one list (themes, publics, services…), as native checkboxes registered under
 * one name: react-hook-form collects the ticked values into an array. Filtered-out boxes stay in
 * the page (hidden), so what was ticked is never lost by typing in the filter.
 */
export function CheckboxListField({
  name,
  legend,
  hint,
  error,
  required,
  options,
  selected,
  register,
  columns = true,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  required?: boolean;
  options: readonly FieldOption[];
  selected: readonly string[];
  register: UseFormRegisterReturn;
  columns?: boolean;
}) {
  const [filter, setFilter] = useState("");
  const filterId = useId();
  const countId = useId();
  const long = options.length > FILTER_FROM;
  const wanted = normalise(filter.trim());
  const visible = (option: FieldOption) =>
    !wanted || selected.includes(option.value) || normalise(`${option.label} ${option.value}`).includes(wanted);
  const shown = options.filter(visible).length;

  if (options.length === 0) {
    return (
      <GroupFrame name={name} legend={legend} hint={hint} error={error} required={required}>
        <p className="text-sm text-ink-muted">Aucune valeur disponible pour cette liste.</p>
      </GroupFrame>
    );
  }

  return (
    <GroupFrame name={name} legend={legend} hint={hint} error={error} required={required}>
      {long && (
        <div className="mb-2 flex flex-col gap-1">
          <label htmlFor={filterId} className="text-sm font-semibold text-ink">
            Filtrer la liste
          </label>
          <input
            id={filterId}
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            // Enter in a filter box must not submit the whole form.
            onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}
            aria-describedby={countId}
            className="h-10 w-full max-w-sm rounded-lg border border-field bg-white px-3 text-base"
          />
          <p id={countId} className="text-sm text-ink-muted" aria-live="polite">
            {selected.length} sélectionné{selected.length > 1 ? "s" : ""} sur {options.length}
            {wanted ? ` ; ${shown} affiché${shown > 1 ? "s" : ""}` : ""}
          </p>
        </div>
      )}
      <ul
        className={clsx(
          "grid gap-x-6 gap-y-2",
          columns && "sm:grid-cols-2",
          long && "max-h-80 overflow-y-auto rounded-lg border border-line p-3",
        )}
      >
        {options.map((option) => {
          const id = `${fieldId(name)}-${option.value}`;
          return (
            <li key={option.value} hidden={!visible(option)} className="flex items-start gap-3">
              <input id={id} type="checkbox" value={option.value} className="mt-1 size-5 shrink-0 accent-brand-700" {...register} />
              <label htmlFor={id}>{option.label}</label>
            </li>
          );
        })}
      </ul>
    </GroupFrame>
  );
}
