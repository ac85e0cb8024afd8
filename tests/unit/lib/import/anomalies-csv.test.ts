import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ImportAnomaly } from "@/db/schema";
import { ANOMALIES_CSV_HEADER, anomaliesCsvFileName, anomaliesCsvStream } from "@/lib/import/anomalies-csv";

function anomaly(overrides: Partial<ImportAnomaly>): ImportAnomaly {
  return {
    id: 1,
    runId: 3,
    recordId: "F0001",
    level: "formation",
    path: "/lheo/offres/formation",
    severity: "warning",
    code: "bad-date",
    message: "Date invalide",
    ...overrides,
  };
}

async function* rows(list: ImportAnomaly[]) {
  yield* list;
}

async function bytesOf(list: ImportAnomaly[]): Promise<Buffer> {
  return Buffer.from(await new Response(anomaliesCsvStream(rows(list))).arrayBuffer());
}

describe("anomalies CSV export", () => {
  it("starts with a UTF-8 BOM and a French header separated by semicolons", async () => {
    const bytes = await bytesOf([]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8")).toBe(`${ANOMALIES_CSV_HEADER.join(";")}\r\n`);
    expect(ANOMALIES_CSV_HEADER[0]).toBe("Gravité");
  });

  it("writes one line per anomaly with French labels and the machine code", async () => {
    const text = (await bytesOf([anomaly({ severity: "error", code: "missing-field", level: "session", recordId: "S9", message: "Intitulé absent" })])).toString("utf8");
    expect(text.split("\r\n")[1]).toBe("Erreur;Champ obligatoire manquant;missing-field;Session;S9;/lheo/offres/formation;Intitulé absent");
  });

  it("quotes semicolons, quotes and line breaks so every cell reads back intact", async () => {
    const message = 'Valeur « 12;5 » refusée : "douze" \nattendu';
    const bytes = await bytesOf([anomaly({ message })]);
    const text = bytes.toString("utf8");
    expect(text).toContain('"Valeur « 12;5 » refusée : ""douze"" \nattendu"');
    const records = parse(text, { bom: true, delimiter: ";" }) as string[][];
    expect(records).toHaveLength(2);
    expect(records[1]?.[6]).toBe(message);
  });

  it("defuses cells that a spreadsheet would run as a formula", async () => {
    const text = (await bytesOf([anomaly({ recordId: "=HYPERLINK(\"http://x\")", message: "@SUM(A1)" })])).toString("utf8");
    const records = parse(text, { bom: true, delimiter: ";" }) as string[][];
    expect(records[1]?.[4]).toBe("'=HYPERLINK(\"http://x\")");
    expect(records[1]?.[6]).toBe("'@SUM(A1)");
  });

  it("streams a large export without losing rows", async () => {
    const list = Array.from({ length: 5000 }, (_, i) => anomaly({ id: i + 1, recordId: `F${i}` }));
    const records = parse((await bytesOf(list)).toString("utf8"), { bom: true, delimiter: ";" }) as string[][];
    expect(records).toHaveLength(5001);
    expect(records[5000]?.[4]).toBe("F4999");
  });

  it("names the file after the run and the filters", () => {
    expect(anomaliesCsvFileName(12)).toBe("import-12-anomalies.csv");
    expect(anomaliesCsvFileName(12, { severity: "error", code: "bad-date" })).toBe("import-12-anomalies-error-bad-date.csv");
    expect(anomaliesCsvFileName(12, { code: "../x\"y" })).toBe("import-12-anomalies-___x_y.csv");
  });
});
