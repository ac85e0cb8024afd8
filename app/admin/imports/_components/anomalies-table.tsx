"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableToolbar, type FilterOption, TableSelectFilter } from "@/components/data-table/data-table-toolbar";
import type { TableState } from "@/components/data-table/table-params";
import type { ImportAnomaly } from "@/db/schema";
import { anomalyCodeLabel, LEVEL_LABELS } from "@/lib/import/labels";
import { formatCount } from "../_lib/format";
import { SeverityBadge } from "./status-badge";

const columns: ColumnDef<ImportAnomaly>[] = [
  {
    id: "severity",
    header: "Gravité",
    cell: ({ row }) => <SeverityBadge severity={row.original.severity} />,
  },
  {
    id: "code",
    header: "Type",
    meta: { className: "min-w-40" },
    cell: ({ row }) => (
      <>
        {anomalyCodeLabel(row.original.code)}
        <span className="block font-mono text-xs text-ink-muted">{row.original.code}</span>
      </>
    ),
  },
  {
    id: "record",
    header: "Élément",
    meta: { rowHeader: true, className: "min-w-36 break-all" },
    cell: ({ row }) => (
      <>
        <span className="font-normal text-ink-muted">{LEVEL_LABELS[row.original.level]} </span>
        {row.original.recordId}
      </>
    ),
  },
  {
    id: "message",
    header: "Message",
    meta: { className: "min-w-72" },
    cell: ({ row }) => (
      <>
        {row.original.message}
        <span className="mt-0.5 block font-mono text-xs break-all text-ink-muted">{row.original.path}</span>
      </>
    ),
  },
];

type AnomaliesTableProps = {
  rows: ImportAnomaly[];
  total: number;
  state: TableState;
  severityOptions: FilterOption[];
  codeOptions: FilterOption[];
};

export function AnomaliesTable({ rows, total, state, severityOptions, codeOptions }: AnomaliesTableProps) {
  return (
    <DataTable
      caption="Anomalies de l'import, dans l'ordre du fichier"
      columns={columns}
      data={rows}
      total={total}
      state={state}
      getRowId={(row) => String(row.id)}
      countLabel={(n) => (n <= 1 ? `${n} anomalie` : `${formatCount(n)} anomalies`)}
      empty="Aucune anomalie ne correspond à ces critères."
      toolbar={
        <DataTableToolbar label="Filtrer les anomalies">
          <TableSelectFilter param="gravite" label="Gravité" allLabel="Toutes les gravités" options={severityOptions} />
          <TableSelectFilter param="type" label="Type d'anomalie" allLabel="Tous les types" options={codeOptions} />
        </DataTableToolbar>
      }
    />
  );
}
