"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { verifyEmailAction } from "../../actions";

/**
 * Confirmation takes a click (a POST): mail scanners that open links must not use the token
 * before the person does.
 */
export function VerifyButton({ token }: { token: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const errorRef = useRef<HTMLDivElement>(null);
  return (
    <div className="flex flex-col gap-4">
      <div ref={errorRef} tabIndex={-1} className="outline-none empty:hidden">
        {error && (
          <Alert tone="error" live="alert">
            {error}
          </Alert>
        )}
      </div>
      <Button
        type="button"
        pending={pending}
        pendingLabel="Confirmation…"
        onClick={() =>
          startTransition(async () => {
            const result = await verifyEmailAction({ token });
            if (result.ok) router.push("/connexion?info=adresse-confirmee");
            else setError(result.error);
          })
        }
      >
        Confirmer mon adresse
      </Button>
    </div>
  );
}
