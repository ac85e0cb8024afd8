"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableToolbar, type FilterOption, TableDateRange, TableSearch, TableSelectFilter } from "@/components/data-table/data-table-toolbar";
import type { TableState } from "@/components/data-table/table-params";
import type { AuditListRow } from "@/db/queries/admin-audit";
import { auditActionLabel, describeAuditDetails } from "@/lib/admin/audit-labels";
import { formatDateTime } from "@/lib/admin/format";
import type { AUDIT_PARAM } from "@/lib/admin/list-params";

function Person({ id, email, gone, linkUsers }: { id: string | null; email: string | null; gone: boolean; linkUsers: boolean }) {
  if (!id) return email ? <span className="break-words">{email}</span> : <span className="text-ink-muted">—</span>;
  if (gone) {
    return (
      <span className="flex flex-col">
        <span className="text-ink-muted">Compte supprimé</span>
        <span className="font-mono text-xs break-words text-ink-muted">{id}</span>
      </span>
    );
  }
  const label = email ?? id;
  return linkUsers ? (
    <Link href={`/admin/utilisateurs/${id}`} className="break-words text-brand-800">
      {label}
    </Link>
  ) : (
    <span className="break-words">{label}</span>
  );
}

function buildColumns(linkUsers: boolean): ColumnDef<AuditListRow>[] {
  return [
    {
      id: "at",
      header: "Date",
      enableSorting: true,
      sortDescFirst: true,
      meta: { className: "whitespace-nowrap" },
      cell: ({ row }) => formatDateTime(row.original.at),
    },
    { id: "action", header: "Action", meta: { rowHeader: true }, cell: ({ row }) => auditActionLabel(row.original.action) },
    {
      id: "actor",
      header: "Auteur",
      cell: ({ row }) => <Person id={row.original.actorId} email={row.original.actorEmail} gone={row.original.actorGone} linkUsers={linkUsers} />,
    },
    {
      id: "target",
      header: "Compte visé",
      cell: ({ row }) =>
        row.original.targetType === "user" ? (
          <Person id={row.original.targetId} email={row.original.targetEmail} gone={row.original.targetGone} linkUsers={linkUsers} />
        ) : row.original.targetId ? (
          `${row.original.targetType ?? ""} ${row.original.targetId}`
        ) : (
          <span className="text-ink-muted">—</span>
        ),
    },
    { id: "ip", header: "Adresse IP", meta: { className: "font-mono whitespace-nowrap" }, cell: ({ row }) => row.original.ip ?? "—" },
    {
      id: "details",
      header: "Détails",
      cell: ({ row }) => {
        const lines = describeAuditDetails(row.original.details);
        return lines.length === 0 ? (
          <span className="text-ink-muted">—</span>
        ) : (
          <ul className="flex flex-col gap-0.5">
            {lines.map((line) => (
              <li key={line} className="break-words">
                {line}
              </li>
            ))}
          </ul>
        );
      },
    },
  ];
}

type AuditTableProps = {
  rows: AuditListRow[];
  total: number;
  state: TableState;
  params: typeof AUDIT_PARAM;
  actionOptions: FilterOption[];
  linkUsers: boolean;
};

export function AuditTable({ rows, total, state, params, actionOptions, linkUsers }: AuditTableProps) {
  const columns = useMemo(() => buildColumns(linkUsers), [linkUsers]);
  return (
    <DataTable
      caption="Journal de sécurité"
      columns={columns}
      data={rows}
      total={total}
      state={state}
      getRowId={(row) => String(row.id)}
      countLabel={(n) => (n <= 1 ? `${n} évènement` : `${n.toLocaleString("fr-FR")} évènements`)}
      empty="Aucun évènement ne correspond à ces critères."
      toolbar={
        <DataTableToolbar label="Filtrer le journal">
          <TableSelectFilter param={params.action} label="Action" allLabel="Toutes les actions" options={actionOptions} />
          <TableSearch param={params.actor} type="text" label="Auteur" hint="Adresse électronique (ou partie) ou identifiant." />
          <TableSearch param={params.target} type="text" label="Compte visé" hint="Identifiant exact du compte." />
          <TableDateRange legend="Période" fromParam={params.from} toParam={params.to} />
        </DataTableToolbar>
      }
    />
  );
}
