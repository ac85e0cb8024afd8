"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClassName } from "@/components/ui/button";
import { translateActionError } from "@/lib/network/i18n/action-errors";
import { type NetworkLocale, pick } from "@/lib/network/i18n/locale";
import { newsletterStrings } from "@/lib/network/i18n/newsletters";
import { sendNewsletterAction } from "../actions";

/** The final click: sends once, then shows the newsletter's page with the result. */
export function SendNewsletterButton({ id, locale }: { id: number; locale: NetworkLocale }) {
  const t = pick(newsletterStrings, locale);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  function send() {
    setError(null);
    startTransition(async () => {
      const result = await sendNewsletterAction({ id });
      if (result.ok) {
        router.push(`/reseau/admin/lettres/${id}`);
        router.refresh();
      } else {
        setError(translateActionError(result.error, locale));
      }
    });
  }

  return (
    <div className="mt-6 flex flex-col gap-4">
      <div ref={errorRef} tabIndex={-1} aria-live="polite" className="outline-none empty:hidden">
        {error && <Alert tone="error">{error}</Alert>}
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={send} pending={pending} pendingLabel={t.sending}>
          {t.sendButton}
        </Button>
        <Link href={`/reseau/admin/lettres/${id}`} className={buttonClassName("secondary")}>
          {t.cancel}
        </Link>
      </div>
    </div>
  );
}
