import "server-only";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { actions, actionTrainers, formations, organisations, sessions } from "@/db/schema";
import type { ImportState } from "./import-state";
import { notInJsonList } from "@/db/bulk-insert";

const withdrawnValues = { status: "withdrawn" as const, withdrawnAt: sql`now()`, updatedAt: sql`now()` };

/**
 * Full feed: what the source published before and no longer lists is withdrawn (kept, with its
 * id and history, so a later feed can bring it back). Organisations are withdrawn only when no
 * active offer, from any feed, still shows them.
 */
export async function withdrawMissingFromSource(tx: DbOrTx, source: string, state: ImportState): Promise<void> {
  const { seen, counts } = state;
  const gone = await tx
    .update(formations)
    .set(withdrawnValues)
    .where(and(eq(formations.source, source), eq(formations.status, "active"), notInJsonList(formations.lheoId, seen.formation)))
    .returning({ id: formations.id, lheoId: formations.lheoId });
  counts.formation.withdrawn += gone.length;
  for (const f of gone) state.markFormation(f.id, f.lheoId, "withdrawn");

  const goneActions = await tx
    .update(actions)
    .set(withdrawnValues)
    .where(and(eq(actions.source, source), eq(actions.status, "active"), notInJsonList(actions.lheoId, seen.action)))
    .returning({ id: actions.id });
  counts.action.withdrawn += goneActions.length;

  const goneSessions = await tx
    .update(sessions)
    .set(withdrawnValues)
    .where(and(eq(sessions.source, source), eq(sessions.status, "active"), notInJsonList(sessions.lheoId, seen.session)))
    .returning({ id: sessions.id });
  counts.session.withdrawn += goneSessions.length;

  const goneOrganisations = await tx
    .update(organisations)
    .set(withdrawnValues)
    .where(
      and(
        eq(organisations.source, source),
        eq(organisations.status, "active"),
        notInJsonList(organisations.lheoKey, seen.organisation),
        sql`not exists (select 1 from ${formations} where ${formations.organisationId} = ${organisations.id} and ${formations.status} = 'active')`,
        sql`not exists (select 1 from ${actionTrainers} join ${actions} on ${actions.id} = ${actionTrainers.actionId}
              where ${actionTrainers.organisationId} = ${organisations.id} and ${actions.status} = 'active')`,
      ),
    )
    .returning({ id: organisations.id });
  counts.organisation.withdrawn += goneOrganisations.length;
}

/** Formations showing an organisation whose record changed must be reindexed too. */
export async function markFormationsOfUpdatedOrganisations(tx: DbOrTx, state: ImportState): Promise<void> {
  const ids = state.updatedOrganisationIds;
  for (let i = 0; i < ids.length; i += 1000) {
    const slice = ids.slice(i, i + 1000);
    const rows = await tx
      .selectDistinct({ id: formations.id, lheoId: formations.lheoId })
      .from(formations)
      .leftJoin(actions, eq(actions.formationId, formations.id))
      .leftJoin(actionTrainers, eq(actionTrainers.actionId, actions.id))
      .where(and(eq(formations.status, "active"), or(inArray(formations.organisationId, slice), inArray(actionTrainers.organisationId, slice))));
    for (const r of rows) state.markFormation(r.id, r.lheoId, "updated");
  }
}
