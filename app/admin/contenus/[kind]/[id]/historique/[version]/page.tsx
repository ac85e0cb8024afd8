import { clsx } from "clsx";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RichText } from "@/components/rich-text";
import { getDb } from "@/db";
import { getContentRevision } from "@/db/queries/admin-content";
import { formatDateTime } from "@/lib/admin/format";
import { requirePermission } from "@/lib/auth/guards";
import { formatFieldValue } from "@/lib/cms/field-values";
import { fieldLabel } from "@/lib/cms/fields";
import { EDITABLE_FIELDS } from "@/lib/cms/values";
import { adminContentPath, CONTENT_KIND_META } from "@/lib/cms/kinds";
import { revisionOperationLabel } from "@/lib/cms/labels";
import { mediaUrl } from "@/lib/media/url";
import { getContentRow, listContentRevisions } from "@/lib/cms/service";
import { AdminPageHeader } from "../../../../../_components/admin-page-header";
import { parseContentRoute } from "../../../../_components/content-route";
import { ContentTabs } from "../../../../_components/content-tabs";
import { RestoreRevisionButton } from "../../../_components/restore-revision-button";

type Props = { params: Promise<{ kind: string; id: string; version: string }> };

export const metadata: Metadata = { title: "Version d'un contenu" };

/** Fields a restore leaves as they are today (lib/cms/service restoreContentRevision). */
const NOT_RESTORED = new Set(["slug", "status", "publishedAt"]);

export default async function ContentVersionPage({ params }: Props) {
  const raw = await params;
  await requirePermission("content:edit", `/admin/contenus/${raw.kind}/${raw.id}/historique/${raw.version}`);
  const route = parseContentRoute(raw);
  if (!route || !/^\d{1,6}$/.test(raw.version)) notFound();
  const { kind, id } = route;
  const version = Number(raw.version);
  const db = getDb();
  const [row, revision, [latest]] = await Promise.all([
    getContentRow(db, kind, id),
    getContentRevision(db, { kind, id, version }),
    listContentRevisions(db, { kind, id, limit: 1 }),
  ]);
  if (!row || !revision) notFound();
  const meta = CONTENT_KIND_META[kind];
  // Compared as stored (JSON), so dates and arrays compare the same way on both sides.
  const current = JSON.parse(JSON.stringify(row)) as Record<string, unknown>;
  const stored = revision.data;
  const fields = [...new Set(["title", "slug", ...EDITABLE_FIELDS[kind], "status", "publishedAt"])];
  const differs = (field: string) => JSON.stringify(stored[field] ?? null) !== JSON.stringify(current[field] ?? null);
  const changedFields = fields.filter(differs);
  const sameFields = fields.filter((field) => !differs(field));
  const differing = changedFields.length;
  // Restoring only puts back the editable fields: offer it when one of them differs.
  const restorable = changedFields.some((field) => !NOT_RESTORED.has(field));
  const isLatest = latest?.version === version;
  const compare = (field: string, changed: boolean) => (
    <FieldComparison key={field} kind={kind} field={field} version={version} changed={changed} stored={stored[field]} current={current[field]} />
  );

  return (
    <>
      <AdminPageHeader
        title={`Version ${version} : ${revision.title}`}
        trail={[
          { label: "Contenus", href: "/admin/contenus" },
          { label: meta.plural, href: adminContentPath(kind) },
          { label: "Historique", href: adminContentPath(kind, `/${id}/historique`) },
        ]}
        intro={
          <p>
            {revisionOperationLabel(revision.operation)} du {formatDateTime(revision.createdAt)}
            {revision.actorLabel ? `, par ${revision.actorLabel}` : ""}.{" "}
            {differing === 0
              ? "Cette version est identique au contenu actuel."
              : `${differing} ${differing === 1 ? "champ diffère" : "champs diffèrent"} du contenu actuel : ${differing === 1 ? "il est montré" : "ils sont montrés"} en premier, marqués « Différent ».`}
          </p>
        }
      />
      <ContentTabs kind={kind} id={id} current="history" />
      <div className="mb-6 flex flex-wrap items-start gap-4">
        <Link href={adminContentPath(kind, `/${id}/historique`)} className="font-semibold text-brand-800 underline">
          <span aria-hidden="true">← </span>Retour à l&apos;historique
        </Link>
        {!isLatest && restorable && (
          <div className="ml-auto max-w-xl">
            <RestoreRevisionButton kind={kind} id={id} version={version} size="full" />
          </div>
        )}
      </div>

      {changedFields.length > 0 && <dl className="flex flex-col gap-4">{changedFields.map((field) => compare(field, true))}</dl>}
      {sameFields.length > 0 && (
        <details className="mt-6 rounded-card border border-line bg-surface p-4" open={changedFields.length === 0}>
          <summary className="cursor-pointer font-semibold text-brand-800">
            {sameFields.length === 1 ? "Afficher le champ identique" : `Afficher les ${sameFields.length} champs identiques`}
          </summary>
          <dl className="mt-4 flex flex-col gap-4">{sameFields.map((field) => compare(field, false))}</dl>
        </details>
      )}
    </>
  );
}

type FieldComparisonProps = {
  kind: Parameters<typeof formatFieldValue>[0];
  field: string;
  version: number;
  changed: boolean;
  stored: unknown;
  current: unknown;
};

function FieldComparison({ kind, field, version, changed, stored, current }: FieldComparisonProps) {
  return (
    <div className={clsx("rounded-card border bg-white p-4", changed ? "border-l-4 border-accent-500" : "border-line")}>
      <dt className="flex flex-wrap items-center gap-2 font-bold text-brand-900">
        {fieldLabel(kind, field)}
        {changed && (
          <span className="rounded-full bg-accent-100 px-2 py-0.5 text-xs font-semibold text-accent-800 ring-1 ring-accent-500 ring-inset">Différent</span>
        )}
        {NOT_RESTORED.has(field) && <span className="text-xs font-normal text-ink-muted">(non restauré)</span>}
      </dt>
      <dd className="mt-2 grid gap-4 md:grid-cols-2">
        <FieldValue label={`Version ${version}`} kind={kind} field={field} value={stored} />
        <FieldValue label="Actuellement" kind={kind} field={field} value={current} />
      </dd>
    </div>
  );
}

function FieldValue({ label, kind, field, value }: { label: string; kind: Parameters<typeof formatFieldValue>[0]; field: string; value: unknown }) {
  return (
    <div className="min-w-0">
      <p className="text-sm font-semibold text-ink-muted">{label}</p>
      {field === "body" && typeof value === "string" && value ? (
        // Focusable so a keyboard can scroll a long text.
        <div tabIndex={0} role="region" aria-label={`${fieldLabel(kind, "body")} – ${label}`} className="mt-1 max-h-[32rem] overflow-y-auto rounded-lg border border-line p-3">
          <RichText html={value} />
        </div>
      ) : field === "imageId" && typeof value === "string" && value ? (
        // The alternative text is its own field just below; here the image only helps recognise it.
        // eslint-disable-next-line @next/next/no-img-element -- served by the app's own media route, already resized.
        <img src={mediaUrl(value)} alt="" className="mt-1 max-h-40 rounded-lg border border-line" />
      ) : (
        <p className="mt-1 break-words whitespace-pre-line">{formatFieldValue(kind, field, value)}</p>
      )}
    </div>
  );
}
