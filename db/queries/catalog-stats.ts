import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { queryRows } from "@/db/sql";
import { isoDateInTimeZone } from "@/lib/dates";

export type CatalogStats = {
  activeFormations: number;
  /** Active formations with at least one active session starting today or later. */
  upcomingFormations: number;
  /** ROME fiches: sub-trades share their parent's fiche, so parents are counted. */
  trades: number;
  appellations: number;
  organisations: number;
};

type StatsRow = { [K in keyof CatalogStats]: number | string | null };

/** Headline figures of the home page, in one round trip. Withdrawn offers are never counted. */
export async function getCatalogStats(db: DbOrTx, params: { today?: string } = {}): Promise<CatalogStats> {
  const today = params.today ?? isoDateInTimeZone();
  const [row] = await queryRows<StatsRow>(
    db,
    sql`
      select
        (select count(*) from formations where status = 'active') as "activeFormations",
        (select count(distinct a.formation_id)
           from sessions s
           join actions a on a.id = s.action_id and a.status = 'active'
           join formations f on f.id = a.formation_id and f.status = 'active'
          where s.status = 'active' and s.start_date >= ${today}::date) as "upcomingFormations",
        (select count(distinct parent_code) from trades) as "trades",
        (select count(*) from trade_appellations) as "appellations",
        (select count(*) from organisations where status = 'active') as "organisations"
    `,
  );
  // count(*) is a bigint: postgres-js hands it over as a string.
  return {
    activeFormations: Number(row?.activeFormations ?? 0),
    upcomingFormations: Number(row?.upcomingFormations ?? 0),
    trades: Number(row?.trades ?? 0),
    appellations: Number(row?.appellations ?? 0),
    organisations: Number(row?.organisations ?? 0),
  };
}
