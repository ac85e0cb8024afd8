"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { ContentKind } from "@/lib/cms/kinds";
import { restoreContentRevisionAction } from "../actions";

type RestoreRevisionButtonProps = {
  kind: ContentKind;
  id: number;
  version: number;
  /** "compact" in the history table, "full" on the page of one version. */
  size?: "compact" | "full";
};

/**
 * "Restaurer cette version", with a confirmation step: the current texts are replaced (they stay
 * in the history as a version of their own).
 */
export function RestoreRevisionButton({ kind, id, version, size = "compact" }: RestoreRevisionButtonProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef(false);

  // Focus follows the swapped buttons: to the confirmation, and back to the first button on cancel.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (returnFocus.current) openRef.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  const restore = () =>
    startTransition(async () => {
      const outcome = await restoreContentRevisionAction({ kind, id, version });
      setResult(outcome);
      setConfirming(false);
      if (outcome.ok) router.refresh();
      requestAnimationFrame(() => resultRef.current?.focus());
    });

  const buttonSize = size === "compact" ? "min-h-10 px-3 py-1.5 text-sm" : undefined;

  return (
    <div className="flex flex-col gap-2">
      <div ref={resultRef} tabIndex={-1} className="outline-none empty:hidden">
        {result && (
          <Alert tone={result.ok ? "success" : "error"} live={result.ok ? "status" : "alert"}>
            {result.ok ? result.message : result.error}
          </Alert>
        )}
      </div>
      {confirming ? (
        <div role="group" aria-label={`Confirmer la restauration de la version ${version}`} className="flex flex-col gap-2 rounded-lg border border-accent-500 bg-accent-100 p-3">
          <p className="text-sm text-accent-800">
            Les textes et réglages de la version {version} remplaceront ceux d&apos;aujourd&apos;hui. L&apos;état de publication ne change pas, et la version
            actuelle reste dans l&apos;historique.
          </p>
          <div className="flex flex-wrap gap-2">
            <button ref={confirmRef} type="button" className={buttonClassName("primary", buttonSize)} disabled={pending} onClick={restore}>
              {pending ? "Restauration…" : "Confirmer la restauration"}
            </button>
            <button
              type="button"
              className={buttonClassName("secondary", buttonSize)}
              disabled={pending}
              onClick={() => {
                returnFocus.current = true;
                setConfirming(false);
              }}
            >
              Annuler
            </button>
          </div>
        </div>
      ) : (
        <div>
          <button
            ref={openRef}
            type="button"
            className={buttonClassName("secondary", buttonSize)}
            onClick={() => {
              setResult(null);
              setConfirming(true);
            }}
          >
            Restaurer cette version<span className="sr-only"> ({version})</span>
          </button>
        </div>
      )}
    </div>
  );
}
