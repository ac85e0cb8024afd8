"use client";

import { clsx } from "clsx";
import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { Button, buttonClassName } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SAVED_SEARCH_LABEL_MAX } from "@/lib/validations/saved-searches";
import { renameSavedSearchAction, setSavedSearchAlertAction } from "../actions";
import { initialSearchCardState } from "./form-states";
import { quoteLabel } from "./quote-label";

export type SavedSearchItem = {
  id: number;
  label: string;
  engineName: string;
  href: string;
  alert: boolean;
  createdIso: string;
  createdOn: string;
  lastAlertIso: string | null;
  lastAlertOn: string | null;
};

type SavedSearchCardProps = {
  search: SavedSearchItem;
  /** The list's delete action: its outcome outlives the card it removes. */
  deleteAction: (form: FormData) => void;
  deleting: boolean;
};

const summaryClass =
  "inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900";

/** One saved search: reopen it, switch its alert, rename it, delete it (after a confirmation). */
export function SavedSearchCard({ search, deleteAction, deleting }: SavedSearchCardProps) {
  const { id, label, alert } = search;
  const [alertState, alertAction, switching] = useActionState(setSavedSearchAlertAction, initialSearchCardState);
  const [renameState, renameAction, renaming] = useActionState(renameSavedSearchAction, initialSearchCardState);
  const renameBox = useRef<HTMLDetailsElement>(null);
  const renameField = useRef<HTMLInputElement>(null);

  // A successful rename folds the form away and puts focus back on its toggle; a refused one
  // leaves it open with the focus on the field in error.
  useEffect(() => {
    if (renameState.at === 0) return;
    if (renameState.ok) {
      if (renameBox.current) renameBox.current.open = false;
      renameBox.current?.querySelector("summary")?.focus();
    } else {
      renameField.current?.focus();
    }
  }, [renameState]);

  const latest = alertState.at > renameState.at ? alertState : renameState;
  const titleId = `recherche-${id}-titre`;
  const nameField = `recherche-${id}-nom`;

  return (
    <article aria-labelledby={titleId} className="rounded-card border border-line bg-white p-5 shadow-card">
      <p className="text-sm font-semibold tracking-wide text-brand-600 uppercase">{search.engineName}</p>
      <h2 id={titleId} className="mt-1 text-lg leading-snug font-bold break-words text-brand-900">
        {label}
      </h2>
      <p className="mt-1 text-sm text-ink-muted">
        Enregistrée le <time dateTime={search.createdIso}>{search.createdOn}</time>
        {search.lastAlertIso && search.lastAlertOn && (
          <>
            {" · "}dernière alerte le <time dateTime={search.lastAlertIso}>{search.lastAlertOn}</time>
          </>
        )}
      </p>

      <div className="mt-4 flex flex-wrap items-center gap-x-5 gap-y-3">
        <Link href={search.href} className={buttonClassName("primary")}>
          Relancer la recherche<span className="sr-only"> {quoteLabel(label)}</span>
        </Link>
        <form action={alertAction}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="alert" value={String(!alert)} />
          <button
            type="submit"
            role="switch"
            aria-checked={alert}
            aria-disabled={switching || undefined}
            className="inline-flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-1 text-left font-semibold text-ink"
          >
            <span
              aria-hidden="true"
              className={clsx(
                "relative inline-flex h-6 w-11 shrink-0 items-center rounded-full border-2 transition-colors",
                alert ? "border-brand-700 bg-brand-700" : "border-ink-muted bg-white",
              )}
            >
              <span
                className={clsx(
                  "inline-block size-4 rounded-full transition-transform",
                  alert ? "translate-x-5 bg-white" : "translate-x-0.5 bg-ink-muted",
                )}
              />
            </span>
            <span>
              Alerte par courriel<span className="sr-only"> pour {quoteLabel(label)}</span>
              <span aria-hidden="true" className="font-normal"> : {alert ? "activée" : "désactivée"}</span>
            </span>
          </button>
        </form>
      </div>

      <div className="mt-2 flex flex-wrap items-start gap-x-6">
        <details ref={renameBox} className="open:basis-full">
          <summary className={summaryClass}>
            Renommer<span className="sr-only"> {quoteLabel(label)}</span>
          </summary>
          <form action={renameAction} noValidate className="mt-2 mb-3 flex flex-wrap items-end gap-3">
            <input type="hidden" name="id" value={id} />
            <TextField
              // Remount with the draft after a refusal: React resets a form after each submission.
              key={renameState.at}
              ref={renameField}
              id={nameField}
              name="label"
              label="Nouveau nom"
              defaultValue={renameState.draft ?? label}
              maxLength={SAVED_SEARCH_LABEL_MAX}
              error={renameState.fieldError}
              className="min-w-60 flex-1"
              autoComplete="off"
            />
            <Button pending={renaming} pendingLabel="Enregistrement…">
              Enregistrer le nom
            </Button>
          </form>
        </details>
        <details className="open:basis-full">
          <summary className={clsx(summaryClass, "text-red-800 hover:text-red-900")}>
            Supprimer<span className="sr-only"> {quoteLabel(label)}</span>
          </summary>
          <form action={deleteAction} className="mt-2 mb-3 max-w-xl rounded-lg border border-red-700 bg-red-50 p-4">
            <input type="hidden" name="id" value={id} />
            <p className="text-ink">
              Supprimer définitivement la recherche {quoteLabel(label)} ?{alert ? " Son alerte s'arrête aussi." : ""}
            </p>
            <Button variant="danger" pending={deleting} pendingLabel="Suppression…" className="mt-3">
              Oui, supprimer cette recherche
            </Button>
          </form>
        </details>
      </div>

      <p role="status" aria-live="polite" className={latest.ok ? "text-ink" : "font-semibold text-red-800"}>
        {latest.message && !latest.fieldError ? (
          <>
            {!latest.ok && <span className="sr-only">Erreur : </span>}
            {latest.message}
          </>
        ) : null}
      </p>
    </article>
  );
}
