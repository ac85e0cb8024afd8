import { createReadStream } from "node:fs";
import path from "node:path";
import { createGunzip } from "node:zlib";
import { parse } from "csv-parse";

export const seedDataDir = path.join(process.cwd(), "db", "seed", "data");

/** Streams the rows of a (possibly gzip-compressed) CSV file shipped under db/seed/data, as header-keyed records. */
export async function* readCsv(relativePath: string, delimiter = ","): AsyncGenerator<Record<string, string>> {
  const file = path.join(seedDataDir, relativePath);
  const input = createReadStream(file);
  const source = file.endsWith(".gz") ? input.pipe(createGunzip()) : input;
  const parser = source.pipe(parse({ columns: true, delimiter, bom: true, relax_quotes: true, trim: true }));
  for await (const record of parser) yield record as Record<string, string>;
}

export async function readAllCsv(relativePath: string, delimiter = ","): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  for await (const row of readCsv(relativePath, delimiter)) rows.push(row);
  return rows;
}
