import { formatContentDateTime } from "@/lib/cms/labels";
import { parsePortalDateTime } from "@/lib/dates";
import type { EditorialStatus } from "@/lib/editorial/vocabulary";

/** The confirmation after a save, in words that say where the content now stands. */
export function savedMessage(params: {
  status: EditorialStatus;
  /** Null when the save changed nothing. */
  version: number | null;
  created: boolean;
  /** The form's `datetime-local` value, Paris time. */
  publishAt?: string | null;
}): string {
  if (!params.created && params.version === null) return "Aucune modification à enregistrer : le contenu est déjà à jour.";
  const head = params.created ? "Contenu créé." : "Modifications enregistrées.";
  switch (params.status) {
    case "published":
      return `${head} Le contenu est publié et visible de tous.`;
    case "scheduled":
      return `${head} Sa publication est programmée${params.publishAt ? ` le ${formatPublishAt(params.publishAt)}` : ""}.`;
    case "archived":
      return `${head} Le contenu est archivé : il n'apparaît plus sur le portail.`;
    default:
      return `${head} C'est un brouillon, invisible du public.`;
  }
}

/** "2026-11-24T14:05" (Paris time) → "24 nov. 2026 à 14 h 05", as the status badge writes it. */
function formatPublishAt(value: string): string {
  const at = parsePortalDateTime(value);
  return at ? formatContentDateTime(at) : value;
}
