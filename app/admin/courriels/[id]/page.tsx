import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db";
import { formatDateTime } from "@/lib/admin/format";
import { templateLabel } from "@/lib/admin/labels";
import { getOutboxMessage } from "@/lib/admin/outbox";
import { requirePermission } from "@/lib/auth/guards";
import { AdminPageHeader } from "../../_components/admin-page-header";
import { sandboxedEmailHtml } from "@/lib/admin/email-preview";
import { LinkifiedText } from "../_components/linkified-text";
import { OutboxStatusBadge } from "../_components/outbox-status-badge";

export const metadata: Metadata = { title: "Courriel" };

export default async function OutboxMessagePage({ params }: PageProps<"/admin/courriels/[id]">) {
  const { id } = await params;
  const user = await requirePermission("outbox:read", `/admin/courriels/${id}`);
  const messageId = Number(id);
  if (!Number.isSafeInteger(messageId) || messageId <= 0) notFound();
  const message = await getOutboxMessage(getDb(), user, { id: messageId });
  if (!message) notFound();

  return (
    <>
      <AdminPageHeader title={message.subject} trail={[{ label: "Courriels sortants", href: "/admin/courriels" }]} />
      <dl className="mb-6 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Date</dt>
        <dd>{formatDateTime(message.createdAt)}</dd>
        <dt className="font-semibold">Destinataire</dt>
        <dd className="break-words">{message.to}</dd>
        {message.replyTo && (
          <>
            <dt className="font-semibold">Répondre à</dt>
            <dd className="break-words">{message.replyTo}</dd>
          </>
        )}
        {message.headers && Object.keys(message.headers).length > 0 && (
          <>
            <dt className="font-semibold">En-têtes</dt>
            <dd>
              <ul className="font-mono text-sm break-all">
                {Object.entries(message.headers).map(([name, value]) => (
                  <li key={name}>
                    {name}: {value}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt className="font-semibold">Modèle</dt>
        <dd>{templateLabel(message.template)}</dd>
        <dt className="font-semibold">Statut</dt>
        <dd>
          <OutboxStatusBadge status={message.status} />
        </dd>
        {message.providerId && (
          <>
            <dt className="font-semibold">Référence du fournisseur</dt>
            <dd className="font-mono text-sm break-words">{message.providerId}</dd>
          </>
        )}
        {message.error && (
          <>
            <dt className="font-semibold">Erreur d&apos;envoi</dt>
            <dd>{message.error}</dd>
          </>
        )}
      </dl>

      <Alert tone="warning" className="mb-6 max-w-3xl">
        Les liens de ce message sont ceux de son destinataire. Ouvrir un lien de connexion ou de réinitialisation vous connecte avec son compte ou
        le modifie : ne le faites que pour une démonstration ou à sa demande.
      </Alert>

      <section aria-labelledby="texte-titre" className="max-w-3xl">
        <h2 id="texte-titre" className="mb-3 text-xl font-bold text-brand-900">
          Version texte
        </h2>
        <pre className="overflow-x-auto rounded-card border border-line bg-surface p-4 font-sans text-base whitespace-pre-wrap">
          <LinkifiedText text={message.text} />
        </pre>
      </section>

      {message.html && (
        <section aria-labelledby="html-titre" className="mt-8 max-w-3xl">
          <h2 id="html-titre" className="mb-3 text-xl font-bold text-brand-900">
            Version HTML
          </h2>
          <p className="mb-3 text-sm text-ink-muted">
            Affichée dans un cadre isolé, sans script ni chargement externe ; ses liens ne s&apos;ouvrent pas : utilisez ceux de la version texte.
          </p>
          <iframe
            title={`Version HTML du courriel « ${message.subject} »`}
            sandbox=""
            referrerPolicy="no-referrer"
            srcDoc={sandboxedEmailHtml(message.html)}
            className="h-[28rem] w-full rounded-card border border-line bg-white"
          />
          <details className="mt-3">
            <summary className="cursor-pointer font-semibold text-brand-800">Voir le code HTML</summary>
            <pre className="mt-2 max-h-96 overflow-auto rounded-card border border-line bg-surface p-4 text-sm whitespace-pre-wrap">{message.html}</pre>
          </details>
        </section>
      )}
    </>
  );
}
