import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { firstParam } from "@/components/data-table/table-params";
import { getDb } from "@/db";
import { NO_ROLE, parseUsersQuery, USERS_PARAM } from "@/lib/admin/list-params";
import { ROLE_LABELS, STATUS_LABELS } from "@/lib/admin/labels";
import { listUsers } from "@/lib/admin/users";
import { requirePermission } from "@/lib/auth/guards";
import { ACCOUNT_STATUSES, GRANTABLE_ROLES } from "@/lib/auth/roles";
import { AdminPageHeader } from "../_components/admin-page-header";
import { UsersTable } from "./_components/users-table";

export const metadata: Metadata = { title: "Utilisateurs" };

export default async function UsersPage({ searchParams }: PageProps<"/admin/utilisateurs">) {
  const user = await requirePermission("users:read", "/admin/utilisateurs");
  const params = await searchParams;
  const query = parseUsersQuery(params);
  const result = await listUsers(getDb(), user, query);
  return (
    <>
      <AdminPageHeader
        title="Utilisateurs"
        intro="Les comptes du portail : recherchez une personne, filtrez par rôle ou par statut, puis ouvrez sa fiche pour gérer ses rôles et son accès."
      />
      {firstParam(params, "info") === "compte-supprime" && (
        <Alert tone="success" live="status" className="mb-6">
          Le compte et ses données personnelles ont été supprimés. L&apos;effacement est consigné dans le registre des effacements.
        </Alert>
      )}
      <UsersTable
        rows={result.rows}
        total={result.total}
        state={{ page: result.page, perPage: result.perPage, sort: query.sort, order: query.order }}
        params={USERS_PARAM}
        roleOptions={[
          ...GRANTABLE_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
          { value: NO_ROLE, label: "Aucun rôle attribué (visiteur)" },
        ]}
        statusOptions={ACCOUNT_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] }))}
      />
    </>
  );
}
