import Link from "next/link";
import type { ContentDigestRow } from "@/db/queries/admin-content";
import type { Attention } from "@/lib/admin/attention";
import { formatDateTime } from "@/lib/admin/format";
import { formatContentDateTime } from "@/lib/cms/labels";
import { adminContentPath, CONTENT_KIND_META } from "@/lib/cms/kinds";
import { formatNumber, pluralize } from "@/lib/i18n/format";
import { anomalyCodeLabel, RUN_STATUS_LABELS, SEVERITY_LABELS } from "@/lib/import/labels";

/**
 * "À traiter": the dashboard's first section, what waits for the person signed in (drafts and
 * scheduled publications, the last import and its anomalies, accounts awaiting confirmation).
 */
export function AttentionPanel({ attention }: { attention: Attention }) {
  const blocks = [
    attention.content && <ContentBlock key="content" content={attention.content} />,
    attention.imports !== undefined && <ImportBlock key="imports" imports={attention.imports} />,
    attention.accounts && <AccountsBlock key="accounts" pending={attention.accounts.pending} />,
  ].filter(Boolean);
  if (blocks.length === 0) return null;
  return (
    <section aria-labelledby="attention-title" className="mb-10">
      <h2 id="attention-title" className="text-xl font-bold text-brand-900">
        À traiter
      </h2>
      <div className="mt-4 grid gap-5 lg:grid-cols-2">{blocks}</div>
    </section>
  );
}

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="rounded-card border border-line bg-white p-5 shadow-card">
      <h3 className="text-lg font-bold text-brand-900">{title}</h3>
      <div className="mt-3 space-y-3 text-sm">{children}</div>
    </div>
  );
}

function ContentList({ rows, when }: { rows: ContentDigestRow[]; when: (row: ContentDigestRow) => string }) {
  return (
    <ul className="divide-y divide-line">
      {rows.map((row) => (
        <li key={`${row.kind}-${row.id}`} className="flex flex-wrap items-baseline justify-between gap-x-3 py-2">
          <span>
            <Link href={adminContentPath(row.kind, `/${row.id}`)} className="font-semibold text-brand-800 underline-offset-4 hover:underline">
              {row.title}
            </Link>{" "}
            <span className="text-ink-muted">({CONTENT_KIND_META[row.kind].singular})</span>
          </span>
          <span className="text-ink-muted">{when(row)}</span>
        </li>
      ))}
    </ul>
  );
}

function ContentBlock({ content }: { content: NonNullable<Attention["content"]> }) {
  return (
    <>
      <Block title={`Brouillons (${formatNumber(content.draftCount)})`}>
        {content.drafts.length === 0 ? (
          <p>Aucun brouillon en attente.</p>
        ) : (
          <>
            <p className="text-ink-muted">Les derniers brouillons modifiés, à terminer ou à publier.</p>
            <ContentList
              rows={content.drafts}
              when={(row) => `modifié le ${formatDateTime(row.updatedAt)}${row.lastEditor ? ` par ${row.lastEditor}` : ""}`}
            />
          </>
        )}
        <p>
          <Link href="/admin/contenus" className="font-semibold text-brand-800 underline underline-offset-4">
            Tous les contenus
          </Link>
        </p>
      </Block>
      <Block title={`Publications programmées (${formatNumber(content.scheduledCount)})`}>
        {content.scheduled.length === 0 ? (
          <p>Aucune publication programmée.</p>
        ) : (
          <ContentList rows={content.scheduled} when={(row) => (row.publishedAt ? `le ${formatContentDateTime(row.publishedAt)}` : "")} />
        )}
      </Block>
    </>
  );
}

function ImportBlock({ imports }: { imports: Attention["imports"] }) {
  if (!imports) {
    return (
      <Block title="Dernier import de l'offre">
        <p>Aucun import n&apos;a encore été lancé.</p>
      </Block>
    );
  }
  const { run, facets } = imports;
  return (
    <Block title="Dernier import de l'offre">
      <p>
        <strong>{RUN_STATUS_LABELS[run.status]}</strong> : {run.fileName}, le {formatDateTime(run.startedAt)}.
      </p>
      {run.anomalyCount === 0 ? (
        <p>Aucune anomalie.</p>
      ) : (
        <>
          <p>
            {formatNumber(run.anomalyCount)} {pluralize(run.anomalyCount, { one: "anomalie", other: "anomalies" })} :{" "}
            {facets.severity.map((s) => `${formatNumber(s.count)} ${SEVERITY_LABELS[s.value].toLowerCase()}`).join(", ")}.
          </p>
          <ul className="list-disc pl-5">
            {facets.code.slice(0, 3).map((code) => (
              <li key={code.value}>
                {anomalyCodeLabel(code.value)} ({formatNumber(code.count)})
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href={`/admin/imports/${run.id}`} className="font-semibold text-brand-800 underline underline-offset-4">
          Voir le rapport
        </Link>
      </p>
    </Block>
  );
}

function AccountsBlock({ pending }: { pending: number }) {
  return (
    <Block title="Comptes en attente de confirmation">
      <p>
        {pending === 0
          ? "Aucun compte n'attend la confirmation de son adresse."
          : `${formatNumber(pending)} ${pluralize(pending, { one: "compte n'a", other: "comptes n'ont" })} pas encore confirmé son adresse électronique (effacement automatique après 30 jours).`}
      </p>
      {pending > 0 && (
        <p>
          <Link href="/admin/utilisateurs?verifie=non" className="font-semibold text-brand-800 underline underline-offset-4">
            Voir ces comptes
          </Link>
        </p>
      )}
    </Block>
  );
}
