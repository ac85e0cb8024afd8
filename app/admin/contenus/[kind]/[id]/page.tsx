import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { adminContentPath, CONTENT_KIND_META, contentKindFromSegment } from "@/lib/cms/kinds";
import { formatContentDateTime } from "@/lib/cms/labels";
import { getContentRow } from "@/lib/cms/service";
import { AdminPageHeader } from "../../../_components/admin-page-header";
import { ContentStatusBadge } from "../../_components/status-badge";
import { ContentForm } from "../_components/content-form";
import { contentFormValuesOf } from "../_lib/content-form-values";
import { loadContentFormContext } from "../_lib/form-context";
import { savedMessage } from "../_lib/save-messages";

type Props = { params: Promise<{ kind: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = contentKindFromSegment((await params).kind);
  return { title: kind ? `Modifier ${CONTENT_KIND_META[kind].indefinite}` : "Modifier un contenu" };
}

export default async function EditContentPage({ params, searchParams }: Props) {
  const { kind: segment, id: rawId } = await params;
  const user = await requirePermission("content:edit", `/admin/contenus/${segment}/${rawId}`);
  const kind = contentKindFromSegment(segment);
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
  if (!kind || !id) notFound();
  const db = getDb();
  const row = await getContentRow(db, kind, id);
  if (!row) notFound();
  const meta = CONTENT_KIND_META[kind];
  const context = await loadContentFormContext(db, kind);
  const values = contentFormValuesOf(kind, row as unknown as Record<string, unknown>);
  const created = (await searchParams).cree === "1";

  return (
    <>
      <AdminPageHeader
        title={row.title}
        trail={[
          { label: "Contenus", href: "/admin/contenus" },
          { label: meta.plural, href: adminContentPath(kind) },
        ]}
      />
      <div className="-mt-2 mb-6 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-6">
        <p className="flex flex-wrap items-center gap-2">
          <span className="sr-only">État : </span>
          <ContentStatusBadge status={row.status} publishedAt={row.publishedAt} />
          <span className="text-sm text-ink-muted">
            {meta.singular} · dernière modification le {formatContentDateTime(row.updatedAt)}
          </span>
        </p>
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {row.status === "published" && (
            <li>
              <Link href={meta.publicPath(row.slug)} className="font-semibold text-brand-800 underline">
                Voir la page publique
              </Link>
            </li>
          )}
          <li>
            <Link href={adminContentPath(kind, `/${id}/apercu`)} className="font-semibold text-brand-800 underline">
              Aperçu
            </Link>
          </li>
          <li>
            <Link href={adminContentPath(kind, `/${id}/historique`)} className="font-semibold text-brand-800 underline">
              Historique
            </Link>
          </li>
        </ul>
      </div>
      <ContentForm
        key={`${kind}-${id}`}
        kind={kind}
        id={id}
        defaultValues={values}
        savedSlug={row.slug}
        canPublish={can(user, "content:publish")}
        initialNotice={
          created
            ? {
                message: savedMessage({ status: row.status, version: 1, created: true, publishAt: String(values.publishAt ?? "") }),
                id,
                slug: row.slug,
                status: row.status,
              }
            : null
        }
        {...context}
      />
    </>
  );
}
