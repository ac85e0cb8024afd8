"use client";

import { type RefObject, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

/**
 * A one-button server action (deactivate, reset...). The outcome is shown in the element of
 * `resultRef`, which takes focus, so keyboard and screen-reader users land on it.
 */
export function useAccountAction<T>(
  action: (input: { userId: string }) => Promise<ActionResult<T>>,
  userId: string,
  resultRef: RefObject<HTMLElement | null>,
) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const run = () =>
    startTransition(async () => {
      const outcome = await action({ userId });
      setResult(outcome);
      requestAnimationFrame(() => resultRef.current?.focus());
    });
  return { pending, result, run, reset: () => setResult(null) };
}
