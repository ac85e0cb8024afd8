"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableToolbar, type FilterOption, TableDateRange, TableSelectFilter } from "@/components/data-table/data-table-toolbar";
import type { TableState } from "@/components/data-table/table-params";
import type { ImportRun } from "@/db/schema";
import { formatDateTime } from "@/lib/admin/format";
import { importSourceLabel, RUN_STATUS_LABELS } from "@/lib/import/labels";
import { formatCount, formatDuration, formationChanges, plural } from "../_lib/format";
import { RunStatusBadge } from "./status-badge";

const columns: ColumnDef<ImportRun>[] = [
  {
    id: "startedAt",
    header: "Date",
    enableSorting: true,
    sortDescFirst: true,
    meta: { rowHeader: true, className: "whitespace-nowrap" },
    cell: ({ row }) => (
      <Link href={`/admin/imports/${row.original.id}`} className="text-brand-700 underline hover:text-brand-900">
        {formatDateTime(row.original.startedAt)}
        <span className="sr-only"> : rapport de l&apos;import n° {row.original.id}</span>
      </Link>
    ),
  },
  {
    id: "fileName",
    header: "Fichier",
    enableSorting: true,
    meta: { className: "min-w-40 [overflow-wrap:anywhere]" },
    cell: ({ row }) => row.original.fileName,
  },
  {
    id: "source",
    header: "Source",
    enableSorting: true,
    cell: ({ row }) => importSourceLabel(row.original.source),
  },
  {
    id: "version",
    header: "LHEO",
    cell: ({ row }) => row.original.lheoVersion ?? "—",
  },
  {
    id: "status",
    header: "Statut",
    enableSorting: true,
    cell: ({ row }) => <RunStatusBadge status={row.original.status} />,
  },
  {
    id: "durationMs",
    header: "Durée",
    enableSorting: true,
    sortDescFirst: true,
    meta: { className: "whitespace-nowrap text-right tabular-nums" },
    cell: ({ row }) => formatDuration(row.original.durationMs),
  },
  {
    id: "formationsRead",
    header: "Volumes",
    enableSorting: true,
    sortDescFirst: true,
    meta: { className: "min-w-52" },
    cell: ({ row }) => {
      const c = row.original.counts;
      return (
        <>
          <span className="font-semibold">{plural(c.formation.read, "formation lue", "formations lues")}</span>
          <span className="block">{formationChanges(c.formation)}</span>
          <span className="block text-ink-muted">
            {plural(c.action.read, "action", "actions")}, {plural(c.session.read, "session", "sessions")},{" "}
            {plural(c.organisation.read, "organisme", "organismes")}
          </span>
        </>
      );
    },
  },
  {
    id: "anomalyCount",
    header: "Anomalies",
    enableSorting: true,
    sortDescFirst: true,
    meta: { className: "text-right tabular-nums" },
    cell: ({ row }) => formatCount(row.original.anomalyCount),
  },
];

const STATUS_OPTIONS: FilterOption[] = (Object.keys(RUN_STATUS_LABELS) as ImportRun["status"][]).map((value) => ({
  value,
  label: RUN_STATUS_LABELS[value],
}));

type RunsTableProps = {
  rows: ImportRun[];
  total: number;
  state: TableState;
  sources: string[];
};

export function RunsTable({ rows, total, state, sources }: RunsTableProps) {
  return (
    <DataTable
      caption="Historique des imports LHEO"
      columns={columns}
      data={rows}
      total={total}
      state={state}
      getRowId={(row) => String(row.id)}
      countLabel={(n) => (n <= 1 ? `${n} import` : `${formatCount(n)} imports`)}
      empty="Aucun import ne correspond à ces critères."
      toolbar={
        <DataTableToolbar label="Filtrer les imports">
          <TableSelectFilter param="statut" label="Statut" allLabel="Tous les statuts" options={STATUS_OPTIONS} />
          <TableSelectFilter
            param="source"
            label="Source"
            allLabel="Toutes les sources"
            options={sources.map((value) => ({ value, label: importSourceLabel(value) }))}
          />
          <TableDateRange legend="Date de l'import" fromParam="du" toParam="au" />
        </DataTableToolbar>
      }
    />
  );
}
