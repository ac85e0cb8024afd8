"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/data-table/data-table";
import { type FilterOption, DataTableToolbar, TableSearch, TableSelectFilter } from "@/components/data-table/data-table-toolbar";
import type { TableState } from "@/components/data-table/table-params";
import { Badge } from "@/components/ui/badge";
import type { UserListRow } from "@/db/queries/admin-users";
import { formatDate, formatDateTime } from "@/lib/admin/format";
import { ROLE_LABELS, STATUS_LABELS } from "@/lib/admin/labels";
import type { USERS_PARAM } from "@/lib/admin/list-params";

const columns: ColumnDef<UserListRow>[] = [
  {
    id: "email",
    header: "Adresse électronique",
    enableSorting: true,
    meta: { rowHeader: true },
    cell: ({ row }) => (
      <Link href={`/admin/utilisateurs/${row.original.id}`} className="font-semibold break-words text-brand-800">
        {row.original.email}
      </Link>
    ),
  },
  { id: "name", header: "Nom", cell: ({ row }) => row.original.name ?? <span className="text-ink-muted">—</span> },
  {
    id: "roles",
    header: "Rôles",
    cell: ({ row }) =>
      row.original.roles.length === 0 ? (
        <span className="text-ink-muted">Visiteur</span>
      ) : (
        <ul className="flex flex-wrap gap-1" aria-label="Rôles">
          {row.original.roles.map((role) => (
            <li key={role}>
              <Badge tone={role === "admin" ? "accent" : "brand"}>{ROLE_LABELS[role]}</Badge>
            </li>
          ))}
        </ul>
      ),
  },
  {
    id: "status",
    header: "Statut",
    cell: ({ row }) =>
      row.original.status === "active" ? (
        STATUS_LABELS.active
      ) : (
        <Badge tone="neutral">{STATUS_LABELS.deactivated}</Badge>
      ),
  },
  {
    id: "verified",
    header: "Adresse vérifiée",
    cell: ({ row }) => (row.original.emailVerified ? "Oui" : <span className="font-semibold text-accent-800">Non</span>),
  },
  {
    id: "created",
    header: "Créé le",
    enableSorting: true,
    sortDescFirst: true,
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => formatDate(row.original.createdAt),
  },
  {
    id: "lastSignIn",
    header: "Dernière connexion",
    enableSorting: true,
    sortDescFirst: true,
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => (row.original.lastSignInAt ? formatDateTime(row.original.lastSignInAt) : <span className="text-ink-muted">Jamais</span>),
  },
];

type UsersTableProps = {
  rows: UserListRow[];
  total: number;
  state: TableState;
  params: typeof USERS_PARAM;
  roleOptions: FilterOption[];
  statusOptions: FilterOption[];
};

export function UsersTable({ rows, total, state, params, roleOptions, statusOptions }: UsersTableProps) {
  return (
    <DataTable
      caption="Comptes utilisateurs"
      columns={columns}
      data={rows}
      total={total}
      state={state}
      getRowId={(row) => row.id}
      countLabel={(n) => (n <= 1 ? `${n} compte` : `${n.toLocaleString("fr-FR")} comptes`)}
      empty="Aucun compte ne correspond à ces critères."
      toolbar={
        <DataTableToolbar label="Rechercher et filtrer les comptes">
          <TableSearch param={params.q} label="Rechercher" hint="Adresse électronique ou nom, sans tenir compte des accents." />
          <TableSelectFilter param={params.role} label="Rôle" allLabel="Tous les rôles" options={roleOptions} />
          <TableSelectFilter param={params.status} label="Statut" allLabel="Tous les statuts" options={statusOptions} />
          <TableSelectFilter
            param={params.verified}
            label="Adresse vérifiée"
            allLabel="Indifférent"
            options={[
              { value: "oui", label: "Oui" },
              { value: "non", label: "Non" },
            ]}
          />
        </DataTableToolbar>
      }
    />
  );
}
