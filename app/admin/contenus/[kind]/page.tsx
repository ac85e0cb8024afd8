import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { SearchParamsRecord } from "@/components/data-table/table-params";
import { buttonClassName } from "@/components/ui/button";
import { getDb } from "@/db";
import { listContent } from "@/db/queries/admin-content";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { adminContentPath, CONTENT_KIND_META, contentKindFromSegment } from "@/lib/cms/kinds";
import { CONTENT_STATUS_LABELS } from "@/lib/cms/labels";
import { CONTENT_PARAM, parseContentQuery } from "@/lib/cms/list-params";
import { audienceLabel } from "@/lib/editorial/labels";
import { AUDIENCES, EDITORIAL_STATUSES } from "@/lib/editorial/vocabulary";
import { AdminPageHeader } from "../../_components/admin-page-header";
import { ContentTable } from "./_components/content-table";

type Props = { params: Promise<{ kind: string }>; searchParams: Promise<SearchParamsRecord> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = contentKindFromSegment((await params).kind);
  return { title: kind ? CONTENT_KIND_META[kind].plural : "Contenus" };
}

export default async function ContentListPage({ params, searchParams }: Props) {
  const { kind: segment } = await params;
  const user = await requirePermission("content:edit", `/admin/contenus/${segment}`);
  const kind = contentKindFromSegment(segment);
  if (!kind) notFound();
  const meta = CONTENT_KIND_META[kind];
  const query = parseContentQuery(kind, await searchParams);
  const db = getDb();
  const result = await listContent(db, query);
  const filtered = Boolean(query.q || query.status || query.audience);
  const emptyKind =
    result.total === 0 && !filtered ? `Aucun contenu pour l'instant. Commencez par créer ${meta.indefinite}.` : null;

  return (
    <>
      <AdminPageHeader title={meta.plural} trail={[{ label: "Contenus", href: "/admin/contenus" }]} intro={meta.description} />
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <Link href={adminContentPath(kind, "/nouveau")} className={buttonClassName("primary")}>
          <span aria-hidden="true">+</span> Créer {meta.indefinite}
        </Link>
        <Link href={meta.publicListPath} className="font-semibold text-brand-800 underline">
          Voir la liste publique
        </Link>
      </div>
      <ContentTable
        kind={kind}
        plural={meta.plural}
        rows={result.rows}
        total={result.total}
        state={{ page: result.page, perPage: result.perPage, sort: query.sort, order: query.order }}
        params={CONTENT_PARAM}
        statusOptions={EDITORIAL_STATUSES.map((status) => ({ value: status, label: CONTENT_STATUS_LABELS[status] }))}
        audienceOptions={AUDIENCES.map((audience) => ({ value: audience, label: audienceLabel(audience) }))}
        canPublish={can(user, "content:publish")}
        emptyKind={emptyKind}
      />
    </>
  );
}
