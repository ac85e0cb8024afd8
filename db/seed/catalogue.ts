import { readdirSync } from "node:fs";
import path from "node:path";
import { generateLheoStream, runImport } from "@/lib/import/lheo";
import type { Db } from "../client";
import { seedDataDir } from "./csv";

export type CatalogueSeedCounts = { generated: number; samples: number; rejected: string[] };

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The demo catalogue goes through the same import pipeline as the daily feed: a generated LHEO
 * file (sessions dated from `today`, so the demo never looks stale) and the real LHEO samples.
 */
export async function seedCatalogue(db: Db, options: { formations: number; today: Date }): Promise<CatalogueSeedCounts> {
  const counts: CatalogueSeedCounts = { generated: 0, samples: 0, rejected: [] };
  if (options.formations > 0) {
    const { run, report } = await runImport(db, {
      input: generateLheoStream({ formations: options.formations, seed: 1, today: isoDay(options.today), idPrefix: "DEMO_" }),
      fileName: "demo-catalogue.xml",
      source: "demo",
      mode: "full",
      triggeredBy: "seed",
    });
    if (!report) throw new Error(`Le catalogue de démonstration a été refusé : ${run.rejectionReason ?? run.status}`);
    counts.generated = report.counts.formation.created + report.counts.formation.updated + report.counts.formation.unchanged;
  }
  const samplesDir = path.join(seedDataDir, "lheo");
  for (const file of readdirSync(samplesDir).filter((f) => f.endsWith(".xml")).sort()) {
    const { run, report } = await runImport(db, {
      filePath: path.join(samplesDir, file),
      source: "samples",
      mode: "partial",
      triggeredBy: "seed",
    });
    if (report) counts.samples += report.counts.formation.created + report.counts.formation.updated;
    else counts.rejected.push(`${file}: ${run.rejectionReason ?? run.status}`);
  }
  return counts;
}
