"use client";

import { type ReactNode, useEffect, useRef } from "react";

/** Same breakpoint as Tailwind's `lg`, where the filters become a sidebar. */
const DESKTOP_QUERY = "(min-width: 64rem)";

type FiltersDisclosureProps = {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
};

/**
 * The filters panel: a native <details>, closed by default so small screens see results first.
 * On wide screens CSS shows its content anyway (::details-content) and, with JavaScript, it is
 * opened for browsers without that pseudo-element; its summary is hidden there, so it stays open.
 * A submit from inside (the "Appliquer" button) closes it on small screens to reveal the results.
 */
export function FiltersDisclosure({ summary, children, className }: FiltersDisclosureProps) {
  const detailsRef = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const details = detailsRef.current;
    if (!details) return;
    const desktop = window.matchMedia(DESKTOP_QUERY);
    const sync = () => {
      if (desktop.matches) details.open = true;
    };
    sync();
    desktop.addEventListener("change", sync);
    const form = details.closest("form");
    const closeOnMobileSubmit = () => {
      if (!desktop.matches) details.open = false;
    };
    form?.addEventListener("submit", closeOnMobileSubmit);
    return () => {
      desktop.removeEventListener("change", sync);
      form?.removeEventListener("submit", closeOnMobileSubmit);
    };
  }, []);

  return (
    <details
      ref={detailsRef}
      className={`group/filters lg:[&::details-content]:block lg:[&::details-content]:[content-visibility:visible] ${className ?? ""}`}
    >
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 rounded-lg border border-field bg-white px-4 py-2 font-semibold text-brand-800 select-none hover:bg-brand-50 lg:hidden [&::-webkit-details-marker]:hidden">
        {summary}
        <svg
          viewBox="0 0 20 20"
          aria-hidden="true"
          focusable="false"
          className="size-5 transition-transform group-open/filters:rotate-180"
          fill="none"
        >
          <path d="m5 7.5 5 5 5-5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </summary>
      {children}
    </details>
  );
}
