"use client";

/**
 * DataTable: a server-driven table for the back office (@tanstack/react-table in manual mode).
 *
 * The page (a server component) reads the URL with `parseTableState` (./table-params), queries
 * one page of rows, and renders a client component of its area that defines the columns and
 * renders this table. Sorting, filters and pagination only change the URL (a new history entry),
 * so every view can be shared and the back button works; the server does the work.
 *
 *   <DataTable
 *     caption="Comptes utilisateurs"           // accessible name of the table
 *     columns={columns}                         // ColumnDef<Row>[], see below
 *     data={rows} total={total}                 // this page's rows, total across pages
 *     state={{ page, perPage, sort, order }}    // what the server served (TableState)
 *     getRowId={(row) => row.id}
 *     countLabel={(n) => `${n} comptes`}        // row count, announced when it changes
 *     empty="Aucun compte ne correspond."      // empty state
 *     toolbar={<DataTableToolbar>…</DataTableToolbar>}  // search and filters (./data-table-toolbar)
 *     selection={{ rowLabel: (row) => row.email, actions: (rows, clear) => <…/> }}  // optional
 *   />
 *
 * Columns: a sortable column sets `enableSorting: true` and an `id` equal to its URL sort key
 * (the `tri` parameter); `sortDescFirst: true` makes its first click sort descending (dates).
 * `meta.rowHeader` renders that column's cells as row headers (<th scope="row">);
 * `meta.className` styles its body cells and `meta.headerClassName` its header. Cell renderers run in the browser, so the columns live in a
 * "use client" module beside the page.
 */

import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type Header,
  type RowData,
  type RowSelectionState,
  useReactTable,
} from "@tanstack/react-table";
import { clsx } from "clsx";
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
import { DataTablePagination } from "./data-table-pagination";
import { selectionColumn } from "./selection-column";
import { TABLE_PARAM, type TableState } from "./table-params";
import { TableUrlProvider, useTableUrl } from "./use-table-url";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the generic parameters must match the library's declaration.
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Render this column's cells as row headers (the cell that names the row). */
    rowHeader?: boolean;
    /** Classes of the column's body cells. */
    className?: string;
    /** Classes of the column's header cell. */
    headerClassName?: string;
  }
}

export type DataTableSelection<TData> = {
  /** Names a row for its checkbox's label ("Sélectionner : jeanne@exemple.fr"). */
  rowLabel: (row: TData) => string;
  /** Buttons acting on the selected rows of this page. */
  actions: (rows: TData[], clear: () => void) => ReactNode;
};

export type DataTableProps<TData> = {
  caption: string;
  // The value type differs per column; TanStack's own examples type column arrays this way.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<TData, any>[];
  data: TData[];
  total: number;
  state: TableState;
  getRowId: (row: TData) => string;
  countLabel?: (total: number) => string;
  empty?: ReactNode;
  toolbar?: ReactNode;
  selection?: DataTableSelection<TData>;
};

export function DataTable<TData>(props: DataTableProps<TData>) {
  return (
    <TableUrlProvider>
      <DataTableView {...props} />
    </TableUrlProvider>
  );
}

function defaultCountLabel(total: number): string {
  return total <= 1 ? `${total} résultat` : `${total.toLocaleString("fr-FR")} résultats`;
}

function DataTableView<TData>({
  caption,
  columns,
  data,
  total,
  state,
  getRowId,
  countLabel = defaultCountLabel,
  empty,
  toolbar,
  selection,
}: DataTableProps<TData>) {
  const url = useTableUrl();
  const captionId = useId();
  const regionRef = useRef<HTMLDivElement>(null);

  // A selection is about the rows on screen: a new page or filter starts with none.
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [selectionData, setSelectionData] = useState(data);
  if (selectionData !== data) {
    setSelectionData(data);
    setRowSelection({});
  }

  const allColumns = useMemo(
    () => (selection ? [selectionColumn<TData>(selection.rowLabel), ...columns] : columns),
    [columns, selection],
  );

  const table = useReactTable({
    data,
    columns: allColumns,
    getRowId: (row) => getRowId(row),
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    rowCount: total,
    defaultColumn: { enableSorting: false },
    enableRowSelection: Boolean(selection),
    onRowSelectionChange: setRowSelection,
    state: {
      rowSelection,
      sorting: [{ id: state.sort, desc: state.order === "desc" }],
      pagination: { pageIndex: state.page - 1, pageSize: state.perPage },
    },
  });

  // After a pagination link, the link may be gone (last page): move focus to the table instead.
  const { takeTableFocusRequest } = url;
  useEffect(() => {
    if (!takeTableFocusRequest()) return;
    regionRef.current?.focus();
    regionRef.current?.scrollIntoView({ block: "start" });
  }, [state.page, takeTableFocusRequest]);

  const selectedRows = table.getSelectedRowModel().rows.map((row) => row.original);
  const clearSelection = () => setRowSelection({});
  const rows = table.getRowModel().rows;

  return (
    <div className="flex flex-col gap-4">
      {toolbar}

      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="font-semibold text-ink">
          {countLabel(total)}
        </p>
        {url.isPending && (
          <p className="text-sm text-ink-muted" aria-hidden="true">
            Mise à jour…
          </p>
        )}
      </div>

      {selection && selectedRows.length > 0 && (
        <div
          role="region"
          aria-label="Actions sur la sélection"
          className="flex flex-wrap items-center gap-3 rounded-lg border border-brand-300 bg-brand-50 px-4 py-3"
        >
          <p className="font-semibold text-brand-900">
            {selectedRows.length === 1 ? "1 ligne sélectionnée" : `${selectedRows.length} lignes sélectionnées`}
          </p>
          {selection.actions(selectedRows, clearSelection)}
          <button type="button" onClick={clearSelection} className="text-brand-800 underline">
            Tout désélectionner
          </button>
        </div>
      )}

      {rows.length === 0 ? (
        <div ref={regionRef} tabIndex={-1} className="rounded-card border border-dashed border-field bg-surface px-6 py-10 text-center text-ink-muted">
          {empty ?? "Aucun résultat ne correspond à ces critères."}
        </div>
      ) : (
        <div
          ref={regionRef}
          role="region"
          aria-labelledby={captionId}
          aria-busy={url.isPending || undefined}
          // Focusable so keyboard users can scroll a table wider than the screen.
          tabIndex={0}
          className={clsx(
            "relative overflow-x-auto rounded-card border border-line bg-white scroll-mt-4",
            url.isPending && "opacity-60 transition-opacity",
          )}
        >
          <table className="w-full border-collapse text-left text-sm">
            <caption id={captionId} className="sr-only">
              {caption}
            </caption>
            <thead className="bg-surface">
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => (
                    <HeaderCell key={header.id} header={header} state={state} />
                  ))}
                </tr>
              ))}
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-line align-top hover:bg-brand-50/40">
                  {row.getVisibleCells().map((cell) => {
                    const meta = cell.column.columnDef.meta;
                    const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                    const className = clsx("px-3 py-2.5", meta?.className);
                    return meta?.rowHeader ? (
                      <th key={cell.id} scope="row" className={clsx(className, "font-semibold")}>
                        {content}
                      </th>
                    ) : (
                      <td key={cell.id} className={className}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <DataTablePagination page={state.page} perPage={state.perPage} total={total} />
    </div>
  );
}

function HeaderCell<TData>({ header, state }: { header: Header<TData, unknown>; state: TableState }) {
  const url = useTableUrl();
  const column = header.column;
  const label = header.isPlaceholder ? null : flexRender(column.columnDef.header, header.getContext());
  const sortable = column.columnDef.enableSorting === true;
  const active = sortable && state.sort === column.id;
  const className = clsx("px-3 py-2.5 font-semibold whitespace-nowrap text-ink", column.columnDef.meta?.headerClassName);
  if (!sortable) {
    return (
      <th scope="col" className={className}>
        {label}
      </th>
    );
  }
  const nextOrder = active ? (state.order === "asc" ? "desc" : "asc") : column.columnDef.sortDescFirst ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (state.order === "asc" ? "ascending" : "descending") : undefined} className={className}>
      <button
        type="button"
        onClick={() => url.navigate({ [TABLE_PARAM.sort]: column.id, [TABLE_PARAM.order]: nextOrder })}
        className="inline-flex items-center gap-1.5 rounded font-semibold text-brand-800 underline-offset-2 hover:underline"
      >
        {label}
        <SortIcon direction={active ? state.order : null} />
      </button>
    </th>
  );
}

function SortIcon({ direction }: { direction: "asc" | "desc" | null }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="size-4 shrink-0">
      <path d="M8 2.5 4.5 6h7z" fill="currentColor" opacity={direction === "desc" ? 0.25 : 1} />
      <path d="M8 13.5 4.5 10h7z" fill="currentColor" opacity={direction === "asc" ? 0.25 : 1} />
    </svg>
  );
}
