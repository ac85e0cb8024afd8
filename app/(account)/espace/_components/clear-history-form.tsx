"use client";

import { useActionState, useEffect, useRef } from "react";
import { initialClearHistoryState } from "@/components/account/action-states";
import { frAccount } from "@/components/account/messages";
import { clearHistoryAction } from "../actions";

const CONFIRM = "Effacer tout votre historique de consultation ? Cette action est définitive.";

/**
 * "Effacer l'historique". Stays mounted when the list empties, so its confirmation can take the
 * focus the vanished button had. Asks for confirmation when JavaScript runs; without it, posts at once.
 */
export function ClearHistoryForm({ hasEntries }: { hasEntries: boolean }) {
  const [state, formAction, pending] = useActionState(clearHistoryAction, initialClearHistoryState);
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.cleared) message.current?.focus();
  }, [state.cleared]);

  return (
    <div className="mb-6">
      {hasEntries && (
        <form
          action={formAction}
          onSubmit={(event) => {
            if (!window.confirm(CONFIRM)) event.preventDefault();
          }}
        >
          <button
            type="submit"
            aria-disabled={pending || undefined}
            className="inline-flex min-h-11 items-center justify-center rounded-lg border border-red-700 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50"
          >
            {frAccount.history.clear}
          </button>
        </form>
      )}
      <p ref={message} tabIndex={-1} role="status" className={state.message || state.error ? "mt-3 font-semibold" : "sr-only"}>
        {state.error ?? state.message}
      </p>
    </div>
  );
}
