import { CONTENT_FIELDS } from "@/lib/cms/fields";
import type { ContentKind } from "@/lib/cms/kinds";
import { formatPortalDateTimeInput } from "@/lib/dates";

/**
 * What the form starts from: empty inputs for a new record, the stored row for an edit. Inputs
 * hold text (dates as `datetime-local`, numbers as typed); the kind's zod schema turns them back.
 */
export type ContentFormState = Record<string, unknown>;

function emptyValue(type: string): unknown {
  switch (type) {
    case "checkboxes":
    case "territory":
    case "tags":
      return [];
    case "checkbox":
      return false;
    case "status":
      return "draft";
    default:
      return "";
  }
}

export function emptyContentFormValues(kind: ContentKind): ContentFormState {
  const values: ContentFormState = {};
  for (const field of CONTENT_FIELDS[kind]) {
    values[field.name] = emptyValue(field.type);
    // Not given yet (null) differs from "decorative image" (""): see newsFormSchema.
    if (field.altName) values[field.altName] = null;
  }
  return values;
}

export function contentFormValuesOf(kind: ContentKind, row: Record<string, unknown>): ContentFormState {
  const values = emptyContentFormValues(kind);
  for (const field of CONTENT_FIELDS[kind]) {
    const stored = row[field.name];
    if (field.name === "publishAt") {
      // A scheduled record keeps its planned time in publishedAt.
      values.publishAt = row.status === "scheduled" && row.publishedAt instanceof Date ? formatPortalDateTimeInput(row.publishedAt) : "";
      continue;
    }
    if (field.altName) values[field.altName] = row[field.altName] ?? null;
    if (stored === null || stored === undefined) continue;
    if (stored instanceof Date) values[field.name] = formatPortalDateTimeInput(stored);
    else if (typeof stored === "number") values[field.name] = String(stored).replace(".", ",");
    else values[field.name] = stored;
  }
  return values;
}
