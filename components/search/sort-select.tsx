import { fr } from "@/lib/i18n/fr";

export type SortOption = { value: string; label: string };

type SortSelectProps = {
  /** URL parameter, "tri" by default. */
  name?: string;
  options: SortOption[];
  value: string;
  /** The value the engine uses when the parameter is absent: left out of URLs built by script. */
  defaultValue?: string;
  id?: string;
  label?: string;
  /** For a select rendered outside its form element. */
  form?: string;
};

/**
 * Sort order as a form select. With JavaScript InstantSearch applies it on change; without, the
 * "Trier" button next to it submits the form (a select must not navigate on its own: RGAA 7.5).
 */
export function SortSelect({
  name = "tri",
  options,
  value,
  defaultValue = options[0]?.value,
  id = "tri",
  label = fr.searchKit.sortLabel,
  form,
}: SortSelectProps) {
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="shrink-0 text-sm font-semibold text-ink">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value}
        data-default={defaultValue}
        form={form}
        className="h-10 min-w-0 rounded-lg border border-field bg-white px-2 text-base text-ink"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <noscript>
        <button
          type="submit"
          form={form}
          className="h-10 rounded-lg border border-brand-700 px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50"
        >
          {fr.searchKit.sortSubmit}
        </button>
      </noscript>
    </div>
  );
}
