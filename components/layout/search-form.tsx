import { clsx } from "clsx";
import { fr } from "@/lib/i18n/fr";

type SearchFormProps = {
  /** Unique per page: several search forms can coexist (header, hero, 404). */
  id: string;
  label: string;
  /** Names the search landmark so screen-reader users can tell the forms apart. */
  landmarkLabel: string;
  size?: "compact" | "large";
  /** Show the label above the field; otherwise it stays available to assistive technologies only. */
  showLabel?: boolean;
  defaultValue?: string;
  className?: string;
};

/** A plain GET form: works without JavaScript and gives shareable /recherche?q=... URLs. */
export function SearchForm({
  id,
  label,
  landmarkLabel,
  size = "compact",
  showLabel = false,
  defaultValue,
  className,
}: SearchFormProps) {
  const inputId = `${id}-q`;
  const large = size === "large";
  return (
    <form role="search" aria-label={landmarkLabel} action={fr.search.action} method="get" className={className}>
      <label
        htmlFor={inputId}
        className={clsx(showLabel ? "mb-2 block font-semibold" : "sr-only", large ? "text-lg" : "text-sm")}
      >
        {label}
      </label>
      <div className="flex gap-2">
        <input
          id={inputId}
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder={large ? fr.search.placeholder : fr.search.compactPlaceholder}
          autoComplete="off"
          enterKeyHint="search"
          className={clsx(
            "min-w-0 flex-1 rounded-lg border border-field bg-white text-ink placeholder:text-ink-muted",
            large ? "h-14 px-4 text-lg" : "h-10 px-3 text-base",
          )}
        />
        <button
          type="submit"
          className={clsx(
            "inline-flex shrink-0 items-center justify-center gap-2 rounded-lg font-semibold transition-[color,background-color,border-color]",
            large
              ? "h-14 bg-accent-400 px-5 text-lg text-ink hover:bg-accent-500 sm:px-7"
              : "h-10 bg-brand-700 px-3 text-white hover:bg-brand-800",
          )}
        >
          <SearchIcon className={large ? "size-6" : "size-5"} />
          <span className={large ? "max-sm:sr-only" : "sr-only"}>{fr.search.submit}</span>
        </button>
      </div>
    </form>
  );
}

function SearchIcon({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" className={className}>
      <circle cx="11" cy="11" r="6.5" stroke="currentColor" strokeWidth="2.25" />
      <path d="m16 16 4.5 4.5" stroke="currentColor" strokeWidth="2.25" strokeLinecap="round" />
    </svg>
  );
}
