"use client";

import { useMemo, useRef, useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { type FilterOption, DataTableToolbar, TableSearch, TableSelectFilter } from "@/components/data-table/data-table-toolbar";
import type { TableState } from "@/components/data-table/table-params";
import { Alert } from "@/components/ui/alert";
import type { ContentListRow } from "@/db/queries/admin-content";
import type { ActionResult } from "@/lib/actions/result";
import type { ContentKind } from "@/lib/cms/kinds";
import type { CONTENT_PARAM } from "@/lib/cms/list-params";
import { BulkStatusActions } from "./bulk-status-actions";
import { contentColumns } from "./content-columns";

type ContentTableProps = {
  kind: ContentKind;
  /** "Actualités": names the table. */
  plural: string;
  rows: ContentListRow[];
  total: number;
  state: TableState;
  params: typeof CONTENT_PARAM;
  statusOptions: FilterOption[];
  audienceOptions: FilterOption[];
  /** Offer the bulk publication actions (the action checks content:publish again). */
  canPublish: boolean;
  /** Message when the kind has no record at all (not merely none matching the filters). */
  emptyKind: string | null;
};

export function ContentTable({ kind, plural, rows, total, state, params, statusOptions, audienceOptions, canPublish, emptyKind }: ContentTableProps) {
  const columns = useMemo(() => contentColumns(kind), [kind]);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const showResult = (outcome: ActionResult<unknown>) => {
    setResult(outcome);
    // The selection bar disappears with the refresh: the message takes the focus instead.
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  return (
    <div className="flex flex-col gap-4">
      <div ref={resultRef} tabIndex={-1} className="outline-none empty:hidden">
        {result && (
          <Alert tone={result.ok ? "success" : "error"} live={result.ok ? "status" : "alert"}>
            {result.ok ? result.message : result.error}
          </Alert>
        )}
      </div>
      <DataTable
        caption={plural}
        columns={columns}
        data={rows}
        total={total}
        state={state}
        getRowId={(row) => String(row.id)}
        countLabel={(n) => (n <= 1 ? `${n} contenu` : `${n.toLocaleString("fr-FR")} contenus`)}
        empty={emptyKind ?? "Aucun contenu ne correspond à ces critères."}
        toolbar={
          <DataTableToolbar label={`Rechercher et filtrer : ${plural}`}>
            <TableSearch param={params.q} label="Rechercher" hint="Titre ou adresse, sans tenir compte des accents." />
            <TableSelectFilter param={params.status} label="État" allLabel="Tous les états" options={statusOptions} />
            <TableSelectFilter param={params.audience} label="Public" allLabel="Tous les publics" options={audienceOptions} />
          </DataTableToolbar>
        }
        selection={
          canPublish
            ? {
                rowLabel: (row) => row.title,
                actions: (selected, clear) => (
                  <BulkStatusActions kind={kind} ids={selected.map((row) => row.id)} clear={clear} onResult={showResult} />
                ),
              }
            : undefined
        }
      />
    </div>
  );
}
