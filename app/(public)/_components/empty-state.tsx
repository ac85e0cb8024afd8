import type { ReactNode } from "react";

/** Shown instead of a list when the catalogue has nothing to offer yet: explains, never alarms. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="mt-8 flex items-start gap-4 rounded-card border border-dashed border-brand-300 bg-brand-50 p-6 text-ink">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="mt-0.5 size-6 shrink-0 text-brand-600" fill="none">
        <circle cx="12" cy="12" r="9" stroke="currentColor" strokeWidth="1.8" />
        <path d="M12 11v5.5M12 7.5v.01" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      </svg>
      <p className="max-w-2xl">{children}</p>
    </div>
  );
}
