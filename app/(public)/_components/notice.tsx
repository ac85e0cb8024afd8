import type { ReactNode } from "react";

/** A highlighted note at the top of a detail page: demo data, a past event, a withdrawn offer. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="note" className="rounded-card border-l-4 border-accent-400 bg-accent-100/60 p-4 font-semibold text-ink">
      {children}
    </p>
  );
}
