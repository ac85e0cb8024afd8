import type { ReactNode } from "react";
import { fr } from "@/lib/i18n/fr";

export type TocEntry = { id: string; title: string };

type ProsePageProps = {
  /** The page's h2 sections, in order; listed in a side table of contents on wide screens. */
  toc?: readonly TocEntry[];
  tocLabel?: string;
  children: ReactNode;
};

/** Body of a long editorial page: readable measure, and a sticky "on this page" list beside it. */
export function ProsePage({ toc, tocLabel = fr.shell.onThisPage, children }: ProsePageProps) {
  return (
    <div className="page-container grid gap-12 py-12 lg:grid-cols-[minmax(0,46rem)_15rem] lg:justify-between">
      <div className="prose-page">{children}</div>
      {toc && toc.length > 0 && (
        <nav aria-label={tocLabel} className="hidden lg:block">
          <div className="sticky top-6 rounded-card border border-line bg-surface p-5">
            <p className="text-sm font-bold tracking-wide text-brand-900 uppercase" aria-hidden="true">
              {tocLabel}
            </p>
            <ol className="mt-3 space-y-1 text-sm">
              {toc.map((entry) => (
                <li key={entry.id}>
                  <a href={`#${entry.id}`} className="block py-1 text-brand-700 underline-offset-2 hover:underline">
                    {entry.title}
                  </a>
                </li>
              ))}
            </ol>
          </div>
        </nav>
      )}
    </div>
  );
}

/** An h2 that the table of contents can link to. */
export function SectionTitle({ entry }: { entry: TocEntry }) {
  return (
    <h2 id={entry.id} className="scroll-mt-6">
      {entry.title}
    </h2>
  );
}
