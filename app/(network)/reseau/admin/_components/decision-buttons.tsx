"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { NetworkFormStatus } from "@/components/network/form-status";
import { Button } from "@/components/ui/button";
import { type NetworkLocale, pick } from "@/lib/network/i18n/locale";
import { membershipAdminStrings } from "@/lib/network/i18n/membership-admin";
import { decideMembershipAction } from "../actions";

/**
 * Approve / refuse a request (or withdraw / restore access once decided). Refusing asks for a
 * confirmation, since the applicant is e-mailed at once.
 */
export function DecisionButtons({ userId, status, locale }: { userId: string; status: "pending" | "approved" | "refused"; locale: NetworkLocale }) {
  const t = pick(membershipAdminStrings, locale);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; message: string } | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  function decide(decision: "approve" | "refuse") {
    if (decision === "refuse" && !window.confirm(t.confirmRefuse)) return;
    startTransition(async () => {
      const result = await decideMembershipAction({ userId, decision });
      setMessage(result.ok ? { tone: "success", message: result.message ?? "" } : { tone: "error", message: result.error });
      statusRef.current?.focus();
      if (result.ok) router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <NetworkFormStatus status={message} statusRef={statusRef} locale={locale} />
      <div className="flex flex-wrap gap-3">
        {status !== "approved" && (
          <Button type="button" onClick={() => decide("approve")} pending={pending}>
            {status === "refused" ? t.restore : t.approve}
          </Button>
        )}
        {status !== "refused" && (
          <Button type="button" variant="danger" onClick={() => decide("refuse")} pending={pending}>
            {status === "approved" ? t.revoke : t.refuse}
          </Button>
        )}
      </div>
    </div>
  );
}
