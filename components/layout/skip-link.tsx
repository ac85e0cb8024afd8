import { fr } from "@/lib/i18n/fr";

export const MAIN_CONTENT_ID = "contenu";

/** First focusable element of every page (RGAA 12.7): hidden until it receives keyboard focus. */
export function SkipLink() {
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      // Parked above the viewport rather than clipped: it keeps its size, so it appears whole on focus.
      className="fixed top-3 left-3 z-50 -translate-y-[calc(100%+1.5rem)] rounded-md bg-brand-800 px-4 py-3 font-semibold text-white shadow-lg focus:translate-y-0"
    >
      {fr.shell.skipToContent}
    </a>
  );
}
