import Link from "next/link";
import type { DirectoryRow } from "@/db/queries/network-directory";
import { type DirectoryColumn, formatFieldValue } from "@/lib/network/directory/columns";
import type { DirectoryStrings } from "@/lib/network/i18n/directory";
import type { NetworkLocale } from "@/lib/network/i18n/locale";

type DirectoryTableProps = {
  /** directoryColumns(viewer): exactly the fields this viewer may see. */
  columns: DirectoryColumn[];
  rows: DirectoryRow[];
  locale: NetworkLocale;
  t: DirectoryStrings;
  /** Keeps ?lang= on the profile links when the language came from the URL. */
  profileQuery: string;
};

/**
 * The results as a table with one column per visible field; the last name links to the profile.
 * The table scrolls on its own (keyboard-focusable region) so 14 columns do not widen the page.
 */
export function DirectoryTable({ columns, rows, locale, t, profileQuery }: DirectoryTableProps) {
  return (
    <div role="region" aria-label={t.tableScrollLabel} tabIndex={0} className="overflow-x-auto rounded-xl border border-line focus-visible:outline-3 focus-visible:outline-brand-700">
      <table className="min-w-full border-collapse text-left text-sm">
        <caption className="sr-only">{t.tableCaption}</caption>
        <thead className="bg-brand-50 text-brand-900">
          <tr>
            {columns.map((column) => (
              <th key={column.field} scope="col" className="px-3 py-2 font-semibold whitespace-nowrap">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = [row.firstName, row.lastName].filter(Boolean).join(" ");
            const href = `/reseau/annuaire/${encodeURIComponent(row.userId)}${profileQuery ? `?${profileQuery}` : ""}`;
            return (
              <tr key={row.userId} className="border-t border-line align-top odd:bg-white even:bg-slate-50">
                {columns.map((column) => {
                  const text = formatFieldValue(column.field, row[column.field], locale);
                  if (column.field === "lastName") {
                    return (
                      <th key={column.field} scope="row" className="px-3 py-2 font-semibold">
                        <Link href={href} aria-label={t.viewProfile(name)} className="text-brand-700 underline hover:text-brand-900">
                          {text}
                        </Link>
                        {row.featured && (
                          <span className="ml-2 inline-block rounded-full bg-accent-100 px-2 py-0.5 text-xs font-semibold text-accent-800">
                            {t.featured}
                          </span>
                        )}
                      </th>
                    );
                  }
                  return (
                    <td key={column.field} className="px-3 py-2">
                      {column.field === "contactEmail" && text ? (
                        <a href={`mailto:${text}`} className="text-brand-700 underline">
                          {text}
                        </a>
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
