import type { ImportRun } from "@/db/schema";
import type { AnomalyCode, AnomalyLevel, AnomalySeverity } from "@/lib/import/lheo/anomalies";

// French wording of the import reports, shared by the back office pages and the CSV export.

export const RUN_STATUS_LABELS: Record<ImportRun["status"], string> = {
  succeeded: "Réussi",
  rejected: "Refusé",
  failed: "En échec",
};

export const RUN_MODE_LABELS: Record<ImportRun["mode"], string> = {
  full: "Complet",
  partial: "Partiel",
};

export const SEVERITY_LABELS: Record<AnomalySeverity, string> = {
  error: "Erreur",
  warning: "Avertissement",
  info: "Information",
};

export const LEVEL_LABELS: Record<AnomalyLevel, string> = {
  formation: "Formation",
  action: "Action",
  session: "Session",
  organisation: "Organisme",
};

/** Plural headings of the counts table, in the order of the LHEO tree. */
export const LEVEL_PLURALS: [AnomalyLevel, string][] = [
  ["formation", "Formations"],
  ["action", "Actions"],
  ["session", "Sessions"],
  ["organisation", "Organismes"],
];

export const COUNT_LABELS = {
  read: "Lus",
  created: "Créés",
  updated: "Mis à jour",
  unchanged: "Inchangés",
  withdrawn: "Retirés",
  rejected: "Rejetés",
} as const;

const CODE_LABELS: Record<AnomalyCode, string> = {
  "missing-field": "Champ obligatoire manquant",
  "invalid-code": "Code inconnu",
  "obsolete-code": "Code obsolète",
  "legacy-level-code": "Ancien code de niveau",
  "unknown-financer": "Financeur inconnu",
  "bad-date": "Date invalide",
  "partial-date": "Date incomplète",
  "inconsistent-dates": "Dates incohérentes",
  "invalid-number": "Nombre invalide",
  "invalid-siret": "SIRET invalide",
  "missing-coordinates": "Coordonnées manquantes",
  "bad-coordinates": "Coordonnées invalides",
  "html-in-text": "HTML dans un texte",
  "duplicate-id": "Numéro en double",
  "invalid-rome-code": "Code ROME invalide",
  "empty-feed": "Flux vide",
  "identical-file": "Fichier identique au précédent",
};

/** Codes stored by an older version keep showing, under their machine name. */
export function anomalyCodeLabel(code: string): string {
  return (CODE_LABELS as Record<string, string>)[code] ?? code;
}

const SOURCE_LABELS: Record<string, string> = {
  "drop-folder": "Dossier de dépôt",
  upload: "Téléversement",
  cli: "Ligne de commande",
  demo: "Démonstration",
  samples: "Exemples réels",
};

export function importSourceLabel(source: string): string {
  return SOURCE_LABELS[source] ?? source;
}

/** "admin:<id>" runs are named by the caller, who can look the account up. */
export function triggerLabel(triggeredBy: string | null): string {
  if (!triggeredBy) return "Non renseigné";
  if (triggeredBy === "scheduler") return "Tâche planifiée";
  if (triggeredBy === "cli") return "Ligne de commande";
  if (triggeredBy === "seed") return "Données de démonstration";
  if (triggeredBy.startsWith("admin:")) return "Téléversement depuis l'administration";
  return triggeredBy;
}
