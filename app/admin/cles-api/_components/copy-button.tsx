"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies a value to the clipboard and says so in words (announced politely). */
export function CopyButton({ text, describedBy }: { text: string; describedBy?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant="secondary"
        aria-describedby={describedBy}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setState("copied");
          } catch {
            setState("failed");
          }
        }}
      >
        Copier la clé
      </Button>
      <span role="status" className="text-sm">
        {state === "copied" ? "Clé copiée." : state === "failed" ? "Copie impossible : sélectionnez la clé et copiez-la." : ""}
      </span>
    </span>
  );
}
