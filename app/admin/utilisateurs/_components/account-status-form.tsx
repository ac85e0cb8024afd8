"use client";

import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AccountStatus } from "@/lib/auth/roles";
import { deactivateUserAction, reactivateUserAction } from "../actions";
import { useAccountAction } from "./use-account-action";

/** Deactivate (with a confirmation step, since it closes the person's sessions) or reactivate. */
export function AccountStatusForm({ userId, status }: { userId: string; status: AccountStatus }) {
  const resultRef = useRef<HTMLDivElement>(null);
  const deactivate = useAccountAction(deactivateUserAction, userId, resultRef);
  const reactivate = useAccountAction(reactivateUserAction, userId, resultRef);
  const [confirming, setConfirming] = useState(false);
  const result = deactivate.result ?? reactivate.result;

  return (
    <div className="flex flex-col gap-3">
      <div ref={resultRef} tabIndex={-1} className="outline-none">
        {result && (
          <Alert tone={result.ok ? "success" : "error"} live={result.ok ? "status" : "alert"}>
            {result.ok ? result.message : result.error}
          </Alert>
        )}
      </div>
      {status === "active" ? (
        confirming ? (
          <div className="flex flex-col gap-3 rounded-lg border border-accent-500 bg-accent-100 p-4">
            <p className="text-accent-800">
              La personne ne pourra plus se connecter et ses sessions ouvertes seront fermées immédiatement. Vous pourrez réactiver le compte à tout moment.
            </p>
            <div className="flex flex-wrap gap-3">
              <Button
                type="button"
                variant="danger"
                pending={deactivate.pending}
                pendingLabel="Désactivation…"
                onClick={() => {
                  reactivate.reset();
                  deactivate.run();
                  setConfirming(false);
                }}
              >
                Confirmer la désactivation
              </Button>
              <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
                Annuler
              </Button>
            </div>
          </div>
        ) : (
          <div>
            <Button type="button" variant="secondary" onClick={() => setConfirming(true)} pending={deactivate.pending} pendingLabel="Désactivation…">
              Désactiver le compte
            </Button>
          </div>
        )
      ) : (
        <div>
          <Button
            type="button"
            variant="secondary"
            pending={reactivate.pending}
            pendingLabel="Réactivation…"
            onClick={() => {
              deactivate.reset();
              reactivate.run();
            }}
          >
            Réactiver le compte
          </Button>
        </div>
      )}
    </div>
  );
}
