"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useTableUrl } from "./use-table-url";

/**
 * A control's value bound to one URL parameter. The control keeps its own state while the user
 * types (the URL lags behind a debounced navigation), and adopts the URL's value only when it
 * changes from elsewhere: back button, reset link, another control's submit.
 */
export function useSyncedParam(param: string, debounceMs = 0) {
  const url = useTableUrl();
  const urlValue = url.searchParams.get(param) ?? "";
  const [value, setValue] = useState(urlValue);
  const [seen, setSeen] = useState(urlValue);
  const [sent, setSent] = useState(urlValue);
  if (urlValue !== seen) {
    setSeen(urlValue);
    if (urlValue !== sent) {
      setSent(urlValue);
      setValue(urlValue);
    }
  }

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const { navigate } = url;
  const commitNow = useCallback(
    (next: string) => {
      clearTimeout(timer.current);
      const trimmed = next.trim();
      // Same value as the URL: no new history entry for the back button to step through.
      if (trimmed === urlValue) return;
      setSent(trimmed);
      navigate({ [param]: trimmed || null });
    },
    [navigate, param, urlValue],
  );

  /** Sets the value and navigates once the user pauses (at once when debounceMs is 0). */
  const change = useCallback(
    (next: string) => {
      setValue(next);
      clearTimeout(timer.current);
      if (debounceMs <= 0) commitNow(next);
      else timer.current = setTimeout(() => commitNow(next), debounceMs);
    },
    [commitNow, debounceMs],
  );

  return { value, change, commitNow, urlValue };
}
