import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { getDb } from "@/db";
import { requirePermission } from "@/lib/auth/guards";
import { getImportsOverview } from "@/lib/import/reports";
import { AdminPageHeader } from "../_components/admin-page-header";
import { RunsTable } from "./_components/runs-table";
import { TrendChart } from "./_components/trend-chart";
import { parseRunFilters, parseRunTable } from "./_lib/url-params";

export const metadata: Metadata = { title: "Imports de l'offre de formation" };

export default async function ImportsPage({ searchParams }: PageProps<"/admin/imports">) {
  const user = await requirePermission("imports:read", "/admin/imports");
  const params = await searchParams;
  const table = parseRunTable(params);
  const filters = parseRunFilters(params);
  const { runs, sources, trend, canUpload } = await getImportsOverview(getDb(), user, { ...filters, ...table });

  return (
    <div className="flex flex-col gap-10">
      <div>
        <AdminPageHeader
          title="Imports de l'offre de formation"
          intro="Chaque fichier LHEO reçu (dossier de dépôt, téléversement ou ligne de commande) donne un rapport : volumes importés, offres retirées et anomalies à signaler au producteur du flux."
        />
        {canUpload && <ButtonLink href="/admin/imports/televerser">Téléverser un fichier LHEO</ButtonLink>}
      </div>

      <section aria-labelledby="imports-volumes" className="flex flex-col gap-4">
        <h2 id="imports-volumes" className="text-2xl font-bold text-brand-900">
          Évolution des volumes
        </h2>
        <TrendChart points={trend} />
      </section>

      <section aria-labelledby="imports-historique" className="flex flex-col gap-4">
        <h2 id="imports-historique" className="text-2xl font-bold text-brand-900">
          Historique des imports
        </h2>
        <RunsTable rows={runs.rows} total={runs.total} state={{ ...table, page: runs.page, perPage: runs.perPage }} sources={sources} />
      </section>
    </div>
  );
}
