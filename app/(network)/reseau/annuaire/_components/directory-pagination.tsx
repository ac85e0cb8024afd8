import { clsx } from "clsx";
import Link from "next/link";
import { pageWindow } from "@/components/search/pagination";
import type { DirectoryStrings } from "@/lib/network/i18n/directory";

type DirectoryPaginationProps = {
  page: number;
  totalPages: number;
  pageHref: (page: number) => string;
  t: DirectoryStrings;
};

/** Page links in the viewer's language (the portal's Pagination speaks French only). */
export function DirectoryPagination({ page, totalPages, pageHref, t }: DirectoryPaginationProps) {
  if (totalPages <= 1) return null;
  const item = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 font-semibold";
  return (
    <nav aria-label={t.pagination} className="mt-6">
      <ul role="list" className="flex flex-wrap items-center justify-center gap-1.5">
        {page > 1 && (
          <li>
            <Link href={pageHref(page - 1)} rel="prev" className={clsx(item, "text-brand-700 underline hover:bg-brand-50")}>
              {t.previousPage}
            </Link>
          </li>
        )}
        {pageWindow(page, totalPages).map((entry, index) =>
          entry === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-ink-muted">
              …
            </li>
          ) : (
            <li key={entry}>
              <Link
                href={pageHref(entry)}
                aria-current={entry === page ? "page" : undefined}
                aria-label={entry === page ? t.currentPageLabel(entry, totalPages) : t.pageLabel(entry)}
                className={clsx(item, entry === page ? "bg-brand-700 text-white no-underline" : "text-brand-700 underline hover:bg-brand-50")}
              >
                {entry}
              </Link>
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <Link href={pageHref(page + 1)} rel="next" className={clsx(item, "text-brand-700 underline hover:bg-brand-50")}>
              {t.nextPage}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
