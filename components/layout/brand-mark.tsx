import { clsx } from "clsx";

/**
 * The Passerelle mark: an arch bridge over a deck. Decorative (the site name sits next to it),
 * so it is hidden from assistive technologies. app/icon.svg is the same drawing.
 */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className={clsx("shrink-0", className)}>
      <rect width="32" height="32" rx="8" fill="var(--color-brand-700)" />
      <path d="M5 21 Q16 5 27 21" fill="none" stroke="var(--color-accent-400)" strokeWidth="3" strokeLinecap="round" />
      <path d="M10 15.1V22M16 13v9M22 15.1V22" stroke="#fff" strokeWidth="1.75" strokeLinecap="round" />
      <path d="M3.5 22.5h25" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}
