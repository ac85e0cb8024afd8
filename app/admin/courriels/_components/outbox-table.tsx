"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableToolbar, type FilterOption, TableSearch, TableSelectFilter } from "@/components/data-table/data-table-toolbar";
import type { TableState } from "@/components/data-table/table-params";
import type { OutboxListRow } from "@/db/queries/admin-outbox";
import { formatDateTime } from "@/lib/admin/format";
import { templateLabel } from "@/lib/admin/labels";
import type { OUTBOX_PARAM } from "@/lib/admin/list-params";
import { OutboxStatusBadge } from "./outbox-status-badge";

const columns: ColumnDef<OutboxListRow>[] = [
  {
    id: "created",
    header: "Date",
    enableSorting: true,
    sortDescFirst: true,
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => formatDateTime(row.original.createdAt),
  },
  { id: "to", header: "Destinataire", enableSorting: true, meta: { className: "break-words" }, cell: ({ row }) => row.original.to },
  {
    id: "subject",
    header: "Objet",
    meta: { rowHeader: true },
    cell: ({ row }) => (
      <Link href={`/admin/courriels/${row.original.id}`} className="font-semibold text-brand-800">
        {row.original.subject}
      </Link>
    ),
  },
  { id: "template", header: "Modèle", cell: ({ row }) => templateLabel(row.original.template) },
  { id: "status", header: "Statut", cell: ({ row }) => <OutboxStatusBadge status={row.original.status} /> },
];

type OutboxTableProps = {
  rows: OutboxListRow[];
  total: number;
  state: TableState;
  params: typeof OUTBOX_PARAM;
  templateOptions: FilterOption[];
  statusOptions: FilterOption[];
};

export function OutboxTable({ rows, total, state, params, templateOptions, statusOptions }: OutboxTableProps) {
  return (
    <DataTable
      caption="Courriels sortants"
      columns={columns}
      data={rows}
      total={total}
      state={state}
      getRowId={(row) => String(row.id)}
      countLabel={(n) => (n <= 1 ? `${n} courriel` : `${n.toLocaleString("fr-FR")} courriels`)}
      empty="Aucun courriel ne correspond à ces critères."
      toolbar={
        <DataTableToolbar label="Rechercher et filtrer les courriels">
          <TableSearch param={params.q} label="Destinataire" hint="Tout ou partie de l'adresse." />
          <TableSelectFilter param={params.template} label="Modèle" allLabel="Tous les modèles" options={templateOptions} />
          <TableSelectFilter param={params.status} label="Statut" allLabel="Tous les statuts" options={statusOptions} />
        </DataTableToolbar>
      }
    />
  );
}
