import type { ReactNode } from "react";
import type { TocEntry } from "@/components/layout/prose-page";
import { fr } from "@/lib/i18n/fr";

/**
 * ProsePage's layout with one difference: the text column may shrink below its content's width
 * (`min-w-0`), so wide reference tables and commands scroll inside their own boxes on a phone
 * instead of widening the whole page.
 */
export function DocLayout({ toc, children }: { toc: readonly TocEntry[]; children: ReactNode }) {
  return (
    <div className="page-container grid gap-12 py-12 lg:grid-cols-[minmax(0,46rem)_15rem] lg:justify-between">
      <div className="prose-page min-w-0">{children}</div>
      <nav aria-label={fr.shell.onThisPage} className="hidden lg:block">
        <div className="sticky top-6 rounded-card border border-line bg-surface p-5">
          <p className="text-sm font-bold tracking-wide text-brand-900 uppercase" aria-hidden="true">
            {fr.shell.onThisPage}
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
    </div>
  );
}
