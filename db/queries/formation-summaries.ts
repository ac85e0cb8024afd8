import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { queryRows } from "@/db/sql";

export type FormationSummary = {
  id: number;
  title: string;
  /** The organisation responsible for the formation. */
  organisationId: number | null;
  organisationName: string | null;
  /** Next active session starting today or later, with the city of its first place. */
  nextSession: { startDate: string; city: string | null } | null;
};

export type FormationSummaryPage = { total: number; formations: FormationSummary[] };

/**
 * Active formations among `formationIds` (a subquery yielding ids), those with an upcoming session
 * first by date, then the others by title. Shared by the trade and organisation pages so both
 * apply the same rule for "next session" (active session of an active action, today included).
 */
export async function listFormationSummaries(
  db: DbOrTx,
  params: { formationIds: SQL; today: string; limit: number },
): Promise<FormationSummaryPage> {
  const rows = await queryRows<{
    id: number;
    title: string;
    organisation_id: number | null;
    organisation_name: string | null;
    start_date: string | null;
    city: string | null;
    total: number | string;
  }>(
    db,
    sql`
      with scoped as (
        select f.id, f.title, f.organisation_id
          from formations f
         where f.status = 'active' and f.id in (${params.formationIds})
      ),
      next_session as (
        select distinct on (a.formation_id) a.formation_id, a.id as action_id, s.start_date
          from sessions s
          join actions a on a.id = s.action_id and a.status = 'active'
         where a.formation_id in (select id from scoped)
           and s.status = 'active' and s.start_date >= ${params.today}::date
         order by a.formation_id, s.start_date, s.id
      )
      select sc.id,
             sc.title,
             sc.organisation_id,
             o.name as organisation_name,
             ns.start_date::text as start_date,
             (select p.city from action_places ap join places p on p.id = ap.place_id
               where ap.action_id = ns.action_id order by ap.position limit 1) as city,
             count(*) over () as total
        from scoped sc
        left join next_session ns on ns.formation_id = sc.id
        left join organisations o on o.id = sc.organisation_id
       order by ns.start_date nulls last, sc.title, sc.id
       limit ${params.limit}
    `,
  );
  return {
    // count(*) over () is a bigint: postgres-js hands it over as a string.
    total: Number(rows[0]?.total ?? 0),
    formations: rows.map((row) => ({
      id: Number(row.id),
      title: row.title,
      organisationId: row.organisation_id === null ? null : Number(row.organisation_id),
      organisationName: row.organisation_name,
      nextSession: row.start_date ? { startDate: row.start_date, city: row.city } : null,
    })),
  };
}
