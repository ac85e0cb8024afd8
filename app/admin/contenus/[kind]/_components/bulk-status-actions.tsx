"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button, buttonClassName } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { ContentKind } from "@/lib/cms/kinds";
import type { StatusChange } from "@/lib/validations/content";
import { changeContentStatusAction } from "../actions";

type BulkStatusActionsProps = {
  kind: ContentKind;
  ids: number[];
  clear: () => void;
  /** Shown by the list above the table, which keeps it once the selection (and this bar) is gone. */
  onResult: (result: ActionResult<unknown>) => void;
};

const PENDING: Record<StatusChange, string> = {
  publish: "Publication…",
  unpublish: "Retour en brouillon…",
  archive: "Archivage…",
};

/**
 * Publish, unpublish or archive the selected rows. Archiving takes the records off the public
 * site, so it asks for a confirmation first.
 */
export function BulkStatusActions({ kind, ids, clear, onResult }: BulkStatusActionsProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<StatusChange | null>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const archiveRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // The buttons swap places: focus follows, to the confirmation and back to "Archiver…" on cancel.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (returnFocus.current) archiveRef.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  const run = (change: StatusChange) => {
    setRunning(change);
    startTransition(async () => {
      const result = await changeContentStatusAction({ kind, ids, change });
      onResult(result);
      if (result.ok) {
        clear();
        router.refresh();
      }
      setRunning(null);
      setConfirming(false);
    });
  };

  const n = ids.length;
  if (confirming) {
    return (
      <div role="group" aria-label="Confirmer l'archivage" className="flex flex-wrap items-center gap-3">
        <p className="text-brand-900">
          {n === 1 ? "Archiver ce contenu ? Il ne sera plus visible du public." : `Archiver ces ${n} contenus ? Ils ne seront plus visibles du public.`}
        </p>
        <button ref={confirmRef} type="button" className={buttonClassName("danger")} disabled={pending} onClick={() => run("archive")}>
          {pending ? PENDING.archive : "Confirmer l'archivage"}
        </button>
        <Button
          type="button"
          variant="secondary"
          disabled={pending}
          onClick={() => {
            returnFocus.current = true;
            setConfirming(false);
          }}
        >
          Annuler
        </Button>
      </div>
    );
  }

  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" pending={running === "publish"} pendingLabel={PENDING.publish} disabled={pending} onClick={() => run("publish")}>
        Publier
      </Button>
      <Button
        type="button"
        variant="secondary"
        pending={running === "unpublish"}
        pendingLabel={PENDING.unpublish}
        disabled={pending}
        onClick={() => run("unpublish")}
      >
        Dépublier
      </Button>
      <button ref={archiveRef} type="button" className={buttonClassName("secondary")} disabled={pending} onClick={() => setConfirming(true)}>
        Archiver…
      </button>
    </div>
  );
}
