import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { parseTableState } from "@/components/data-table/table-params";
import { Alert } from "@/components/ui/alert";
import { buttonClassName } from "@/components/ui/button";
import { getDb } from "@/db";
import type { ImportRun } from "@/db/schema";
import { formatDateTime } from "@/lib/admin/format";
import { requirePermission } from "@/lib/auth/guards";
import { getImportReport } from "@/lib/import/reports";
import { anomalyCodeLabel, importSourceLabel, RUN_MODE_LABELS, SEVERITY_LABELS, triggerLabel } from "@/lib/import/labels";
import { AdminPageHeader } from "../../_components/admin-page-header";
import { AnomaliesTable } from "../_components/anomalies-table";
import { CountsTable } from "../_components/counts-table";
import { RunStatusBadge } from "../_components/status-badge";
import { formatCount, formatDuration } from "../_lib/format";
import { ANOMALY_PARAM, parseAnomalyFilters, parseRunId } from "../_lib/url-params";

export async function generateMetadata({ params }: PageProps<"/admin/imports/[id]">): Promise<Metadata> {
  const { id } = await params;
  return { title: `Import n° ${id}` };
}

const MODE_HINTS: Record<ImportRun["mode"], string> = {
  full: "le fichier contient toute l'offre de sa source : les offres absentes ont été retirées",
  partial: "ajouts et mises à jour seulement, aucune offre retirée",
};

function Outcome({ run }: { run: ImportRun }) {
  if (run.status === "succeeded") {
    return <Alert tone="success" title="Import réussi : le catalogue et l'index de recherche ont été mis à jour." />;
  }
  return (
    <Alert tone="error" title={run.status === "rejected" ? "Fichier refusé : le catalogue n'a pas été modifié." : "Import en échec : le catalogue n'a pas été modifié."}>
      <p>{run.rejectionReason ?? "Raison non renseignée."}</p>
    </Alert>
  );
}

function Summary({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid gap-x-8 gap-y-3 sm:grid-cols-2 lg:grid-cols-3">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt className="text-sm font-semibold text-ink-muted">{term}</dt>
          <dd className="break-words text-ink">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function ImportRunPage({ params, searchParams }: PageProps<"/admin/imports/[id]">) {
  const { id } = await params;
  const user = await requirePermission("imports:read", `/admin/imports/${id}`);
  const runId = parseRunId(id);
  if (!runId) notFound();
  const query = await searchParams;
  const filters = parseAnomalyFilters(query);
  const table = parseTableState(query, { sorts: ["file"] as const, defaultSort: "file", defaultOrder: "asc" });
  const report = await getImportReport(getDb(), user, { runId, ...filters, page: table.page, perPage: table.perPage });
  if (!report) notFound();
  const { run, anomalies, facets, uploader, stored } = report;

  const exportQuery = new URLSearchParams(
    Object.entries({ [ANOMALY_PARAM.severity]: filters.severity, [ANOMALY_PARAM.code]: filters.code }).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  const exportHref = `/admin/imports/${run.id}/anomalies.csv${exportQuery ? `?${exportQuery}` : ""}`;
  const filtered = Boolean(filters.severity || filters.code);

  return (
    <div className="flex flex-col gap-10">
      <AdminPageHeader
        title={`Import n° ${run.id}`}
        trail={[{ label: "Imports", href: "/admin/imports" }]}
        intro={
          <p className="flex flex-wrap items-center gap-3">
            <span className="font-semibold break-all text-ink">{run.fileName}</span>
            <RunStatusBadge status={run.status} />
          </p>
        }
      />

      <section aria-labelledby="import-resume" className="flex flex-col gap-5">
        <h2 id="import-resume" className="text-2xl font-bold text-brand-900">
          Résumé
        </h2>
        <Outcome run={run} />
        <Summary
          items={[
            ["Fichier", run.fileName],
            ["Source", importSourceLabel(run.source)],
            ["Version LHEO", run.lheoVersion ?? "non reconnue"],
            ["Mode", `${RUN_MODE_LABELS[run.mode]} (${MODE_HINTS[run.mode]})`],
            ["Lancé par", uploader ? `${uploader.name ?? uploader.email} (${uploader.email})` : triggerLabel(run.triggeredBy)],
            ["Début", formatDateTime(run.startedAt)],
            ["Fin", formatDateTime(run.finishedAt)],
            ["Durée", formatDuration(run.durationMs)],
            ["Anomalies", formatCount(run.anomalyCount)],
          ]}
        />
        {run.status === "succeeded" && <CountsTable counts={run.counts} />}
      </section>

      <section aria-labelledby="import-anomalies" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <h2 id="import-anomalies" className="text-2xl font-bold text-brand-900">
            Anomalies
          </h2>
          {stored > 0 && (
            <a href={exportHref} download className={buttonClassName("secondary")}>
              Exporter en CSV
              <span className="sr-only">
                {filtered ? " les anomalies filtrées" : " toutes les anomalies conservées"} (séparateur point-virgule, pour Excel)
              </span>
            </a>
          )}
        </div>
        {run.anomalyCount > stored && (
          <Alert tone="info">
            Le fichier a produit {formatCount(run.anomalyCount)} anomalies ; les {formatCount(stored)} premières sont conservées et
            listées ici, les suivantes sont seulement comptées.
          </Alert>
        )}
        {stored === 0 ? (
          <p className="text-ink-muted">Aucune anomalie pour cet import.</p>
        ) : (
          <AnomaliesTable
            rows={anomalies.rows}
            total={anomalies.total}
            state={{ ...table, page: anomalies.page, perPage: anomalies.perPage }}
            severityOptions={facets.severity.map((f) => ({ value: f.value, label: `${SEVERITY_LABELS[f.value]} (${formatCount(f.count)})` }))}
            codeOptions={facets.code.map((f) => ({ value: f.value, label: `${anomalyCodeLabel(f.value)} (${formatCount(f.count)})` }))}
          />
        )}
      </section>
    </div>
  );
}
