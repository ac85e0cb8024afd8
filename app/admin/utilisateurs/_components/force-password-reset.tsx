"use client";

import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { forcePasswordResetAction } from "../actions";
import { useAccountAction } from "./use-account-action";

/**
 * Resets the password to a temporary one, shown here once: it lives only in this component's
 * state and is gone when the administrator leaves the page.
 */
export function ForcePasswordReset({ userId, email }: { userId: string; email: string }) {
  const resultRef = useRef<HTMLDivElement>(null);
  const reset = useAccountAction(forcePasswordResetAction, userId, resultRef);
  const [confirming, setConfirming] = useState(false);
  const [copied, setCopied] = useState(false);
  const result = reset.result;

  const copy = async (password: string) => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <div ref={resultRef} tabIndex={-1} className="outline-none">
        {result &&
          (result.ok ? (
            <Alert tone="warning" title="Mot de passe temporaire (affiché une seule fois)" live="alert">
              <p>{result.message}</p>
              <p className="mt-3 flex flex-wrap items-center gap-3">
                <code className="rounded-md border border-accent-500 bg-white px-3 py-1.5 font-mono text-lg tracking-wider text-ink select-all">
                  {result.data.temporaryPassword}
                </code>
                <Button type="button" variant="secondary" onClick={() => copy(result.data.temporaryPassword)}>
                  Copier
                </Button>
                <span role="status" className="text-sm">
                  {copied ? "Copié dans le presse-papiers." : ""}
                </span>
              </p>
              <p className="mt-3 text-sm">
                Un courriel a informé {email} de la réinitialisation, sans le mot de passe. À sa prochaine connexion, la personne devra en choisir un nouveau.
              </p>
            </Alert>
          ) : (
            <Alert tone="error" live="alert">
              {result.error}
            </Alert>
          ))}
      </div>
      {confirming ? (
        <div className="flex flex-col gap-3 rounded-lg border border-accent-500 bg-accent-100 p-4">
          <p className="text-accent-800">
            Le mot de passe actuel cessera de fonctionner et les sessions ouvertes seront fermées. Vous devrez transmettre le mot de passe temporaire à la personne par un autre moyen (téléphone, en main propre).
          </p>
          <div className="flex flex-wrap gap-3">
            <Button
              type="button"
              variant="danger"
              onClick={() => {
                setCopied(false);
                reset.run();
                setConfirming(false);
              }}
            >
              Confirmer la réinitialisation
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              Annuler
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button type="button" variant="secondary" pending={reset.pending} pendingLabel="Réinitialisation…" onClick={() => setConfirming(true)}>
            Réinitialiser le mot de passe
          </Button>
        </div>
      )}
    </div>
  );
}
