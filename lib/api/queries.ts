import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type Event, events, organisations } from "@/db/schema";
import { queryRows } from "@/db/sql";

/** The few reads of the API that no page needs in this shape. */

export type FormationCard = {
  id: number;
  lheoId: string;
  organisation: { id: number; name: string; siret: string | null } | null;
  cities: string[];
};

/** Numero, organisation and towns of the formations of a result page, in one query. */
export async function listFormationCards(db: DbOrTx, params: { ids: number[] }): Promise<Map<number, FormationCard>> {
  if (params.ids.length === 0) return new Map();
  const rows = await queryRows<{
    id: number;
    lheo_id: string;
    org_id: number | null;
    org_name: string | null;
    org_siret: string | null;
    cities: string[] | null;
  }>(
    db,
    sql`select f.id, f.lheo_id, o.id as org_id, o.name as org_name, o.siret as org_siret,
               (select array_agg(distinct p.city order by p.city)
                  from actions a
                  join action_places ap on ap.action_id = a.id
                  join places p on p.id = ap.place_id
                 where a.formation_id = f.id and a.status = 'active' and p.city is not null) as cities
          from formations f
          left join organisations o on o.id = f.organisation_id
         where f.status = 'active' and f.id in (${sql.join(
           params.ids.map((id) => sql`${id}`),
           sql`, `,
         )})`,
  );
  return new Map(
    rows.map((row) => {
      const id = Number(row.id);
      const organisation =
        row.org_id === null ? null : { id: Number(row.org_id), name: row.org_name ?? "", siret: row.org_siret };
      return [id, { id, lheoId: row.lheo_id, organisation, cities: row.cities ?? [] }];
    }),
  );
}

/** The organisation a SIRET identifies (the active one first, should a feed have split it). */
export async function findOrganisationIdBySiret(db: DbOrTx, params: { siret: string }): Promise<number | null> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.siret, params.siret))
    .orderBy(sql`${organisations.status} = 'active' desc`, asc(organisations.id))
    .limit(1);
  return row?.id ?? null;
}

/** Published events by id, for an agenda page of results. */
export async function listPublishedEvents(db: DbOrTx, params: { ids: number[] }): Promise<Map<number, Event>> {
  if (params.ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(events)
    .where(and(inArray(events.id, params.ids), eq(events.status, "published")));
  return new Map(rows.map((row) => [row.id, row]));
}
