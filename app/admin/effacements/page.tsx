import type { Metadata } from "next";
import { getDb } from "@/db";
import { listErasureLog } from "@/lib/admin/erasures";
import { ERASURE_PARAM, parseErasureQuery } from "@/lib/admin/list-params";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { AdminPageHeader } from "../_components/admin-page-header";
import { ErasureTable } from "./_components/erasure-table";

export const metadata: Metadata = { title: "Effacements RGPD" };

export default async function ErasureLogPage({ searchParams }: PageProps<"/admin/effacements">) {
  const user = await requirePermission("erasure:read", "/admin/effacements");
  const query = parseErasureQuery(await searchParams);
  const result = await listErasureLog(getDb(), user, query);
  return (
    <>
      <AdminPageHeader
        title="Effacements RGPD"
        intro="Le registre des comptes effacés (droit à l'effacement, article 17 du RGPD) : il prouve l'effacement sans conserver de donnée personnelle, seulement l'identifiant technique du compte et ce qui a été supprimé."
      />
      <ErasureTable
        rows={result.rows}
        total={result.total}
        state={{ page: result.page, perPage: result.perPage, sort: query.sort, order: query.order }}
        params={ERASURE_PARAM}
        linkUsers={can(user, "users:read")}
      />
    </>
  );
}
