import { audienceLabel, territoryLabel } from "@/lib/editorial/labels";
import type { EditorialStatus } from "@/lib/editorial/vocabulary";
import { fr } from "@/lib/i18n/fr";
import type { ContentKind } from "./kinds";
import { CONTENT_STATUS_LABELS, formatContentDateTime } from "./labels";

/**
 * Stored values of a record as text, to show a former version next to the current one (the
 * field names come from ./fields FIELD_LABELS).
 */

const DATE_FIELDS = new Set(["startsAt", "endsAt", "publishedAt"]);

function codeLabel(kind: ContentKind, field: string, code: string): string {
  if (field === "audiences") return audienceLabel(code);
  if (field === "territory") return territoryLabel(code);
  if (field === "themes" && (kind === "actualite" || kind === "ressource")) return fr.resources.themes[code] ?? code;
  if (field === "type" && kind === "evenement") return fr.events.types[code] ?? code;
  if (field === "kind" && kind === "ressource") return fr.resources.kinds[code] ?? code;
  if (field === "kind" && kind === "financement") return fr.financing.kinds[code] ?? code;
  if (field === "status") return CONTENT_STATUS_LABELS[code as EditorialStatus] ?? code;
  return code;
}

/**
 * A stored value as text, for comparing two versions ("—" when empty). Rich text (body) is shown
 * by the page with RichText instead.
 */
export function formatFieldValue(kind: ContentKind, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map((item) => codeLabel(kind, field, String(item))).join(", ") : "—";
  if (typeof value === "boolean") return value ? "Oui" : "Non";
  if (DATE_FIELDS.has(field) && (typeof value === "string" || value instanceof Date)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? String(value) : formatContentDateTime(date);
  }
  if (typeof value === "number") return value.toLocaleString("fr-FR");
  return codeLabel(kind, field, String(value));
}
