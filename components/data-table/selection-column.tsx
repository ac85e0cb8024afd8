"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { type InputHTMLAttributes, useEffect, useRef } from "react";

function Checkbox({ indeterminate, ...props }: InputHTMLAttributes<HTMLInputElement> & { indeterminate?: boolean }) {
  const ref = useRef<HTMLInputElement>(null);
  // "Some rows selected" exists only as a DOM property, not as an attribute.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = Boolean(indeterminate);
  }, [indeterminate]);
  return <input ref={ref} type="checkbox" className="size-5 accent-brand-700" {...props} />;
}

/** The checkbox column of a table with bulk actions; labels name each row for screen readers. */
export function selectionColumn<TData>(rowLabel: (row: TData) => string): ColumnDef<TData, unknown> {
  return {
    id: "selection",
    enableSorting: false,
    meta: { className: "w-10", headerClassName: "w-10" },
    header: ({ table }) => (
      <Checkbox
        aria-label="Sélectionner toutes les lignes de cette page"
        checked={table.getIsAllPageRowsSelected()}
        indeterminate={table.getIsSomePageRowsSelected()}
        onChange={table.getToggleAllPageRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <Checkbox
        aria-label={`Sélectionner : ${rowLabel(row.original)}`}
        checked={row.getIsSelected()}
        disabled={!row.getCanSelect()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  };
}
