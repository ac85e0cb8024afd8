import type { ReactNode } from "react";

/** Top of a network page: its only h1 and an optional lead, then the page's content. */
export function NetworkPage({ title, intro, children, wide }: { title: string; intro?: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "page-container py-8 sm:py-10" : "page-container max-w-4xl py-8 sm:py-10"}>
      <h1 className="text-3xl font-extrabold tracking-tight text-brand-900 sm:text-4xl">{title}</h1>
      {intro && <div className="mt-3 max-w-3xl text-lg text-ink-muted">{intro}</div>}
      <div className="mt-8">{children}</div>
    </div>
  );
}
