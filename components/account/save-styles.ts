import { clsx } from "clsx";

export type SaveVariant = "card" | "compact" | "page";

/** Shared by the toggle and the sign-in control, so both look the same before and after signing in. */
export function saveControlClassName(variant: SaveVariant, pressed: boolean): string {
  return clsx(
    "inline-flex min-h-11 min-w-11 items-center justify-center gap-2 rounded-lg border font-semibold no-underline transition-colors",
    variant === "page" ? "px-4 py-2 text-base" : "px-2.5 py-2 text-[0.9375rem]",
    pressed
      ? "border-brand-700 bg-brand-700 text-white hover:bg-brand-800"
      : "border-brand-300 bg-white text-brand-800 hover:border-brand-700 hover:bg-brand-50",
  );
}

/** The word next to the pictogram: hidden (but still in the name) where space is short. */
export function saveLabelClassName(variant: SaveVariant): string | undefined {
  if (variant === "compact") return "sr-only";
  if (variant === "card") return "sr-only sm:not-sr-only";
  return undefined;
}

/** The script-driven button is hidden when scripting is off: its <noscript> link stands in for it. */
export const SCRIPT_ONLY = "[@media(scripting:none)]:hidden";
