import { clsx } from "clsx";
import Link from "next/link";
import { fr } from "@/lib/i18n/fr";
import { Icon } from "./icons";

type PaginationProps = {
  /** 1-based. */
  page: number;
  totalPages: number;
  /** The current URL (query string included) with `page` replaced. */
  pageHref: (page: number) => string;
  label?: string;
};

/**
 * Page links keeping the whole query string (pageHref builds them), the current page marked with
 * aria-current, previous/next always in the same place, and gaps ("…") beyond two pages around.
 */
export function Pagination({ page, totalPages, pageHref, label = fr.searchKit.pagination }: PaginationProps) {
  if (totalPages <= 1) return null;
  const current = Math.min(Math.max(1, page), totalPages);
  const pages = pageWindow(current, totalPages);
  const item = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 font-semibold";
  return (
    <nav aria-label={label} className="mt-10">
      <ul role="list" className="flex flex-wrap items-center justify-center gap-1.5">
        {current > 1 && (
          <li>
            <Link
              href={pageHref(current - 1)}
              rel="prev"
              className={clsx(item, "gap-1.5 text-brand-700 underline hover:bg-brand-50")}
            >
              <Icon name="arrowLeft" />
              <span className="max-sm:sr-only">{fr.searchKit.previousPage}</span>
            </Link>
          </li>
        )}
        {pages.map((entry, index) =>
          entry === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-ink-muted">
              …
            </li>
          ) : (
            <li key={entry}>
              <Link
                href={pageHref(entry)}
                aria-current={entry === current ? "page" : undefined}
                aria-label={
                  entry === current ? fr.searchKit.currentPageLabel(entry, totalPages) : fr.searchKit.pageLabel(entry)
                }
                className={clsx(
                  item,
                  entry === current
                    ? "bg-brand-700 text-white no-underline"
                    : "text-brand-700 underline hover:bg-brand-50",
                  // Small screens keep the current page and its neighbours only.
                  Math.abs(entry - current) > 1 && entry !== 1 && entry !== totalPages && "max-sm:hidden",
                )}
              >
                {entry}
              </Link>
            </li>
          ),
        )}
        {current < totalPages && (
          <li>
            <Link
              href={pageHref(current + 1)}
              rel="next"
              className={clsx(item, "gap-1.5 text-brand-700 underline hover:bg-brand-50")}
            >
              <span className="max-sm:sr-only">{fr.searchKit.nextPage}</span>
              <Icon name="arrowRight" />
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** 1 … 4 5 [6] 7 8 … 20 */
export function pageWindow(current: number, total: number): (number | "gap")[] {
  const pages = new Set<number>([1, total]);
  for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= total) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  for (const p of sorted) {
    const previous = out.at(-1);
    if (typeof previous === "number" && p - previous > 1) out.push(p - previous === 2 ? previous + 1 : "gap");
    out.push(p);
  }
  return out;
}
