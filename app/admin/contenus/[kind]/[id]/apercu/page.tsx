import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RichText } from "@/components/rich-text";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db";
import { listEditorialCodeLabels } from "@/db/queries/editorial";
import { getMedia } from "@/db/queries/media";
import type { FinancingScheme, News } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guards";
import { adminContentPath, CONTENT_KIND_META } from "@/lib/cms/kinds";
import { formatContentDateTime } from "@/lib/cms/labels";
import { getContentRow } from "@/lib/cms/service";
import { fr } from "@/lib/i18n/fr";
import { mediaUrl } from "@/lib/media/url";
import { AdminPageHeader } from "../../../../_components/admin-page-header";
import { parseContentRoute } from "../../../_components/content-route";
import { ContentTabs } from "../../../_components/content-tabs";
import { ContentStatusBadge } from "../../../_components/status-badge";
import { PreviewFacts } from "./_components/preview-facts";

type Props = { params: Promise<{ kind: string; id: string }> };

export const metadata: Metadata = { title: "Aperçu d'un contenu" };

export default async function ContentPreviewPage({ params }: Props) {
  const raw = await params;
  await requirePermission("content:edit", `/admin/contenus/${raw.kind}/${raw.id}/apercu`);
  const route = parseContentRoute(raw);
  if (!route) notFound();
  const { kind, id } = route;
  const db = getDb();
  const row = await getContentRow(db, kind, id);
  if (!row) notFound();
  const meta = CONTENT_KIND_META[kind];
  const news = kind === "actualite" ? (row as News) : null;
  const [image, codes] = await Promise.all([
    news?.imageId ? getMedia(db, { id: news.imageId }) : null,
    listEditorialCodeLabels(db),
  ]);
  // The article's own text wins; "" marks the image decorative; null falls back to the upload's.
  const imageAlt = news?.imageAlt ?? image?.alt ?? "";
  const scheme = kind === "financement" ? (row as FinancingScheme) : null;

  return (
    <>
      <AdminPageHeader
        title={row.title}
        trail={[
          { label: "Contenus", href: "/admin/contenus" },
          { label: meta.plural, href: adminContentPath(kind) },
        ]}
      />
      <ContentTabs kind={kind} id={id} current="preview" />

      {row.status === "published" ? (
        <Alert tone="success" title="Ce contenu est publié" className="mb-8">
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <ContentStatusBadge status={row.status} publishedAt={row.publishedAt} />
            <span>
              {row.publishedAt ? `Depuis le ${formatContentDateTime(row.publishedAt)}. ` : ""}
              <Link href={meta.publicPath(row.slug)} className="font-semibold underline">
                Voir la page publique
              </Link>
            </span>
          </p>
        </Alert>
      ) : (
        <Alert tone="warning" title="Aperçu : ce contenu n'est pas encore publié" className="mb-8">
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <ContentStatusBadge status={row.status} publishedAt={row.publishedAt} />
            <span>
              {row.status === "archived"
                ? "Il est archivé : le public ne le voit plus."
                : row.status === "scheduled"
                  ? "Le public le verra à la date programmée."
                  : "Le public ne le voit pas tant qu'il n'est pas publié."}
            </span>
          </p>
        </Alert>
      )}

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-14">
        <article aria-label={`Aperçu : ${row.title}`} className="max-w-3xl min-w-0 space-y-6 text-[1.0625rem]">
          <p className="text-sm font-semibold text-brand-600">{meta.singular}</p>
          {news?.imageId && (
            // eslint-disable-next-line @next/next/no-img-element -- the app's own media route; the public page shows the same file.
            <img
              src={mediaUrl(news.imageId)}
              alt={imageAlt}
              width={image?.width ?? undefined}
              height={image?.height ?? undefined}
              className="aspect-video w-full rounded-card bg-surface object-cover"
            />
          )}
          {row.summary && <p className="text-xl leading-relaxed text-ink">{row.summary}</p>}
          {row.body ? <RichText html={row.body} /> : <p className="text-ink-muted">Pas encore de texte.</p>}
          {scheme?.conditions && (
            <section aria-labelledby="conditions-titre">
              <h2 id="conditions-titre" className="text-2xl font-bold text-brand-900">
                {fr.financing.conditions}
              </h2>
              <p className="mt-2 whitespace-pre-line">{scheme.conditions}</p>
            </section>
          )}
          {scheme?.amounts && (
            <section aria-labelledby="montants-titre">
              <h2 id="montants-titre" className="text-2xl font-bold text-brand-900">
                {fr.financing.amounts}
              </h2>
              <p className="mt-2 whitespace-pre-line">{scheme.amounts}</p>
            </section>
          )}
        </article>
        <div>
          <PreviewFacts kind={kind} row={row} codes={codes} />
        </div>
      </div>
    </>
  );
}
