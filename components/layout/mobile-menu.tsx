"use client";

import { usePathname } from "next/navigation";
import { type KeyboardEvent, type ReactNode, useEffect, useRef } from "react";
import { fr } from "@/lib/i18n/fr";

/**
 * Small-screen menu built on <details>: without JavaScript it still opens and closes natively and
 * the browser exposes its expanded state. Script only adds closing on navigation and on Escape.
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const pathname = usePathname();

  // The layout survives client-side navigation, so an open menu would otherwise cover the new page.
  useEffect(() => {
    if (detailsRef.current) detailsRef.current.open = false;
  }, [pathname]);

  function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
    if (event.key !== "Escape" || !detailsRef.current?.open) return;
    detailsRef.current.open = false;
    summaryRef.current?.focus();
  }

  return (
    <details ref={detailsRef} onKeyDown={closeOnEscape} className="group lg:hidden">
      <summary
        ref={summaryRef}
        className="flex h-11 cursor-pointer list-none items-center gap-2 rounded-lg border border-field px-3 font-semibold text-brand-800 select-none hover:bg-brand-50 [&::-webkit-details-marker]:hidden"
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="size-5" fill="none">
          <path
            className="group-open:hidden"
            d="M4 7h16M4 12h16M4 17h16"
            stroke="currentColor"
            strokeWidth="2.25"
            strokeLinecap="round"
          />
          <path
            className="hidden group-open:block"
            d="m6 6 12 12M18 6 6 18"
            stroke="currentColor"
            strokeWidth="2.25"
            strokeLinecap="round"
          />
        </svg>
        {fr.shell.menu}
      </summary>
      <div className="absolute inset-x-0 top-full z-40 border-t border-line bg-white shadow-lg">
        <div className="page-container flex flex-col gap-5 py-5">{children}</div>
      </div>
    </details>
  );
}
