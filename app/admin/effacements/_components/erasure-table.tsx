"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { DataTableToolbar, TableSearch, TableSelectFilter } from "@/components/data-table/data-table-toolbar";
import type { TableState } from "@/components/data-table/table-params";
import type { ErasureListRow } from "@/db/queries/admin-erasures";
import { formatDateTime } from "@/lib/admin/format";
import { ERASURE_COUNT_LABELS, ERASURE_REQUESTED_BY_LABELS } from "@/lib/admin/labels";
import type { ERASURE_PARAM } from "@/lib/admin/list-params";

/** "1 compte, 3 favoris, 2 sessions", known counters first, zeros left out. */
function describeRemoved(removed: Record<string, number>): string[] {
  const known = Object.keys(ERASURE_COUNT_LABELS);
  const keys = [...known.filter((key) => key in removed), ...Object.keys(removed).filter((key) => !known.includes(key))];
  return keys
    .filter((key) => (removed[key] ?? 0) > 0)
    .map((key) => {
      const n = removed[key]!;
      const forms = ERASURE_COUNT_LABELS[key];
      return forms ? `${n} ${n > 1 ? forms.other : forms.one}` : `${key} : ${n}`;
    });
}

function buildColumns(linkUsers: boolean): ColumnDef<ErasureListRow>[] {
  return [
    {
      id: "erasedAt",
      header: "Date",
      enableSorting: true,
      sortDescFirst: true,
      meta: { className: "whitespace-nowrap" },
      cell: ({ row }) => formatDateTime(row.original.erasedAt),
    },
    {
      id: "userId",
      header: "Compte effacé (identifiant)",
      meta: { rowHeader: true, className: "font-mono text-xs break-words" },
      cell: ({ row }) => row.original.userId,
    },
    { id: "requestedBy", header: "À la demande de", cell: ({ row }) => ERASURE_REQUESTED_BY_LABELS[row.original.requestedBy] },
    {
      id: "actor",
      header: "Administrateur",
      cell: ({ row }) => {
        const { actorId, actorEmail } = row.original;
        if (!actorId) return <span className="text-ink-muted">—</span>;
        if (!actorEmail) return <span className="font-mono text-xs break-words text-ink-muted">{actorId} (compte supprimé)</span>;
        return linkUsers ? (
          <Link href={`/admin/utilisateurs/${actorId}`} className="break-words text-brand-800">
            {actorEmail}
          </Link>
        ) : (
          actorEmail
        );
      },
    },
    {
      id: "removed",
      header: "Éléments supprimés",
      cell: ({ row }) => (
        <ul className="flex flex-col gap-0.5">
          {describeRemoved(row.original.removed).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ),
    },
  ];
}

type ErasureTableProps = { rows: ErasureListRow[]; total: number; state: TableState; params: typeof ERASURE_PARAM; linkUsers: boolean };

export function ErasureTable({ rows, total, state, params, linkUsers }: ErasureTableProps) {
  const columns = useMemo(() => buildColumns(linkUsers), [linkUsers]);
  return (
    <DataTable
      caption="Registre des effacements"
      columns={columns}
      data={rows}
      total={total}
      state={state}
      getRowId={(row) => String(row.id)}
      countLabel={(n) => (n <= 1 ? `${n} effacement` : `${n.toLocaleString("fr-FR")} effacements`)}
      empty="Aucun effacement ne correspond à ces critères."
      toolbar={
        <DataTableToolbar label="Filtrer le registre">
          <TableSelectFilter
            param={params.requestedBy}
            label="À la demande de"
            allLabel="Toutes les demandes"
            options={[
              { value: "titulaire", label: ERASURE_REQUESTED_BY_LABELS.self },
              { value: "administrateur", label: ERASURE_REQUESTED_BY_LABELS.admin },
              { value: "conservation", label: ERASURE_REQUESTED_BY_LABELS.retention },
            ]}
          />
          <TableSearch param={params.userId} type="text" label="Identifiant du compte" hint="Identifiant exact, tel que donné dans une demande." />
        </DataTableToolbar>
      }
    />
  );
}
