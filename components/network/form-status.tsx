"use client";

import type { RefObject } from "react";
import type { NetworkLocale } from "@/lib/network/i18n/locale";
import { NetworkAlert } from "./fields";

/** components/forms/form-status.tsx for the network area (message prefix in the interface language). */
export function NetworkFormStatus({
  status,
  statusRef,
  locale,
}: {
  status: { tone: "error" | "success"; message: string } | null;
  statusRef: RefObject<HTMLDivElement | null>;
  locale: NetworkLocale;
}) {
  return (
    <div ref={statusRef} tabIndex={-1} aria-live="polite" className="outline-none empty:hidden">
      {status && (
        <NetworkAlert tone={status.tone} locale={locale}>
          {status.message}
        </NetworkAlert>
      )}
    </div>
  );
}
