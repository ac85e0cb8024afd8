import type { ImportLevelCounts, ImportRun } from "@/db/schema";
import type { Anomaly, AnomalySeverity } from "./anomalies";
import type { ImportReport } from "./importer";

const SEVERITY_LABELS: Record<AnomalySeverity, string> = { error: "erreur", warning: "avertissement", info: "information" };

const LEVEL_LABELS = { formation: "Formations", action: "Actions", session: "Sessions", organisation: "Organismes" } as const;

const FEMININE = ["lues", "créées", "mises à jour", "inchangées", "retirées", "rejetées"] as const;
const MASCULINE = ["lus", "créés", "mis à jour", "inchangés", "retirés", "rejetés"] as const;

function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n.toLocaleString("fr-FR")} ${n > 1 ? pluralForm : singular}`;
}

function countsLine(label: string, c: ImportLevelCounts, words: readonly string[]): string {
  const values = [c.read, c.created, c.updated, c.unchanged, c.withdrawn, c.rejected];
  return `  ${label} — ${values.map((n, i) => `${words[i]} : ${n.toLocaleString("fr-FR")}`).join(", ")}`;
}

function anomalyLine(a: Anomaly): string {
  return `    - [${SEVERITY_LABELS[a.severity]}] ${a.code} · ${a.recordId} · ${a.message} (${a.path})`;
}

/** Human-readable French summary of one run, for the command line. */
export function formatImportRun(run: ImportRun, report: ImportReport | null, maxAnomalies = 20): string {
  const seconds = (run.durationMs / 1000).toLocaleString("fr-FR", { maximumFractionDigits: 1 });
  const mode = run.mode === "full" ? "complet" : "partiel";
  const version = run.lheoVersion ? `LHEO ${run.lheoVersion}, ` : "";
  const head = `Fichier ${run.fileName} (${version}source « ${run.source} », mode ${mode}, import n° ${run.id})`;
  if (run.status !== "succeeded" || !report) {
    const verdict = run.status === "rejected" ? "REFUSÉ" : "ÉCHEC";
    return `${head} : ${verdict} en ${seconds} s\n  ${run.rejectionReason ?? "raison inconnue"}\n  Le catalogue n'a pas été modifié.`;
  }
  const lines = [`${head} : importé en ${seconds} s`];
  for (const [level, label] of Object.entries(LEVEL_LABELS) as [keyof typeof LEVEL_LABELS, string][]) {
    lines.push(countsLine(label, report.counts[level], level === "organisation" ? MASCULINE : FEMININE));
  }
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const a of report.anomalies) bySeverity[a.severity] += 1;
  const breakdown = [plural(bySeverity.error, "erreur"), plural(bySeverity.warning, "avertissement"), plural(bySeverity.info, "information")];
  const partial = report.anomalyCount > report.anomalies.length ? " parmi celles conservées" : "";
  lines.push(`  Anomalies : ${report.anomalyCount} (${breakdown.join(", ")}${partial})`);
  // Errors first: they are the records that did not make it into the catalogue.
  const order: AnomalySeverity[] = ["error", "warning", "info"];
  const shown = [...report.anomalies].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity)).slice(0, maxAnomalies);
  lines.push(...shown.map(anomalyLine));
  if (report.anomalyCount > shown.length) {
    lines.push(`    … et ${report.anomalyCount - shown.length} autres (voir l'import n° ${run.id} dans l'administration).`);
  }
  lines.push(`  Formations à réindexer : ${report.changedFormations.length}`);
  return lines.join("\n");
}
