"use client";

import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { revokeApiKeyAction } from "../actions";

/** Revokes a key after a confirmation step: the partner's requests fail at once. */
export function RevokeKeyButton({ id, name }: { id: number; name: string }) {
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  return (
    <div className="flex flex-col gap-2">
      <div ref={resultRef} tabIndex={-1} className="outline-none empty:hidden">
        {result && !result.ok && (
          <Alert tone="error" live="alert">
            {result.error}
          </Alert>
        )}
      </div>
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <Button
            type="button"
            variant="danger"
            pending={pending}
            pendingLabel="Révocation…"
            onClick={() =>
              startTransition(async () => {
                const outcome = await revokeApiKeyAction({ id });
                setResult(outcome);
                setConfirming(false);
                requestAnimationFrame(() => resultRef.current?.focus());
              })
            }
          >
            Confirmer la révocation de « {name} »
          </Button>
          <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
            Annuler
          </Button>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)} aria-label={`Révoquer la clé de « ${name} »`}>
          Révoquer
        </Button>
      )}
    </div>
  );
}
