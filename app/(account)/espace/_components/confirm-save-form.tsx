"use client";

import Link from "next/link";
import { useActionState } from "react";
import { initialConfirmSaveState } from "@/components/account/action-states";
import type { SearchKind } from "@/lib/search/types";
import { confirmSavedItemAction } from "../actions";

type ConfirmSaveFormProps = {
  kind: SearchKind;
  itemId: string;
  /** The state to put the item in. */
  saved: boolean;
  retour: string;
  submitLabel: string;
  cancelLabel: string;
};

/** The confirmation page's form: a real form posting to a server action, so it needs no script. */
export function ConfirmSaveForm({ kind, itemId, saved, retour, submitLabel, cancelLabel }: ConfirmSaveFormProps) {
  const [state, formAction, pending] = useActionState(confirmSavedItemAction, initialConfirmSaveState);
  return (
    <form action={formAction} className="mt-6">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="saved" value={String(saved)} />
      <input type="hidden" name="retour" value={retour} />
      {state.error && (
        <p role="alert" className="mb-4 rounded-lg border-l-4 border-red-700 bg-red-50 px-4 py-3 font-semibold text-red-900">
          <span className="sr-only">Erreur : </span>
          {state.error}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          aria-disabled={pending || undefined}
          className={
            saved
              ? "inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
              : "inline-flex min-h-11 items-center justify-center rounded-lg bg-red-700 px-5 py-2 font-semibold text-white hover:bg-red-800"
          }
        >
          {submitLabel}
        </button>
        <Link href={retour} className="font-semibold text-brand-700 underline hover:text-brand-900">
          {cancelLabel}
        </Link>
      </div>
    </form>
  );
}
