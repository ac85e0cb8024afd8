"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import type { ContentDetail, ContentListRow } from "@/db/queries/admin-content";
import { formatDateTime } from "@/lib/admin/format";
import { adminContentPath, CONTENT_KIND_META, type ContentKind } from "@/lib/cms/kinds";
import { formatContentDateTime } from "@/lib/cms/labels";
import { audienceLabel } from "@/lib/editorial/labels";
import { fr } from "@/lib/i18n/fr";
import { ContentStatusBadge } from "../../_components/status-badge";

const muted = <span className="text-ink-muted">—</span>;

/** Header of the kind-specific column (only events sort by it, by their start). */
const DETAIL_HEADERS: Record<ContentKind, string> = {
  actualite: "Thèmes",
  evenement: "Début",
  page: "Menu Infos+",
  ressource: "Type",
  structure: "Commune",
  financement: "Catégorie",
};

function DetailCell({ detail }: { detail: ContentDetail }) {
  switch (detail.kind) {
    case "evenement":
      return <span className="whitespace-nowrap">{formatContentDateTime(detail.startsAt)}</span>;
    case "page":
      return detail.menuPosition === null ? <span className="text-ink-muted">Hors menu</span> : <>Position {detail.menuPosition}</>;
    case "ressource":
      return <>{fr.resources.kinds[detail.category] ?? detail.category}</>;
    case "financement":
      return <>{fr.financing.kinds[detail.category] ?? detail.category}</>;
    case "structure":
      return detail.city ? <>{detail.city}</> : muted;
    case "actualite":
      return detail.themes.length ? <>{detail.themes.map((theme) => fr.resources.themes[theme] ?? theme).join(", ")}</> : muted;
  }
}

export function contentColumns(kind: ContentKind): ColumnDef<ContentListRow>[] {
  return [
    {
      id: "title",
      header: "Titre",
      enableSorting: true,
      meta: { rowHeader: true, className: "min-w-56" },
      cell: ({ row }) => (
        <div className="flex flex-col gap-1">
          <Link href={adminContentPath(kind, `/${row.original.id}`)} className="font-semibold break-words text-brand-800 underline-offset-2 hover:underline">
            {row.original.title}
          </Link>
          <span className="text-xs font-normal break-all text-ink-muted">{CONTENT_KIND_META[kind].publicPath(row.original.slug)}</span>
        </div>
      ),
    },
    {
      id: "status",
      header: "État",
      enableSorting: true,
      cell: ({ row }) => <ContentStatusBadge status={row.original.status} publishedAt={row.original.publishedAt} />,
    },
    {
      id: kind === "evenement" ? "startsAt" : "detail",
      header: DETAIL_HEADERS[kind],
      enableSorting: kind === "evenement",
      meta: { className: "min-w-32" },
      cell: ({ row }) => <DetailCell detail={row.original.detail} />,
    },
    {
      id: "audiences",
      header: "Publics",
      meta: { className: "min-w-40" },
      cell: ({ row }) =>
        row.original.audiences.length === 0 ? (
          <span className="text-ink-muted">Tous publics</span>
        ) : (
          row.original.audiences.map(audienceLabel).join(", ")
        ),
    },
    {
      id: "publishedAt",
      header: "Publication",
      enableSorting: true,
      sortDescFirst: true,
      meta: { className: "whitespace-nowrap" },
      cell: ({ row }) => (row.original.publishedAt ? formatDateTime(row.original.publishedAt) : muted),
    },
    {
      id: "updatedAt",
      header: "Modifié le",
      enableSorting: true,
      sortDescFirst: true,
      cell: ({ row }) => (
        <div className="flex flex-col">
          <span className="whitespace-nowrap">{formatDateTime(row.original.updatedAt)}</span>
          {row.original.lastEditor && <span className="text-xs break-words text-ink-muted">par {row.original.lastEditor}</span>}
        </div>
      ),
    },
    {
      id: "links",
      header: () => <span className="sr-only">Liens</span>,
      // relative: the visually hidden texts (absolutely positioned) stay inside the scrolling table.
      meta: { className: "relative whitespace-nowrap", headerClassName: "relative" },
      cell: ({ row }) => (
        <ul className="flex flex-col gap-1 text-sm">
          <li>
            <Link href={adminContentPath(kind, `/${row.original.id}/apercu`)} className="text-brand-800 underline">
              Aperçu<span className="sr-only"> : {row.original.title}</span>
            </Link>
          </li>
          <li>
            <Link href={adminContentPath(kind, `/${row.original.id}/historique`)} className="text-brand-800 underline">
              Historique<span className="sr-only"> : {row.original.title}</span>
            </Link>
          </li>
        </ul>
      ),
    },
  ];
}
