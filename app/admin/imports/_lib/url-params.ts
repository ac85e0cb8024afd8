import { firstParam, isoDay, oneOf, parseTableState, type SearchParamsRecord } from "@/components/data-table/table-params";
import type { ImportAnomaly, ImportRun } from "@/db/schema";
import { IMPORT_RUN_SORTS } from "@/db/queries/imports";

/**
 * The URL vocabulary of the import pages (French names, as users see them in the address bar),
 * read by the pages and by the CSV export so a filtered view exports what it shows.
 */

export const RUN_PARAM = { status: "statut", source: "source", from: "du", to: "au" } as const;
export const ANOMALY_PARAM = { severity: "gravite", code: "type" } as const;

const STATUSES = ["succeeded", "rejected", "failed"] as const satisfies readonly ImportRun["status"][];
const SEVERITIES = ["error", "warning", "info"] as const satisfies readonly ImportAnomaly["severity"][];

/** A positive integer id from the URL, else null (the page answers 404). */
export function parseRunId(raw: string): number | null {
  if (!/^\d{1,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id > 0 ? id : null;
}

export function parseRunFilters(params: SearchParamsRecord) {
  return {
    status: oneOf(params, RUN_PARAM.status, STATUSES),
    source: firstParam(params, RUN_PARAM.source)?.slice(0, 100),
    from: isoDay(params, RUN_PARAM.from),
    to: isoDay(params, RUN_PARAM.to),
  };
}

export function parseRunTable(params: SearchParamsRecord) {
  return parseTableState(params, { sorts: IMPORT_RUN_SORTS, defaultSort: "startedAt", defaultOrder: "desc" });
}

export function parseAnomalyFilters(params: SearchParamsRecord): { severity?: ImportAnomaly["severity"]; code?: string } {
  const code = firstParam(params, ANOMALY_PARAM.code);
  return {
    severity: oneOf(params, ANOMALY_PARAM.severity, SEVERITIES),
    // Codes are kebab-case machine names; anything else cannot match and is ignored.
    code: code && /^[a-z0-9-]{1,60}$/.test(code) ? code : undefined,
  };
}
