"use client";

import type { RefObject } from "react";
import { Alert } from "@/components/ui/alert";

/** The general message of a form, focused after a failed submit so it is read at once. */
export function FormStatus({ status, statusRef }: { status: { tone: "error" | "success"; message: string } | null; statusRef: RefObject<HTMLDivElement | null> }) {
  return (
    <div ref={statusRef} tabIndex={-1} aria-live="polite" className="outline-none empty:hidden">
      {status && <Alert tone={status.tone}>{status.message}</Alert>}
    </div>
  );
}
