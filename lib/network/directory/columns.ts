import { countryLabel } from "../countries";
import { directoryStrings } from "../i18n/directory";
import { type NetworkLocale, pick } from "../i18n/locale";
import { type AlumniField, type NetworkViewer, SEARCH_CRITERIA, type SearchCriterion, visibleFields } from "../matrix";
import type { DirectoryFilters } from "./params";

/**
 * Columns and cell texts of the directory, shared by the results table and the PDF list so both
 * show exactly the viewer's visible fields, in specification order, with the same labels.
 */

export type DirectoryColumn = { field: AlumniField; label: string };

export function directoryColumns(viewer: NetworkViewer, locale: NetworkLocale): DirectoryColumn[] {
  const labels = pick(directoryStrings, locale).fields;
  return visibleFields(viewer).map((field) => ({ field, label: labels[field] }));
}

const COUNTRY_FIELDS: ReadonlySet<AlumniField> = new Set(["countryOfOrigin", "countryOfActivity"]);

/** The text of one value: country names in the viewer's language, "" when empty. */
export function formatFieldValue(field: AlumniField, value: unknown, locale: NetworkLocale): string {
  if (value === null || value === undefined || value === "") return "";
  if (COUNTRY_FIELDS.has(field)) return countryLabel(String(value), locale);
  return String(value);
}

/** The applied criteria as "label: value" pairs, in specification order (PDF heading, notices). */
export function describeCriteria(filters: DirectoryFilters, locale: NetworkLocale): { criterion: SearchCriterion; label: string; value: string }[] {
  const labels = pick(directoryStrings, locale).fields;
  return SEARCH_CRITERIA.flatMap((criterion) => {
    const value = filters[criterion];
    if (value === undefined || value === "") return [];
    return [{ criterion, label: labels[criterion], value: formatFieldValue(criterion, value, locale) }];
  });
}

export function criterionLabels(criteria: readonly SearchCriterion[], locale: NetworkLocale): string[] {
  const labels = pick(directoryStrings, locale).fields;
  return criteria.map((criterion) => labels[criterion]);
}
