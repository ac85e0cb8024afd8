import type { Metadata } from "next";
import { getDb } from "@/db";
import { OUTBOX_STATUSES } from "@/db/queries/admin-outbox";
import { OUTBOX_STATUS_LABELS, templateLabel } from "@/lib/admin/labels";
import { OUTBOX_PARAM, parseOutboxQuery } from "@/lib/admin/list-params";
import { listOutbox, listOutboxTemplateNames } from "@/lib/admin/outbox";
import { requirePermission } from "@/lib/auth/guards";
import { AdminPageHeader } from "../_components/admin-page-header";
import { OutboxTable } from "./_components/outbox-table";

export const metadata: Metadata = { title: "Courriels sortants" };

export default async function OutboxPage({ searchParams }: PageProps<"/admin/courriels">) {
  const user = await requirePermission("outbox:read", "/admin/courriels");
  const query = parseOutboxQuery(await searchParams);
  const db = getDb();
  const [result, templates] = await Promise.all([listOutbox(db, user, query), listOutboxTemplateNames(db, user)]);
  return (
    <>
      <AdminPageHeader
        title="Courriels sortants"
        intro="Tous les messages envoyés par le portail. Sans service d'envoi configuré, ils restent ici : c'est là que l'on lit, par exemple, un lien de confirmation d'adresse."
      />
      <OutboxTable
        rows={result.rows}
        total={result.total}
        state={{ page: result.page, perPage: result.perPage, sort: query.sort, order: query.order }}
        params={OUTBOX_PARAM}
        templateOptions={templates.map((template) => ({ value: template, label: templateLabel(template) }))}
        statusOptions={OUTBOX_STATUSES.map((status) => ({ value: status, label: OUTBOX_STATUS_LABELS[status] }))}
      />
    </>
  );
}
