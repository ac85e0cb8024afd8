"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useTransition } from "react";
import { TABLE_PARAM } from "./table-params";

export type ParamUpdates = Record<string, string | null | undefined>;

export type TableUrl = {
  searchParams: URLSearchParams;
  /** The current URL with `updates` applied (null or "" removes a parameter). */
  hrefWith: (updates: ParamUpdates, options?: { resetPage?: boolean }) => string;
  /**
   * Pushes a new history entry, so the back button returns to the previous view. Changing a
   * filter goes back to page 1 unless `resetPage` is false.
   */
  navigate: (updates: ParamUpdates, options?: { resetPage?: boolean; focusTable?: boolean }) => void;
  /** True while the server renders the new view. */
  isPending: boolean;
  /** For controls that may disappear after navigating (pagination): the table takes focus instead. */
  requestTableFocus: () => void;
  /** True once after requestTableFocus (or navigate with focusTable). */
  takeTableFocusRequest: () => boolean;
};

const TableUrlContext = createContext<TableUrl | null>(null);

function useOwnTableUrl(): TableUrl {
  const router = useRouter();
  const pathname = usePathname();
  const current = useSearchParams();
  const [isPending, startTransition] = useTransition();
  const focusTableRequest = useRef(false);
  const searchParams = useMemo(() => new URLSearchParams(current.toString()), [current]);

  const hrefWith = useCallback(
    (updates: ParamUpdates, options?: { resetPage?: boolean }) => {
      const next = new URLSearchParams(searchParams.toString());
      for (const [key, value] of Object.entries(updates)) {
        if (value === null || value === undefined || value === "") next.delete(key);
        else next.set(key, value);
      }
      if ((options?.resetPage ?? true) && !(TABLE_PARAM.page in updates)) next.delete(TABLE_PARAM.page);
      const query = next.toString();
      return query ? `${pathname}?${query}` : pathname;
    },
    [pathname, searchParams],
  );

  const navigate = useCallback(
    (updates: ParamUpdates, options?: { resetPage?: boolean; focusTable?: boolean }) => {
      if (options?.focusTable) focusTableRequest.current = true;
      startTransition(() => router.push(hrefWith(updates, options), { scroll: false }));
    },
    [hrefWith, router],
  );

  const requestTableFocus = useCallback(() => {
    focusTableRequest.current = true;
  }, []);
  const takeTableFocusRequest = useCallback(() => {
    const requested = focusTableRequest.current;
    focusTableRequest.current = false;
    return requested;
  }, []);

  return useMemo(
    () => ({ searchParams, hrefWith, navigate, isPending, requestTableFocus, takeTableFocusRequest }),
    [searchParams, hrefWith, navigate, isPending, requestTableFocus, takeTableFocusRequest],
  );
}

/** Shares one navigator (and its pending state) between a table and its toolbar controls. */
export function TableUrlProvider({ children }: { children: ReactNode }) {
  const value = useOwnTableUrl();
  return <TableUrlContext.Provider value={value}>{children}</TableUrlContext.Provider>;
}

/** The table's URL state; outside a DataTable, a control gets its own navigator. */
export function useTableUrl(): TableUrl {
  const shared = useContext(TableUrlContext);
  const own = useOwnTableUrl();
  return shared ?? own;
}
