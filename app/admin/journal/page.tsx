import type { Metadata } from "next";
import { getDb } from "@/db";
import { listAuditLog } from "@/lib/admin/audit-log";
import { AUDIT_ACTION_LABELS } from "@/lib/admin/audit-labels";
import { AUDIT_PARAM, parseAuditQuery } from "@/lib/admin/list-params";
import { AUDIT_ACTIONS } from "@/lib/auth/audit";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { AdminPageHeader } from "../_components/admin-page-header";
import { AuditTable } from "./_components/audit-table";

export const metadata: Metadata = { title: "Journal de sécurité" };

export default async function AuditLogPage({ searchParams }: PageProps<"/admin/journal">) {
  const user = await requirePermission("audit:read", "/admin/journal");
  const query = parseAuditQuery(await searchParams);
  const result = await listAuditLog(getDb(), user, query);
  return (
    <>
      <AdminPageHeader
        title="Journal de sécurité"
        intro="Connexions, échecs de connexion, changements de rôle, désactivations et suppressions de comptes : qui a fait quoi, quand, sur quel compte."
      />
      <AuditTable
        rows={result.rows}
        total={result.total}
        state={{ page: result.page, perPage: result.perPage, sort: query.sort, order: query.order }}
        params={AUDIT_PARAM}
        actionOptions={AUDIT_ACTIONS.map((action) => ({ value: action, label: AUDIT_ACTION_LABELS[action] }))}
        linkUsers={can(user, "users:read")}
      />
    </>
  );
}
