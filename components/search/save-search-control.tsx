"use client";

import Link from "next/link";
import { useSaveSearch } from "./save-search-provider";

export const SAVED_SEARCHES_PATH = "/espace/recherches";

export function BookmarkIcon({ filled = false }: { filled?: boolean }) {
  return (
    <svg
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      className="size-5 shrink-0"
      fill={filled ? "currentColor" : "none"}
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinejoin="round"
    >
      <path d="M5 2.75h10v14.5l-5-3.5-5 3.5V2.75Z" />
    </svg>
  );
}

const buttonClass =
  "inline-flex min-h-11 items-center gap-2 rounded-lg border border-brand-700 bg-white px-4 font-semibold text-brand-800 hover:bg-brand-50 aria-disabled:cursor-default aria-disabled:border-line aria-disabled:bg-surface aria-disabled:text-ink";

/**
 * "Sauvegarder cette recherche" for signed-in visitors, with the optional daily alert. Its
 * controls belong to the form of <SaveSearchProvider> (form="…"). Once saved, the button stays in
 * place (so focus is not lost) and says so; the outcome is announced in a polite live region.
 */
export function SaveSearchControl() {
  const context = useSaveSearch();
  if (!context) return null;
  const { formId, query, saved, state, pending } = context;
  // An outcome belongs to the search it was sent for, not to the next one on the same page.
  const outcome = state && state.query === query ? state.result : null;
  const justSaved = outcome?.ok ? outcome.data : null;
  const current = justSaved ?? saved;
  const statusId = `${formId}-etat`;

  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2 border-t border-line pt-4" data-testid="save-search">
      {current ? (
        <button type="button" aria-disabled="true" aria-describedby={statusId} className={buttonClass}>
          <BookmarkIcon filled />
          Recherche enregistrée
        </button>
      ) : (
        <>
          <button type="submit" form={formId} disabled={pending} aria-describedby={statusId} className={buttonClass}>
            <BookmarkIcon />
            {pending ? "Enregistrement…" : "Sauvegarder cette recherche"}
          </button>
          <label className="inline-flex min-h-11 items-center gap-2 text-ink">
            <input type="checkbox" name="alert" form={formId} className="size-5 accent-brand-700" />
            M&apos;avertir par courriel des nouveaux résultats
          </label>
        </>
      )}
      {/* Always rendered, even empty: a live region must exist before its message to be announced. */}
      <div id={statusId} role="status" aria-live="polite" className="text-ink">
        {outcome && !outcome.ok && (
          <p className="font-semibold text-red-800">
            <span className="sr-only">Erreur : </span>
            {outcome.error}
          </p>
        )}
        {current && (
          <p>
            {justSaved ? (outcome?.ok && outcome.message) || "Recherche enregistrée." : "Cette recherche fait partie de vos recherches enregistrées"}
            {!justSaved && (current.alert ? ", avec une alerte par courriel." : ".")}{" "}
            <Link href={SAVED_SEARCHES_PATH} className="font-semibold text-brand-700 underline hover:text-brand-900">
              Voir mes recherches
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
