"use client";

import { useId, useMemo, useState, useSyncExternalStore } from "react";
import { fr } from "@/lib/i18n/fr";

const subscribeNothing = () => () => {};

/** A dozen titles are read at a glance; a filter only helps beyond. */
const FILTER_FROM = 13;

/** Case- and accent-insensitive, so "eleve" finds "Élève". */
function fold(value: string): string {
  return value.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
}

/**
 * The fiche's job titles with a filter field. The server renders the full list; the field only
 * appears once hydrated, so without JavaScript nobody is offered a filter that cannot work.
 */
export function AppellationList({ labels }: { labels: string[] }) {
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const [filter, setFilter] = useState("");
  const id = useId();
  const folded = useMemo(() => labels.map(fold), [labels]);
  const needle = fold(filter.trim());
  const shown = needle ? labels.filter((_, index) => folded[index]!.includes(needle)) : labels;

  return (
    <div>
      {hydrated && labels.length >= FILTER_FROM && (
        <div className="mb-4 max-w-md">
          <label htmlFor={`${id}-filtre`} className="block font-semibold">
            {fr.trades.appellationsFilter}
          </label>
          <p id={`${id}-aide`} className="text-sm text-ink-muted">
            {fr.trades.appellationsFilterHint}
          </p>
          <input
            id={`${id}-filtre`}
            type="search"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            aria-describedby={`${id}-aide ${id}-compte`}
            autoComplete="off"
            className="mt-1 h-11 w-full rounded-lg border border-field bg-white px-3 text-base text-ink"
          />
          <p id={`${id}-compte`} role="status" className="mt-1 text-sm text-ink-muted">
            {needle ? fr.trades.appellationsShown(shown.length, labels.length) : ""}
          </p>
        </div>
      )}
      {shown.length === 0 ? (
        <p className="text-ink-muted">{fr.trades.appellationsNoMatch}</p>
      ) : (
        <ul role="list" className="columns-1 gap-8 sm:columns-2 lg:columns-3">
          {shown.map((label) => (
            <li key={label} className="break-inside-avoid py-1 leading-snug">
              {label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
