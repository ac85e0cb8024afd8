import { Icon } from "@/components/search/icons";

type QuerySearchBarProps = {
  /** Field id, unique on the page. */
  id: string;
  label: string;
  placeholder: string;
  defaultValue: string;
  submitLabel: string;
  /** Help under the field, tied to it with aria-describedby. */
  hint?: string;
};

/** The text field of an engine page with a single query (métiers, organismes), inside its GET form. */
export function QuerySearchBar({ id, label, placeholder, defaultValue, submitLabel, hint }: QuerySearchBarProps) {
  const hintId = hint ? `${id}-aide` : undefined;
  return (
    <div className="rounded-card border border-line bg-white p-4 shadow-card">
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder={placeholder}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={hintId}
          className="h-12 min-w-0 flex-1 rounded-lg border border-field bg-white px-3 text-base text-ink placeholder:text-ink-muted"
        />
        <button
          type="submit"
          className="inline-flex h-12 shrink-0 items-center justify-center gap-2 rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 sm:px-5"
        >
          <Icon name="search" className="size-5" />
          <span className="max-sm:sr-only">{submitLabel}</span>
        </button>
      </div>
      {hint && (
        <p id={hintId} className="mt-2 text-sm text-ink-muted">
          {hint}
        </p>
      )}
    </div>
  );
}
