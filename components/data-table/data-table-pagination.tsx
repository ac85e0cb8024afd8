"use client";

import Link from "next/link";
import { useId } from "react";
import { PER_PAGE_OPTIONS, TABLE_PARAM } from "./table-params";
import { useSyncedParam } from "./use-synced-param";
import { useTableUrl } from "./use-table-url";

type DataTablePaginationProps = { page: number; perPage: number; total: number };

const linkClass =
  "inline-flex min-h-11 items-center gap-1.5 rounded-lg border border-brand-700 px-3 font-semibold text-brand-800 no-underline hover:bg-brand-50";
const disabledClass = "inline-flex min-h-11 items-center gap-1.5 rounded-lg border border-line px-3 font-semibold text-ink-muted";

/**
 * "Page 2 sur 7" with previous/next links (real links: they open in a new tab and work without
 * JavaScript) and the number of rows per page.
 */
export function DataTablePagination({ page, perPage, total }: DataTablePaginationProps) {
  const url = useTableUrl();
  const perPageParam = useSyncedParam(TABLE_PARAM.perPage);
  const selectId = useId();
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const pageHref = (target: number) => url.hrefWith({ [TABLE_PARAM.page]: target > 1 ? String(target) : null }, { resetPage: false });
  // Kept in a GET form so the select also works without JavaScript (with a submit button).
  const preserved = [...url.searchParams.entries()].filter(([key]) => key !== TABLE_PARAM.perPage && key !== TABLE_PARAM.page);

  return (
    <nav aria-label="Pagination du tableau" className="flex flex-wrap items-center justify-between gap-4">
      <div className="flex flex-wrap items-center gap-3">
        {page > 1 ? (
          <Link href={pageHref(page - 1)} rel="prev" scroll={false} onClick={url.requestTableFocus} className={linkClass}>
            <span aria-hidden="true">←</span> Page précédente
          </Link>
        ) : (
          <span aria-disabled="true" className={disabledClass}>
            <span aria-hidden="true">←</span> Page précédente
          </span>
        )}
        <p className="font-semibold">
          Page {Math.min(page, totalPages)} sur {totalPages}
        </p>
        {page < totalPages ? (
          <Link href={pageHref(page + 1)} rel="next" scroll={false} onClick={url.requestTableFocus} className={linkClass}>
            Page suivante <span aria-hidden="true">→</span>
          </Link>
        ) : (
          <span aria-disabled="true" className={disabledClass}>
            Page suivante <span aria-hidden="true">→</span>
          </span>
        )}
      </div>
      <form method="get" className="flex items-center gap-2">
        {preserved.map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
        <label htmlFor={selectId} className="text-sm font-semibold">
          Lignes par page
        </label>
        <select
          id={selectId}
          name={TABLE_PARAM.perPage}
          value={perPageParam.value || String(perPage)}
          onChange={(event) => perPageParam.change(event.target.value)}
          className="h-10 rounded-lg border border-field bg-white px-2 text-base"
        >
          {PER_PAGE_OPTIONS.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
        <noscript>
          <button type="submit" className="h-10 rounded-lg border border-brand-700 px-3 text-sm font-semibold text-brand-800">
            Afficher
          </button>
        </noscript>
      </form>
    </nav>
  );
}
