"use client";

import { type ReactNode, useActionState, useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { deleteSavedSearchAction } from "../actions";
import { initialDeleteSearchState } from "./form-states";
import { quoteLabel } from "./quote-label";
import { SavedSearchCard, type SavedSearchItem } from "./saved-search-card";

/**
 * The list of saved searches. Deleting is handled here rather than in each card: the card goes
 * away with the refreshed list, so the confirmation and the focus land on a message that stays.
 */
export function SavedSearchManager({ searches, empty }: { searches: SavedSearchItem[]; empty: ReactNode }) {
  const [state, deleteAction, deleting] = useActionState(deleteSavedSearchAction, initialDeleteSearchState);
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.at > 0) status.current?.focus();
  }, [state.at]);

  return (
    <>
      {/* Always rendered, even empty: a live region must exist before its message to be announced. */}
      <div ref={status} tabIndex={-1} aria-live="polite" className="outline-none">
        {state.deleted && (
          <Alert tone="success" className="mb-6">
            La recherche {quoteLabel(state.deleted.label)} a été supprimée.
          </Alert>
        )}
        {state.error && (
          <Alert tone="error" className="mb-6">
            {state.error}
          </Alert>
        )}
      </div>
      {searches.length === 0 ? (
        empty
      ) : (
        <ul role="list" className="space-y-4">
          {searches.map((search) => (
            <li key={search.id}>
              <SavedSearchCard search={search} deleteAction={deleteAction} deleting={deleting} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
