import { clsx } from "clsx";

/** The save control's pictogram; filled when the item is saved. Decorative: the button names itself. */
export function BookmarkIcon({ filled = false, className }: { filled?: boolean; className?: string }) {
  return (
    <svg
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
      className={clsx("size-5 shrink-0", className)}
      fill={filled ? "currentColor" : "none"}
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinejoin="round"
    >
      <path d="M5.75 2.75h8.5a1 1 0 0 1 1 1v13.5L10 13.5l-5.25 3.75V3.75a1 1 0 0 1 1-1Z" />
    </svg>
  );
}
