import { usePathname, useSearchParams } from "next/navigation";
import type { SearchKind } from "@/lib/search/types";

/** The page being viewed, query string included, to come back to after signing in or saving. */
export function useCurrentPath(): string {
  const pathname = usePathname() ?? "/";
  const query = useSearchParams()?.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** The confirmation page that saves or removes an item with a plain form (no JavaScript needed). */
export function confirmSaveHref(kind: SearchKind, itemId: string, from: string): string {
  return `/espace/favoris/sauvegarder?${new URLSearchParams({ type: kind, id: itemId, retour: from })}`;
}

/** Sign in first, then land on the confirmation page, which leads back to `from`. */
export function signInToSaveHref(kind: SearchKind, itemId: string, from: string): string {
  return `/connexion?${new URLSearchParams({ retour: confirmSaveHref(kind, itemId, from) })}`;
}
