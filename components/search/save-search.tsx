import Link from "next/link";
import type { ReactNode } from "react";
import { getDb } from "@/db";
import { findSavedSearch } from "@/lib/account/saved-searches";
import { getCurrentUser } from "@/lib/auth";
import { signInHref } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import type { SavedSearchEngine } from "@/lib/validations/saved-searches";
import { BookmarkIcon, SaveSearchControl } from "./save-search-control";
import { SaveSearchProvider } from "./save-search-provider";

export const SAVE_SEARCH_FORM_ID = "enregistrer-recherche";

type SaveSearchScopeProps = {
  engine: SavedSearchEngine;
  /** The search on screen as its query string (serializeSearchState: "?q=…" or ""). */
  query: string;
  children: ReactNode;
};

/**
 * Wraps an engine page's content so a <SaveSearchSlot> inside it can save the search. For
 * visitors who cannot save (anonymous), it adds nothing: their slot is a sign-in link.
 */
export async function SaveSearchScope({ engine, query, children }: SaveSearchScopeProps) {
  const user = await getCurrentUser();
  if (!can(user, "account:use")) return children;
  const saved = await findSavedSearch(getDb(), user, { engine, query });
  return (
    <SaveSearchProvider
      formId={SAVE_SEARCH_FORM_ID}
      engine={engine}
      query={query.replace(/^\?/, "")}
      saved={saved ? { alert: saved.alert } : null}
    >
      {children}
    </SaveSearchProvider>
  );
}

/** The control itself: the save form's button for members, a sign-in link for visitors. */
export async function SaveSearchSlot({ path, query }: { path: string; query: string }) {
  const user = await getCurrentUser();
  if (can(user, "account:use")) return <SaveSearchControl />;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-line pt-4" data-testid="save-search">
      <Link
        href={signInHref(`${path}${query}`)}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-brand-700 bg-white px-4 font-semibold text-brand-800 no-underline hover:bg-brand-50"
      >
        <BookmarkIcon />
        Sauvegarder cette recherche
        <span className="sr-only"> (connexion requise)</span>
      </Link>
      <p className="text-sm text-ink-muted">Connectez-vous pour la retrouver et être averti des nouveaux résultats.</p>
    </div>
  );
}

/** Scope and slot together, for a page whose control is not inside its GET form (/recherche). */
export function SaveSearch({ engine, path, query }: { engine: SavedSearchEngine; path: string; query: string }) {
  return (
    <SaveSearchScope engine={engine} query={query}>
      <SaveSearchSlot path={path} query={query} />
    </SaveSearchScope>
  );
}
