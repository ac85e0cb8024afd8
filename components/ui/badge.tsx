import { clsx } from "clsx";
import type { ReactNode } from "react";

const tones = {
  accent: "bg-accent-100 text-accent-800 ring-accent-200",
  brand: "bg-brand-50 text-brand-800 ring-brand-200",
  neutral: "bg-surface text-ink-muted ring-line",
} as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={clsx(
        "inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-semibold ring-1 ring-inset",
        tones[tone],
      )}
    >
      {children}
    </span>
  );
}
