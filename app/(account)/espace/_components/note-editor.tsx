"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import { initialNoteState } from "@/components/account/action-states";
import { frAccount } from "@/components/account/messages";
import type { SearchKind } from "@/lib/search/types";
import { NOTE_MAX_LENGTH } from "@/lib/validations/personal";
import { updateSavedItemNoteAction } from "../actions";

type NoteEditorProps = { kind: SearchKind; itemId: string; title: string; note: string | null };

const maxLabel = new Intl.NumberFormat("fr-FR").format(NOTE_MAX_LENGTH);

/**
 * The note of a saved item, edited in place: a disclosure (native <details>, so it opens without
 * JavaScript) holding a labelled textarea whose hint and error are tied to it.
 */
export function NoteEditor({ kind, itemId, title, note: initialNote }: NoteEditorProps) {
  const [state, formAction, pending] = useActionState(updateSavedItemNoteAction, initialNoteState);
  const id = useId();
  const summary = useRef<HTMLElement>(null);
  const note = state.note !== undefined ? state.note : initialNote;
  const hintId = `${id}-aide`;
  const errorId = `${id}-erreur`;
  const error = state.fieldError ?? state.error;

  // After a successful save the disclosure closes: give focus back to its summary.
  useEffect(() => {
    if (state.at && !state.error) summary.current?.focus();
  }, [state.at, state.error]);

  return (
    <div className="mt-4 border-t border-line pt-4">
      {note && (
        <div className="mb-3">
          <p className="text-sm font-semibold text-ink-muted">{frAccount.saved.note}</p>
          <p className="whitespace-pre-line text-ink">{note}</p>
        </div>
      )}
      {/* Re-mounted on each answer: closed after a save, open with the draft after an error. */}
      <details key={state.at} open={Boolean(state.error) || undefined} className="group">
        <summary
          ref={summary}
          className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          {note ? frAccount.saved.editNote : frAccount.saved.addNote}
          <span className="sr-only"> : {title}</span>
        </summary>
        <form action={formAction} className="mt-2 flex flex-col gap-2">
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="itemId" value={itemId} />
          <label htmlFor={`${id}-note`} className="font-semibold text-ink">
            {frAccount.saved.noteLabel(title)}
          </label>
          <p id={hintId} className="text-sm text-ink-muted">
            {frAccount.saved.noteHint(maxLabel)}
          </p>
          <textarea
            id={`${id}-note`}
            name="note"
            rows={3}
            maxLength={NOTE_MAX_LENGTH}
            defaultValue={state.error ? (state.draft ?? note ?? "") : (note ?? "")}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error ? true : undefined}
            className={
              error
                ? "rounded-lg border border-red-700 bg-white px-3 py-2 text-base text-ink ring-1 ring-red-700"
                : "rounded-lg border border-field bg-white px-3 py-2 text-base text-ink"
            }
          />
          {error && (
            <p id={errorId} className="text-sm font-semibold text-red-800">
              <span className="sr-only">Erreur : </span>
              {error}
            </p>
          )}
          <div>
            <button
              type="submit"
              aria-disabled={pending || undefined}
              className="inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              {frAccount.saved.saveNote}
            </button>
          </div>
        </form>
      </details>
      <p role="status" className="sr-only">
        {state.message}
      </p>
    </div>
  );
}
