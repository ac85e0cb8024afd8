"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { initialRemoveState } from "@/components/account/action-states";
import { frAccount } from "@/components/account/messages";
import type { SearchKind } from "@/lib/search/types";
import { removeSavedItemAction } from "../actions";
import { UnavailableBadge } from "./entry-list";
import { NoteEditor } from "./note-editor";

export type SavedItemCardProps = {
  kind: SearchKind;
  itemId: string;
  kindLabel: string;
  title: string;
  url: string;
  available: boolean;
  note: string | null;
  savedAtIso: string;
  savedOn: string;
};

/**
 * One saved item on "Mes favoris": link (or "n'est plus disponible"), date, note and removal.
 * After removal the card becomes a focused confirmation, so keyboard and screen reader users are
 * not left on a vanished button.
 */
export function SavedItemCard(props: SavedItemCardProps) {
  const { kind, itemId, kindLabel, title, url, available, note, savedAtIso, savedOn } = props;
  const [state, formAction, pending] = useActionState(removeSavedItemAction, initialRemoveState);
  const confirmation = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.removed) confirmation.current?.focus();
  }, [state.removed]);

  if (state.removed) {
    return (
      <article className="rounded-card border border-dashed border-line bg-surface p-5">
        <p ref={confirmation} tabIndex={-1} role="status" className="font-semibold text-ink">
          {frAccount.saved.removed(title)}
        </p>
      </article>
    );
  }

  return (
    <article className="rounded-card border border-line bg-white p-5 shadow-card">
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-3">
        <div className="min-w-0 flex-1 basis-64">
          <p className="text-sm font-semibold tracking-wide text-brand-600 uppercase">{kindLabel}</p>
          <h3 className="text-lg leading-snug font-bold text-brand-900">
            {available ? (
              <Link href={url} className="underline-offset-4 hover:underline">
                {title}
              </Link>
            ) : (
              <>
                {title} <UnavailableBadge />
              </>
            )}
          </h3>
          {!available && <p className="mt-1 text-ink-muted">{frAccount.saved.unavailable}</p>}
          <p className="mt-1 text-sm text-ink-muted">
            <time dateTime={savedAtIso}>{frAccount.saved.savedOn(savedOn)}</time>
          </p>
        </div>
        <form action={formAction} className="flex flex-col items-end gap-1">
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="itemId" value={itemId} />
          <button
            type="submit"
            aria-label={frAccount.saved.removeName(title)}
            aria-disabled={pending || undefined}
            className="inline-flex min-h-11 items-center justify-center rounded-lg border border-red-700 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50"
          >
            {frAccount.saved.remove}
          </button>
          {state.error && (
            <p role="alert" className="max-w-64 text-right text-sm font-semibold text-red-800">
              {state.error}
            </p>
          )}
        </form>
      </div>
      <NoteEditor kind={kind} itemId={itemId} title={title} note={note} />
    </article>
  );
}
