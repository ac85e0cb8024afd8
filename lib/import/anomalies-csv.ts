import { Readable } from "node:stream";
import { pipeline } from "node:stream";
import { stringify } from "csv-stringify";
import type { ImportAnomaly } from "@/db/schema";
import { anomalyCodeLabel, LEVEL_LABELS, SEVERITY_LABELS } from "./labels";

export const ANOMALIES_CSV_HEADER = ["Gravité", "Type", "Code", "Niveau", "Identifiant", "Chemin LHEO", "Message"];

type CsvRow = [string, string, string, string, string, string, string];

function toRow(a: Pick<ImportAnomaly, "severity" | "code" | "level" | "recordId" | "path" | "message">): CsvRow {
  return [SEVERITY_LABELS[a.severity], anomalyCodeLabel(a.code), a.code, LEVEL_LABELS[a.level], a.recordId, a.path, a.message];
}

async function* rowsOf(anomalies: AsyncIterable<ImportAnomaly>): AsyncGenerator<CsvRow> {
  for await (const a of anomalies) yield toRow(a);
}

/**
 * The anomalies of a run as a CSV stream, shaped for French Excel: UTF-8 with a BOM (or accents
 * come out garbled), ";" between fields, CRLF line ends. Cells starting like a formula are
 * defused, since record ids and messages quote the feed, which anybody could have written.
 * Rows are pulled from the database as the client reads, with back-pressure.
 */
export function anomaliesCsvStream(anomalies: AsyncIterable<ImportAnomaly>): ReadableStream<Uint8Array> {
  const stringifier = stringify({
    bom: true,
    delimiter: ";",
    record_delimiter: "windows",
    header: true,
    columns: ANOMALIES_CSV_HEADER,
    escape_formulas: true,
  });
  // pipeline destroys both sides on error or when the client goes away mid-download.
  pipeline(Readable.from(rowsOf(anomalies)), stringifier, () => {});
  return Readable.toWeb(stringifier) as ReadableStream<Uint8Array>;
}

/** "import-12-anomalies.csv", or with the filters in it when the export is filtered. */
export function anomaliesCsvFileName(runId: number, filters: { severity?: string; code?: string } = {}): string {
  const parts = [`import-${runId}-anomalies`, filters.severity, filters.code].filter(Boolean);
  return `${parts.join("-").replace(/[^A-Za-z0-9_-]/g, "_")}.csv`;
}
