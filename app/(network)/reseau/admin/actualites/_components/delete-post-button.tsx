"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { translateActionError } from "@/lib/network/i18n/action-errors";
import { type NetworkLocale, pick } from "@/lib/network/i18n/locale";
import { postStrings } from "@/lib/network/i18n/posts";
import { deleteNetworkPostAction } from "../actions";

/** Deletes an item after a confirmation step, then goes back to the list. */
export function DeletePostButton({ id, locale }: { id: number; locale: NetworkLocale }) {
  const f = pick(postStrings, locale).form;
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  function remove() {
    startTransition(async () => {
      const result = await deleteNetworkPostAction({ id });
      if (result.ok) {
        router.push("/reseau/admin/actualites?supprime=1");
        return;
      }
      setError(translateActionError(result.error, locale));
      setConfirming(false);
      requestAnimationFrame(() => errorRef.current?.focus());
    });
  }

  return (
    <div className="flex flex-col items-start gap-2">
      {error && (
        <p ref={errorRef} tabIndex={-1} role="alert" className="rounded-lg border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-900">
          <span className="sr-only">{f.errorPrefix}</span>
          {error}
        </p>
      )}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <Button type="button" variant="danger" pending={pending} pendingLabel={f.deleting} onClick={remove}>
            {f.confirmDelete}
          </Button>
          <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
            {f.cancel}
          </Button>
        </div>
      ) : (
        <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
          {f.delete}
        </Button>
      )}
    </div>
  );
}
