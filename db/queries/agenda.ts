import "server-only";
import { and, asc, eq, gte, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type Event, events } from "@/db/schema";

/**
 * Published events by id, for the calendar view and the iCal feed (the ids come from the search
 * engine, which may lag a moment behind an unpublication: the status is checked again here).
 * With `runningAt`, only events still running or to come at that instant. Soonest first.
 */
export async function listPublishedEventsByIds(
  db: DbOrTx,
  params: { ids: number[]; runningAt?: Date },
): Promise<Event[]> {
  if (params.ids.length === 0) return [];
  const { runningAt } = params;
  return db
    .select()
    .from(events)
    .where(
      and(
        inArray(events.id, params.ids),
        eq(events.status, "published"),
        runningAt ? or(gte(events.startsAt, runningAt), gte(events.endsAt, runningAt)) : undefined,
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.id));
}
