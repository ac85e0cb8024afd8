import { Icon } from "@/components/search/icons";
import { fr } from "@/lib/i18n/fr";
import { DEFAULT_RADIUS, RADIUS_OPTIONS, type SearchUrlState } from "@/lib/search/url-state";

type PlaceSearchBarProps = {
  /** Prefix of the field ids, unique on the page ("evenements" gives "evenements-q"…). */
  idPrefix: string;
  state: SearchUrlState;
  queryLabel: string;
  queryPlaceholder: string;
  /** Communes offered as suggestions for the place field (a native datalist, no script). */
  placeNames: string[];
  /** Shown under the place field when the typed place is unknown. */
  placeError?: string;
};

/** Query, commune and radius fields of an engine page that searches around a place. */
export function PlaceSearchBar({ idPrefix, state, queryLabel, queryPlaceholder, placeNames, placeError }: PlaceSearchBarProps) {
  const field = "h-12 w-full rounded-lg border border-field bg-white px-3 text-base text-ink placeholder:text-ink-muted";
  const e = fr.editorial;
  const errorId = `${idPrefix}-lieu-erreur`;
  return (
    <div className="grid grid-cols-[minmax(0,1fr)_6.5rem] gap-3 rounded-card border border-line bg-white p-4 shadow-card lg:grid-cols-[minmax(0,2fr)_minmax(0,1.4fr)_7.5rem_auto] lg:items-end">
      <div className="col-span-2 lg:col-span-1">
        <label htmlFor={`${idPrefix}-q`} className="mb-1 block text-sm font-semibold">
          {queryLabel}
        </label>
        <input
          id={`${idPrefix}-q`}
          type="search"
          name="q"
          defaultValue={state.q}
          placeholder={queryPlaceholder}
          autoComplete="off"
          enterKeyHint="search"
          className={field}
        />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-lieu`} className="mb-1 block text-sm font-semibold">
          {e.placeLabel}
        </label>
        <input
          id={`${idPrefix}-lieu`}
          type="text"
          name="lieu"
          defaultValue={state.lieu}
          placeholder={e.placePlaceholder}
          list={`${idPrefix}-lieux`}
          autoComplete="off"
          aria-invalid={placeError ? true : undefined}
          aria-describedby={placeError ? errorId : undefined}
          className={field}
        />
        <datalist id={`${idPrefix}-lieux`}>
          {placeNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <div>
        <label htmlFor={`${idPrefix}-rayon`} className="mb-1 block text-sm font-semibold">
          {e.radiusLabel}
        </label>
        <select
          id={`${idPrefix}-rayon`}
          name="rayon"
          defaultValue={String(state.rayon)}
          data-default={String(DEFAULT_RADIUS)}
          className={field}
        >
          {RADIUS_OPTIONS.map((km) => (
            <option key={km} value={km}>
              {e.radiusOption(km)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="col-span-2 inline-flex h-12 items-center justify-center gap-2 rounded-lg bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 lg:col-span-1"
      >
        <Icon name="search" className="size-5" />
        {e.submit}
      </button>
      {placeError && (
        <p id={errorId} className="col-span-2 text-sm font-semibold text-accent-800 lg:col-span-4">
          {placeError}
        </p>
      )}
    </div>
  );
}
