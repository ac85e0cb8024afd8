import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { queryRows } from "@/db/sql";

export type TradeGreatDomainSummary = {
  code: string;
  label: string;
  /** ROME fiches in the domain (sub-trades are counted with their parent fiche). */
  tradeCount: number;
};

/** The ROME great domains (A to N) with their number of fiches, in code order. */
export async function listTradeGreatDomains(db: DbOrTx): Promise<TradeGreatDomainSummary[]> {
  const rows = await queryRows<{ code: string; label: string; trade_count: number | string }>(
    db,
    sql`
      select g.code, g.label, count(distinct t.parent_code) as trade_count
        from trade_great_domains g
        left join trade_domains d on d.great_domain_code = g.code
        left join trades t on t.domain_code = d.code
       group by g.code, g.label
       order by g.code
    `,
  );
  return rows.map((r) => ({ code: r.code, label: r.label, tradeCount: Number(r.trade_count) }));
}

export type TradeDomainLabel = { code: string; label: string; greatDomainCode: string };

/** The 110 ROME professional domains ("H29"), to label the domain facet. */
export async function listTradeDomains(db: DbOrTx): Promise<TradeDomainLabel[]> {
  const rows = await queryRows<{ code: string; label: string; great_domain_code: string }>(
    db,
    sql`select code, label, great_domain_code from trade_domains order by code`,
  );
  return rows.map((r) => ({ code: r.code, label: r.label, greatDomainCode: r.great_domain_code }));
}

/**
 * Job titles of the given fiches (sub-codes included), keyed by fiche code: the list page looks
 * among them for the one a search matched, which the engine's highlight cannot tell.
 */
export async function listFicheAppellations(db: DbOrTx, params: { ficheCodes: string[] }): Promise<Map<string, string[]>> {
  const byFiche = new Map<string, string[]>();
  if (params.ficheCodes.length === 0) return byFiche;
  const codes = sql.join(
    params.ficheCodes.map((code) => sql`${code}`),
    sql`, `,
  );
  const rows = await queryRows<{ fiche: string; label: string }>(
    db,
    sql`select t.parent_code as fiche, a.label
          from trade_appellations a join trades t on t.code = a.trade_code
         where t.parent_code in (${codes})
         order by a.rarely_used, a.label`,
  );
  for (const row of rows) {
    const list = byFiche.get(row.fiche) ?? [];
    list.push(row.label);
    byFiche.set(row.fiche, list);
  }
  return byFiche;
}
