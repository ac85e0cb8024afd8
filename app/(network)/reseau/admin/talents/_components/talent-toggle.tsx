"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { translateActionError } from "@/lib/network/i18n/action-errors";
import { homeStrings } from "@/lib/network/i18n/home";
import { type NetworkLocale, pick } from "@/lib/network/i18n/locale";
import { setTalentFeaturedAction } from "../actions";

/**
 * Feature / remove button of one alumni. The message is announced where the button was, and the
 * page is refreshed so both tables show the new state.
 */
export function TalentToggle({ userId, name, featured, locale, disabled }: { userId: string; name: string; featured: boolean; locale: NetworkLocale; disabled?: boolean }) {
  const t = pick(homeStrings, locale).talents;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  function toggle() {
    setMessage(null);
    startTransition(async () => {
      const result = await setTalentFeaturedAction({ userId, featured: !featured });
      if (result.ok) {
        setMessage({ tone: "success", text: result.message ?? "" });
        router.refresh();
      } else {
        setMessage({ tone: "error", text: translateActionError(result.error, locale) });
      }
    });
  }

  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        type="button"
        variant={featured ? "secondary" : "primary"}
        onClick={toggle}
        pending={pending}
        pendingLabel={t.pending}
        disabled={disabled && !featured}
        aria-label={featured ? t.unfeatureFor(name) : t.featureFor(name)}
        className="whitespace-nowrap"
      >
        {featured ? t.unfeature : t.feature}
      </Button>
      <p role="status" className={message?.tone === "error" ? "text-sm font-semibold text-red-800" : "text-sm text-ink-muted"}>
        {message?.text}
      </p>
    </div>
  );
}
