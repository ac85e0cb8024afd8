import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { queryRows } from "@/db/sql";
import { isoDateInTimeZone } from "@/lib/dates";

export type UpcomingFormation = {
  id: number;
  title: string;
  /** The first trainer of the action, else the organisation responsible for the formation. */
  organisationName: string | null;
  city: string | null;
  /** "YYYY-MM-DD" */
  startDate: string;
  regionFunded: boolean;
};

/**
 * Active formations ordered by their next active session (today included), one row per formation
 * so a formation with many sessions does not fill the list.
 */
export async function listUpcomingFormations(
  db: DbOrTx,
  params: { limit?: number; today?: string } = {},
): Promise<UpcomingFormation[]> {
  const limit = Math.max(1, Math.min(params.limit ?? 6, 50));
  const today = params.today ?? isoDateInTimeZone();
  const rows = await queryRows<{
    id: number;
    title: string;
    organisation_name: string | null;
    city: string | null;
    start_date: string;
    region_funded: boolean;
  }>(
    db,
    sql`
      with next_session as (
        select distinct on (f.id)
               f.id, f.title, f.organisation_id, a.id as action_id, a.region_funded, s.start_date
          from sessions s
          join actions a on a.id = s.action_id and a.status = 'active'
          join formations f on f.id = a.formation_id and f.status = 'active'
         where s.status = 'active' and s.start_date >= ${today}::date
         order by f.id, s.start_date, s.id
      )
      select ns.id,
             ns.title,
             coalesce(
               (select o.name from action_trainers t join organisations o on o.id = t.organisation_id
                 where t.action_id = ns.action_id order by t.position limit 1),
               responsible.name
             ) as organisation_name,
             (select p.city from action_places ap join places p on p.id = ap.place_id
               where ap.action_id = ns.action_id order by ap.position limit 1) as city,
             ns.start_date::text as start_date,
             ns.region_funded
        from next_session ns
        left join organisations responsible on responsible.id = ns.organisation_id
       order by ns.start_date, ns.title, ns.id
       limit ${limit}
    `,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    title: r.title,
    organisationName: r.organisation_name,
    city: r.city,
    startDate: r.start_date,
    regionFunded: Boolean(r.region_funded),
  }));
}
