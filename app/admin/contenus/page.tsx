import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getDb } from "@/db";
import { type ContentDigestRow, countContentByStatus, listRecentDrafts, listScheduledContent } from "@/db/queries/admin-content";
import { formatDateTime } from "@/lib/admin/format";
import { requirePermission } from "@/lib/auth/guards";
import { adminContentPath, CONTENT_KIND_META, CONTENT_KINDS } from "@/lib/cms/kinds";
import { CONTENT_STATUS_LABELS, CONTENT_STATUS_PLURALS } from "@/lib/cms/labels";
import { CONTENT_PARAM } from "@/lib/cms/list-params";
import { EDITORIAL_STATUSES } from "@/lib/editorial/vocabulary";
import { formatNumber } from "@/lib/i18n/format";
import { AdminPageHeader } from "../_components/admin-page-header";
import { ContentStatusBadge } from "./_components/status-badge";

export const metadata: Metadata = { title: "Contenus éditoriaux" };

const DIGEST_LIMIT = 8;

export default async function ContentOverviewPage() {
  await requirePermission("content:edit", "/admin/contenus");
  const db = getDb();
  const [counts, scheduled, drafts] = await Promise.all([
    countContentByStatus(db),
    listScheduledContent(db, { limit: DIGEST_LIMIT }),
    listRecentDrafts(db, { limit: DIGEST_LIMIT }),
  ]);

  return (
    <>
      <AdminPageHeader
        title="Contenus éditoriaux"
        intro="Actualités, agenda, pages Infos+, ressources, structures et financements : le même circuit de rédaction, de publication et d'historique pour chacun."
      />

      <section aria-labelledby="types-titre">
        <h2 id="types-titre" className="sr-only">
          Types de contenus
        </h2>
        <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {CONTENT_KINDS.map((kind) => {
            const meta = CONTENT_KIND_META[kind];
            const byStatus = counts[kind];
            return (
              <li key={kind} className="flex flex-col rounded-card border border-line bg-white p-5 shadow-card">
                <h3 className="text-xl font-bold text-brand-900">
                  <Link href={adminContentPath(kind)} className="underline-offset-4 hover:underline">
                    {meta.plural}
                  </Link>
                </h3>
                <p className="mt-1 text-sm text-ink-muted">{meta.description}</p>
                <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
                  {EDITORIAL_STATUSES.map((status) => (
                    <div key={status} className="flex items-baseline justify-between gap-2 border-b border-line pb-1">
                      <dt>
                        <Link
                          href={`${adminContentPath(kind)}?${new URLSearchParams({ [CONTENT_PARAM.status]: status })}`}
                          className="text-brand-800 underline-offset-2 hover:underline"
                        >
                          {CONTENT_STATUS_PLURALS[status]}
                          <span className="sr-only"> ({meta.plural})</span>
                        </Link>
                      </dt>
                      <dd className="font-bold text-ink tabular-nums">{formatNumber(byStatus[status])}</dd>
                    </div>
                  ))}
                </dl>
                <p className="mt-auto flex flex-wrap gap-x-4 gap-y-1 pt-4 text-sm font-semibold">
                  <Link href={adminContentPath(kind, "/nouveau")} className="text-brand-800 underline">
                    Créer {meta.indefinite}
                  </Link>
                  <Link href={adminContentPath(kind)} className="text-brand-800 underline">
                    Voir les {formatNumber(byStatus.total)} contenus<span className="sr-only"> : {meta.plural}</span>
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <div className="mt-10 grid gap-8 xl:grid-cols-2">
        <Digest
          id="programmes"
          title="Prochaines publications programmées"
          empty="Aucune publication n'est programmée."
          rows={scheduled}
          when={(row) => <ContentStatusBadge status={row.status} publishedAt={row.publishedAt} />}
        />
        <Digest
          id="brouillons"
          title="Brouillons récents"
          empty="Aucun brouillon en cours."
          rows={drafts}
          when={(row) => (
            <span className="text-sm text-ink-muted">
              {CONTENT_STATUS_LABELS.draft} modifié le {formatDateTime(row.updatedAt)}
              {row.lastEditor ? ` par ${row.lastEditor}` : ""}
            </span>
          )}
        />
      </div>
    </>
  );
}

function Digest({
  id,
  title,
  empty,
  rows,
  when,
}: {
  id: string;
  title: string;
  empty: string;
  rows: ContentDigestRow[];
  when: (row: ContentDigestRow) => ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-titre`}>
      <h2 id={`${id}-titre`} className="mb-3 text-2xl font-bold text-brand-900">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="rounded-card border border-dashed border-field bg-surface px-4 py-6 text-ink-muted">{empty}</p>
      ) : (
        <ul className="divide-y divide-line rounded-card border border-line bg-white">
          {rows.map((row) => (
            <li key={`${row.kind}-${row.id}`} className="flex flex-col gap-1 px-4 py-3">
              <span className="text-sm font-semibold text-brand-600">{CONTENT_KIND_META[row.kind].singular}</span>
              <Link href={adminContentPath(row.kind, `/${row.id}`)} className="font-semibold break-words text-brand-800 underline-offset-2 hover:underline">
                {row.title}
              </Link>
              <div>{when(row)}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
