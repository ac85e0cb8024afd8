import "server-only";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { and, asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type ImportCounts, importAnomalies, type ImportRun, importRuns } from "@/db/schema";
import type { Anomaly } from "./anomalies";

export async function hashFile(filePath: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * The last successful run of a source, when it imported a byte-identical file in the same mode.
 * Failed and refused runs change nothing, so only successful runs count; any later successful
 * run of the source (even a partial one) means the catalogue may differ, and the file is read.
 */
export async function findIdenticalRun(db: DbOrTx, source: string, mode: ImportRun["mode"], fileHash: string) {
  const [last] = await db
    .select()
    .from(importRuns)
    .where(and(eq(importRuns.source, source), eq(importRuns.status, "succeeded")))
    .orderBy(desc(importRuns.startedAt), desc(importRuns.id))
    .limit(1);
  return last && last.fileHash === fileHash && last.mode === mode ? last : null;
}

/** What the identical file would produce: every record read again, none written. */
export function unchangedCounts(previous: ImportCounts): ImportCounts {
  const level = (c: ImportCounts[keyof ImportCounts]) => ({
    read: c.read,
    created: 0,
    updated: 0,
    unchanged: Math.max(0, c.read - c.rejected),
    withdrawn: 0,
    rejected: c.rejected,
  });
  return {
    formation: level(previous.formation),
    action: level(previous.action),
    session: level(previous.session),
    organisation: level(previous.organisation),
  };
}

/** The anomalies of the previous run (the file still holds them), after a note saying why nothing was read. */
export async function anomaliesOfIdenticalRun(db: DbOrTx, previous: ImportRun, fileName: string): Promise<Anomaly[]> {
  const rows = await db
    .select()
    .from(importAnomalies)
    .where(eq(importAnomalies.runId, previous.id))
    .orderBy(asc(importAnomalies.id));
  const note: Anomaly = {
    recordId: fileName,
    level: "formation",
    path: "/lheo",
    severity: "info",
    code: "identical-file",
    message: `Fichier identique à celui de l'import n° ${previous.id} (réussi) : aucun enregistrement modifié ; ses anomalies sont reprises ci-dessous.`,
  };
  return [
    note,
    ...rows.map(({ recordId, level, path, severity, code, message }) => ({ recordId, level, path, severity, code: code as Anomaly["code"], message })),
  ];
}
