"use client";

import { createContext, type ReactNode, useActionState, useContext } from "react";
import { saveSearchAction, type SaveSearchFormState } from "@/lib/account/saved-search-actions";

export type SaveSearchContextValue = {
  formId: string;
  /** The query string of the search on screen, as the form sends it. */
  query: string;
  /** This search is among the person's saved searches (as the server last rendered it). */
  saved: { alert: boolean } | null;
  state: SaveSearchFormState;
  pending: boolean;
};

const SaveSearchContext = createContext<SaveSearchContextValue | null>(null);

export function useSaveSearch(): SaveSearchContextValue | null {
  return useContext(SaveSearchContext);
}

type SaveSearchProviderProps = {
  formId: string;
  engine: string;
  query: string;
  saved: { alert: boolean } | null;
  children: ReactNode;
};

/**
 * Holds the save form of a search page. Engine pages are one big GET form, and forms cannot nest:
 * the POST form is rendered after the page's content and the controls inside the GET form join
 * it with form="…" (which also keeps them out of the search's own query string). Without
 * JavaScript the form posts to the page itself and Next renders the outcome.
 */
export function SaveSearchProvider({ formId, engine, query, saved, children }: SaveSearchProviderProps) {
  const [state, action, pending] = useActionState(saveSearchAction, null);
  return (
    <SaveSearchContext.Provider value={{ formId, query, saved, state, pending }}>
      {children}
      <form id={formId} action={action} hidden>
        <input type="hidden" name="engine" value={engine} />
        <input type="hidden" name="query" value={query} />
      </form>
    </SaveSearchContext.Provider>
  );
}
