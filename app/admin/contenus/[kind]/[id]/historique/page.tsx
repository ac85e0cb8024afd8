import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { formatDateTime } from "@/lib/admin/format";
import { requirePermission } from "@/lib/auth/guards";
import { fieldLabel } from "@/lib/cms/fields";
import { adminContentPath, CONTENT_KIND_META } from "@/lib/cms/kinds";
import { revisionOperationLabel } from "@/lib/cms/labels";
import { getContentRow, listContentRevisions } from "@/lib/cms/service";
import { AdminPageHeader } from "../../../../_components/admin-page-header";
import { parseContentRoute } from "../../../_components/content-route";
import { ContentTabs } from "../../../_components/content-tabs";
import { ContentStatusBadge } from "../../../_components/status-badge";
import { RestoreRevisionButton } from "../../_components/restore-revision-button";

type Props = { params: Promise<{ kind: string; id: string }> };

export const metadata: Metadata = { title: "Historique d'un contenu" };

export default async function ContentHistoryPage({ params }: Props) {
  const raw = await params;
  await requirePermission("content:edit", `/admin/contenus/${raw.kind}/${raw.id}/historique`);
  const route = parseContentRoute(raw);
  if (!route) notFound();
  const { kind, id } = route;
  const db = getDb();
  const row = await getContentRow(db, kind, id);
  if (!row) notFound();
  const revisions = await listContentRevisions(db, { kind, id });
  const meta = CONTENT_KIND_META[kind];
  const latest = revisions[0]?.version;

  return (
    <>
      <AdminPageHeader
        title={`Historique : ${row.title}`}
        trail={[
          { label: "Contenus", href: "/admin/contenus" },
          { label: meta.plural, href: adminContentPath(kind) },
        ]}
        intro={
          <p>
            Chaque enregistrement crée une version. Ouvrez une version pour la comparer au contenu actuel, ou restaurez-la : ses textes et réglages
            remplacent ceux d&apos;aujourd&apos;hui, sans changer l&apos;état de publication.
          </p>
        }
      />
      <ContentTabs kind={kind} id={id} current="history" />
      <p className="mb-4 flex flex-wrap items-center gap-2">
        <span className="font-semibold">État actuel :</span> <ContentStatusBadge status={row.status} publishedAt={row.publishedAt} />
      </p>

      {revisions.length === 0 ? (
        <p className="rounded-card border border-dashed border-field bg-surface px-6 py-10 text-center text-ink-muted">
          Aucune version enregistrée : ce contenu a été créé hors du back-office (import ou données de démonstration). La première modification
          créera une version.
        </p>
      ) : (
        // relative: visually hidden texts (absolutely positioned) stay inside the scrolling box.
        <div role="region" aria-labelledby="versions-titre" tabIndex={0} className="relative overflow-x-auto rounded-card border border-line bg-white">
          <table className="w-full border-collapse text-left text-sm">
            <caption id="versions-titre" className="sr-only">
              Versions enregistrées, de la plus récente à la plus ancienne
            </caption>
            <thead className="bg-surface">
              <tr>
                <th scope="col" className="px-3 py-2.5 font-semibold whitespace-nowrap">
                  Version
                </th>
                <th scope="col" className="px-3 py-2.5 font-semibold">Date</th>
                <th scope="col" className="px-3 py-2.5 font-semibold">Par</th>
                <th scope="col" className="px-3 py-2.5 font-semibold">Opération</th>
                <th scope="col" className="px-3 py-2.5 font-semibold">Champs modifiés</th>
                <th scope="col" className="px-3 py-2.5 font-semibold">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision) => (
                <tr key={revision.id} className="border-t border-line align-top">
                  <th scope="row" className="px-3 py-2.5 font-semibold whitespace-nowrap">
                    {revision.version}
                    {revision.version === latest && <span className="block text-xs font-normal text-ink-muted">(actuelle)</span>}
                  </th>
                  <td className="px-3 py-2.5 whitespace-nowrap">{formatDateTime(revision.createdAt)}</td>
                  <td className="px-3 py-2.5 break-words">{revision.actorLabel ?? <span className="text-ink-muted">Inconnu</span>}</td>
                  <td className="px-3 py-2.5">{revisionOperationLabel(revision.operation)}</td>
                  <td className="px-3 py-2.5">
                    {revision.operation === "created" ? (
                      <span className="text-ink-muted">Tous (création)</span>
                    ) : revision.changedFields.length === 0 ? (
                      <span className="text-ink-muted">—</span>
                    ) : (
                      revision.changedFields.map((field) => fieldLabel(kind, field)).join(", ")
                    )}
                  </td>
                  <td className="px-3 py-2.5">
                    <div className="flex min-w-44 flex-col gap-2">
                      <Link href={adminContentPath(kind, `/${id}/historique/${revision.version}`)} className="font-semibold text-brand-800 underline">
                        Voir cette version<span className="sr-only"> ({revision.version})</span>
                      </Link>
                      {revision.version !== latest && <RestoreRevisionButton kind={kind} id={id} version={revision.version} />}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
