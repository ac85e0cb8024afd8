import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { actions, actionTrainers, formations } from "@/db/schema";
import { reindexChanged, type ReindexCounts } from "@/lib/search/reindex";
import type { SearchEngine } from "@/lib/search/types";
import type { ImportReport } from "./importer";

/**
 * Updates the search index for exactly what an import changed: its formations, and the
 * organisations behind them (their documents count and list the offer).
 */
export async function reindexAfterImport(db: DbOrTx, engine: SearchEngine, report: ImportReport): Promise<ReindexCounts | null> {
  const formationIds = [...new Set(report.changedFormations.map((c) => c.id))];
  if (!formationIds.length) return null;
  const responsible = await db
    .selectDistinct({ id: formations.organisationId })
    .from(formations)
    .where(inArray(formations.id, formationIds));
  const trainers = await db
    .selectDistinct({ id: actionTrainers.organisationId })
    .from(actionTrainers)
    .innerJoin(actions, sql`${actions.id} = ${actionTrainers.actionId}`)
    .where(inArray(actions.formationId, formationIds));
  const organisationIds = [...new Set([...responsible, ...trainers].map((r) => r.id).filter((id): id is number => id !== null))];
  return reindexChanged(db, engine, { formationIds, organisationIds });
}
