"use client";

import { clsx } from "clsx";
import { startTransition, useOptimistic, useState, useTransition } from "react";
import { setItemSavedAction } from "@/app/(account)/espace/actions";
import type { SearchKind } from "@/lib/search/types";
import { BookmarkIcon } from "./bookmark-icon";
import { frAccount } from "./messages";
import { confirmSaveHref, useCurrentPath } from "./save-links";
import { SCRIPT_ONLY, saveControlClassName, saveLabelClassName, type SaveVariant } from "./save-styles";

type SaveToggleProps = {
  kind: SearchKind;
  itemId: string;
  title: string;
  /** As the page was rendered (the parent re-keys the toggle when it changes). */
  saved: boolean;
  variant: SaveVariant;
};

/**
 * One-click save: a toggle button (aria-pressed) that flips at once (useOptimistic), calls the
 * server action and announces the outcome in a polite live region. It is not a <form>: result
 * cards sit inside the engines' GET search form, where a nested form is invalid and its fields
 * would leak into the search URL. Without JavaScript a <noscript> link to a confirmation page,
 * which holds a real form, takes its place.
 */
export function SaveToggle({ kind, itemId, title, saved, variant }: SaveToggleProps) {
  const from = useCurrentPath();
  const [confirmed, setConfirmed] = useState(saved);
  const [shown, setShown] = useOptimistic(confirmed);
  const [pending, startAction] = useTransition();
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: "", error: false });

  const toggle = () => {
    if (pending) return;
    const next = !shown;
    startAction(async () => {
      setShown(next);
      const result = await setItemSavedAction({ kind, itemId, saved: next });
      startTransition(() => {
        if (result.ok) {
          setConfirmed(result.data.saved);
          setStatus({ text: result.data.saved ? frAccount.save.added : frAccount.save.removed, error: false });
        } else {
          setStatus({ text: result.error, error: true });
        }
      });
    });
  };

  const label = (
    <>
      <BookmarkIcon filled={shown} />
      {/* The visible word leads the accessible name; the title tells twenty such buttons apart. */}
      <span className={saveLabelClassName(variant)}>{shown ? frAccount.save.savedLabel : frAccount.save.label}</span>
      <span className="sr-only"> « {title} »</span>
    </>
  );

  return (
    <span className={clsx("flex flex-col gap-1", variant === "page" ? "items-start" : "items-end")}>
      <button
        type="button"
        aria-pressed={shown}
        onClick={toggle}
        className={clsx(saveControlClassName(variant, shown), SCRIPT_ONLY)}
      >
        {label}
      </button>
      <noscript>
        <a href={confirmSaveHref(kind, itemId, from)} className={saveControlClassName(variant, shown)}>
          {label}
        </a>
      </noscript>
      <span
        role="status"
        className={status.error ? clsx("max-w-64 text-sm font-semibold text-red-800", variant !== "page" && "text-right") : "sr-only"}
      >
        {status.text}
      </span>
    </span>
  );
}
