import "server-only";
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { tradeAppellations, tradeDomains, tradeGreatDomains, tradeMobilities, trades, tradeSkills } from "@/db/schema";
import { isoDateInTimeZone } from "@/lib/dates";
import { type FormationSummary, listFormationSummaries } from "./formation-summaries";

/** ROME 4 codes: a great-domain letter and four digits ("M1805"). */
const ROME_CODE = /^[A-Z]\d{4}$/;

/** Upper-cases and checks a code from a URL; null when it cannot be a ROME code. */
export function parseRomeCode(value: string): string | null {
  const code = value.trim().toUpperCase();
  return ROME_CODE.test(code) ? code : null;
}

export type TradeRef = { code: string; label: string };

export type SkillGroup = { category: string | null; items: string[] };

export type TradeDetail = {
  /** The parent fiche: its code and label head the page. */
  code: string;
  label: string;
  /** Set when the requested code is a sub-trade of the fiche: the page names it. */
  subTrade: (TradeRef & { definition: string[] }) | null;
  greatDomain: TradeRef;
  domain: TradeRef;
  definition: string[];
  accessConditions: string[];
  workConditions: string[];
  transitions: { ecological: boolean; digital: boolean; demographic: boolean };
  regulated: boolean;
  executive: boolean;
  /** Euros; null when France Travail does not publish it. */
  medianNetMonthlySalary: number | null;
  /** Every ROME code of the fiche, the fiche's own first. */
  codes: TradeRef[];
  /** Job titles of every code of the fiche, in French alphabetical order. */
  appellations: { label: string; tradeCode: string }[];
  skills: { knowHow: SkillGroup[]; softSkills: string[]; knowledge: SkillGroup[] };
  workContexts: SkillGroup[];
  /** ROME mobility targets outside this fiche, in ROME order. */
  relatedTrades: TradeRef[];
  formations: FormationSummary[];
  formationTotal: number;
};

const collator = new Intl.Collator("fr", { sensitivity: "base" });

/**
 * The public fiche for a ROME code, or null when the code is unknown. A sub-trade resolves to
 * its parent fiche (the page ROME publishes) and is named in `subTrade`.
 */
export async function getTradeDetail(
  db: DbOrTx,
  params: { code: string; today?: string; formationLimit?: number },
): Promise<TradeDetail | null> {
  const code = parseRomeCode(params.code);
  if (!code) return null;
  const [requested] = await db
    .select({ code: trades.code, label: trades.label, parentCode: trades.parentCode, definition: trades.definition })
    .from(trades)
    .where(eq(trades.code, code));
  if (!requested) return null;

  const [fiche] = await db
    .select({
      trade: trades,
      domainLabel: tradeDomains.label,
      greatDomainCode: tradeGreatDomains.code,
      greatDomainLabel: tradeGreatDomains.label,
    })
    .from(trades)
    .innerJoin(tradeDomains, eq(tradeDomains.code, trades.domainCode))
    .innerJoin(tradeGreatDomains, eq(tradeGreatDomains.code, tradeDomains.greatDomainCode))
    .where(eq(trades.code, requested.parentCode));
  if (!fiche) return null;
  const { trade } = fiche;

  const codes = await db
    .select({ code: trades.code, label: trades.label })
    .from(trades)
    .where(eq(trades.parentCode, trade.code))
    .orderBy(sql`${trades.code} = ${trade.code} desc`, asc(trades.code));
  const codeList = codes.map((row) => row.code);

  const [appellations, skillRows, mobilityRows, formationPage] = await Promise.all([
    db
      .select({ label: tradeAppellations.label, tradeCode: tradeAppellations.tradeCode })
      .from(tradeAppellations)
      .where(inArray(tradeAppellations.tradeCode, codeList)),
    // Skills and contexts are the fiche's own: sub-trades repeat most of them with small variations.
    db
      .select({ kind: tradeSkills.kind, label: tradeSkills.label, category: tradeSkills.category })
      .from(tradeSkills)
      .where(eq(tradeSkills.tradeCode, trade.code)),
    db
      .select({ code: trades.code, label: trades.label, rank: tradeMobilities.rank })
      .from(tradeMobilities)
      .innerJoin(trades, eq(trades.code, tradeMobilities.targetCode))
      .where(and(eq(tradeMobilities.tradeCode, trade.code), ne(trades.parentCode, trade.code)))
      .orderBy(asc(tradeMobilities.rank), asc(trades.code)),
    listFormationSummaries(db, {
      formationIds: sql`select ft.formation_id from formation_trades ft where ft.trade_code in (${sql.join(
        codeList.map((c) => sql`${c}`),
        sql`, `,
      )})`,
      today: params.today ?? isoDateInTimeZone(),
      limit: params.formationLimit ?? 8,
    }),
  ]);

  appellations.sort((a, b) => collator.compare(a.label, b.label));
  const byKind = (kind: (typeof skillRows)[number]["kind"]) => skillRows.filter((row) => row.kind === kind);

  return {
    code: trade.code,
    label: trade.label,
    subTrade:
      requested.code === trade.code
        ? null
        : { code: requested.code, label: requested.label, definition: requested.definition },
    greatDomain: { code: fiche.greatDomainCode, label: fiche.greatDomainLabel },
    domain: { code: trade.domainCode, label: fiche.domainLabel },
    definition: trade.definition,
    accessConditions: trade.accessConditions,
    workConditions: trade.workConditions,
    transitions: {
      // ROME labels eco jobs "Emploi vert" or "Emploi stratégique pour la Transition écologique";
      // "Emploi blanc/brun" carry no transition. Same rule as the search documents.
      ecological: Boolean(trade.transitionEco && /vert|strat/i.test(trade.transitionEco)),
      digital: trade.transitionNum,
      demographic: trade.transitionDemo,
    },
    regulated: trade.regulated,
    executive: trade.executive,
    medianNetMonthlySalary: trade.medianNetMonthlySalary,
    codes,
    appellations: dedupeBy(appellations, (row) => row.label),
    skills: {
      knowHow: groupByCategory(byKind("savoir-faire")),
      softSkills: sortLabels(byKind("savoir-etre").map((row) => row.label)),
      knowledge: groupByCategory(byKind("savoir")),
    },
    workContexts: groupByCategory(byKind("contexte")),
    relatedTrades: dedupeBy(mobilityRows, (row) => row.code).map(({ code: target, label }) => ({ code: target, label })),
    formations: formationPage.formations,
    formationTotal: formationPage.total,
  };
}

function sortLabels(labels: string[]): string[] {
  return [...new Set(labels)].sort(collator.compare);
}

/** Named categories alphabetically, the uncategorised group last. */
function groupByCategory(rows: { label: string; category: string | null }[]): SkillGroup[] {
  const groups = new Map<string | null, string[]>();
  for (const row of rows) {
    const list = groups.get(row.category) ?? [];
    list.push(row.label);
    groups.set(row.category, list);
  }
  return [...groups.entries()]
    .map(([category, items]) => ({ category, items: sortLabels(items) }))
    .sort((a, b) => (a.category === null ? 1 : b.category === null ? -1 : collator.compare(a.category, b.category)));
}

function dedupeBy<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const k = key(row);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
