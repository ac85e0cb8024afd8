import { PORTAL_TIME_ZONE } from "@/lib/dates";
import { formatTime } from "@/lib/editorial/labels";
import type { EditorialStatus } from "@/lib/editorial/vocabulary";

/** French wording of the publication workflow, shared by the lists, the form and the history. */

export const CONTENT_STATUS_LABELS: Record<EditorialStatus, string> = {
  draft: "Brouillon",
  scheduled: "Programmé",
  published: "Publié",
  archived: "Archivé",
};

/** Plural, for counts on the overview ("3 brouillons"). */
export const CONTENT_STATUS_PLURALS: Record<EditorialStatus, string> = {
  draft: "Brouillons",
  scheduled: "Programmés",
  published: "Publiés",
  archived: "Archivés",
};

/** content_revisions.operation, as the history lists it. */
export const REVISION_OPERATION_LABELS: Record<string, string> = {
  created: "Création",
  updated: "Modification",
  published: "Publication",
  scheduled: "Programmation",
  unpublished: "Retour en brouillon",
  archived: "Archivage",
  restored: "Restauration d'une version",
};

export function revisionOperationLabel(operation: string): string {
  return REVISION_OPERATION_LABELS[operation] ?? operation;
}

const shortDay = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: PORTAL_TIME_ZONE,
});

/** "3 déc. 2026 à 9 h", in Paris time. */
export function formatContentDateTime(at: Date | string): string {
  const date = new Date(at);
  const day = shortDay.format(date).replace(/^1 /, "1er ");
  return `${day} à ${formatTime(date)}`;
}

/** "Programmé le 3 déc. 2026 à 9 h", or the plain status label. */
export function contentStatusText(status: EditorialStatus, publishedAt?: Date | string | null): string {
  if (status === "scheduled" && publishedAt) return `Programmé le ${formatContentDateTime(publishedAt)}`;
  return CONTENT_STATUS_LABELS[status];
}

const CHANGE_WORDS = {
  publish: { one: "publié", other: "publiés", already: "publiée" },
  unpublish: { one: "remis en brouillon", other: "remis en brouillon", already: "en brouillon" },
  archive: { one: "archivé", other: "archivés", already: "archivée" },
} as const;

/** "3 contenus publiés.", "1 contenu archivé ; 2 l'étaient déjà.", after a change of state from the list. */
export function statusChangeMessage(change: keyof typeof CHANGE_WORDS, changed: number, unchanged: number): string {
  const words = CHANGE_WORDS[change];
  if (changed === 0) return `Aucun contenu modifié : la sélection était déjà ${words.already}.`;
  const done = changed === 1 ? `1 contenu ${words.one}` : `${changed.toLocaleString("fr-FR")} contenus ${words.other}`;
  if (unchanged === 0) return `${done}.`;
  return `${done} ; ${unchanged === 1 ? "1 l'était déjà" : `${unchanged.toLocaleString("fr-FR")} l'étaient déjà`}.`;
}
