import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { organisations, tradeAppellations, tradeDomains, trades } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { plainText, pushUnique } from "./document-text";
import { type BuiltDocuments, REGION_FINANCER } from "./formation-documents";
import type { SearchDocument } from "./types";

export {
  type BuiltDocuments,
  buildFormationDocuments,
  formationDocumentBatches,
} from "./formation-documents";
export { buildEditorialDocuments, EDITORIAL_KINDS, type EditorialKind } from "./editorial-documents";

/** Any ROME code (fiche or sub-trade) to the parent fiche that carries the public page. */
export async function parentTradeCodes(db: DbOrTx, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .selectDistinct({ parent: trades.parentCode })
    .from(trades)
    .where(inArray(trades.code, codes));
  return rows.map((row) => row.parent);
}

/**
 * One document per ROME parent fiche. Its keywords hold every appellation (long and short) of the
 * fiche and of its sub-codes, and the codes themselves, so any of the ~13,000 job titles or a code
 * such as "M1805" finds the trade.
 */
export async function buildTradeDocuments(db: DbOrTx, codes?: string[]): Promise<BuiltDocuments> {
  const parents = codes ? await parentTradeCodes(db, codes) : null;
  const fiches = await db
    .select({
      code: trades.code,
      label: trades.label,
      domainCode: trades.domainCode,
      domainLabel: tradeDomains.label,
      transitionEco: trades.transitionEco,
      transitionNum: trades.transitionNum,
      transitionDemo: trades.transitionDemo,
      regulated: trades.regulated,
      definition: trades.definition,
      accessConditions: trades.accessConditions,
    })
    .from(trades)
    .leftJoin(tradeDomains, eq(tradeDomains.code, trades.domainCode))
    .where(
      parents
        ? and(eq(trades.code, trades.parentCode), inArray(trades.code, parents.length > 0 ? parents : [""]))
        : eq(trades.code, trades.parentCode),
    )
    .orderBy(asc(trades.code));
  // A requested code that is no longer a parent fiche (merged or retired) leaves the index.
  const removedIds = (codes ?? []).filter((code) => !fiches.some((fiche) => fiche.code === code));
  if (fiches.length === 0) return { documents: [], removedIds };

  const ficheCodes = fiches.map((fiche) => fiche.code);
  const subTrades = await db
    .select({ code: trades.code, parent: trades.parentCode, label: trades.label })
    .from(trades)
    .where(inArray(trades.parentCode, ficheCodes))
    .orderBy(asc(trades.code));
  const parentOf = new Map(subTrades.map((row) => [row.code, row.parent]));
  const appellations = await db
    .select({ tradeCode: tradeAppellations.tradeCode, label: tradeAppellations.label, short: tradeAppellations.shortLabel })
    .from(tradeAppellations)
    .where(inArray(tradeAppellations.tradeCode, subTrades.map((row) => row.code)))
    .orderBy(asc(tradeAppellations.rarelyUsed), asc(tradeAppellations.label));

  const keywordsOf = new Map<string, string[]>(ficheCodes.map((code) => [code, [code]]));
  for (const sub of subTrades) {
    const list = keywordsOf.get(sub.parent);
    if (!list) continue;
    pushUnique(list, sub.code);
    pushUnique(list, sub.label);
  }
  for (const appellation of appellations) {
    const list = keywordsOf.get(parentOf.get(appellation.tradeCode) ?? "");
    if (!list) continue;
    pushUnique(list, appellation.label);
    pushUnique(list, appellation.short);
  }

  const documents = fiches.map((fiche): SearchDocument => {
    const transition: string[] = [];
    if (fiche.transitionEco && /vert|strat/i.test(fiche.transitionEco)) transition.push("ecologique");
    if (fiche.transitionNum) transition.push("numerique");
    if (fiche.transitionDemo) transition.push("demographique");
    const facets: Record<string, string[]> = {
      greatDomain: [fiche.domainCode.slice(0, 1)],
      domain: [fiche.domainCode],
    };
    if (transition.length > 0) facets.transition = transition;
    if (fiche.regulated) facets.type = ["reglemente"];
    return {
      kind: "metier",
      id: fiche.code,
      title: fiche.label,
      subtitle: fiche.domainLabel,
      body: plainText([...fiche.definition, ...fiche.accessConditions].join("\n")),
      keywords: (keywordsOf.get(fiche.code) ?? [fiche.code]).filter((k) => k !== fiche.label),
      url: `/metiers/${fiche.code}`,
      facets,
      regionFunded: false,
    };
  });
  return { documents, removedIds };
}

const ORGANISATION_BATCH = 1000;

/**
 * One document per active organisation. Region-funded when one of its active formations has an
 * active Region-funded action, so the ranking tie-break favours the Region's partners.
 */
export async function buildOrganisationDocuments(db: DbOrTx, ids?: number[]): Promise<BuiltDocuments> {
  const built: BuiltDocuments = { documents: [], removedIds: [] };
  const unique = ids ? [...new Set(ids)] : null;
  let lastId = 0;
  for (let offset = 0; ; offset += ORGANISATION_BATCH) {
    const batchIds = unique?.slice(offset, offset + ORGANISATION_BATCH);
    if (batchIds && batchIds.length === 0) break;
    const rows = await db
      .select()
      .from(organisations)
      .where(batchIds ? inArray(organisations.id, batchIds) : gt(organisations.id, lastId))
      .orderBy(asc(organisations.id))
      .limit(ORGANISATION_BATCH);
    if (batchIds) {
      const found = new Set(rows.map((row) => row.id));
      built.removedIds.push(...batchIds.filter((id) => !found.has(id)).map(String));
    } else if (rows.length === 0) break;
    lastId = rows.at(-1)?.id ?? lastId;

    const active = rows.filter((row) => {
      if (row.status === "active") return true;
      built.removedIds.push(String(row.id));
      return false;
    });
    const funded = await regionFundedOrganisations(
      db,
      active.map((row) => row.id),
    );
    for (const org of active) {
      const address = org.address;
      const lat = org.lat ?? address?.lat ?? null;
      const lon = org.lon ?? address?.lon ?? null;
      const facets: Record<string, string[]> = {};
      if (address?.department) facets.department = [address.department];
      if (address?.region) facets.region = [address.region];
      const keywords: string[] = [];
      for (const value of [org.legalName, org.siret, org.uai, org.activityNumber]) pushUnique(keywords, value);
      const city = address?.city ? `${address.city}${address.department ? ` (${address.department})` : ""}` : null;
      built.documents.push({
        kind: "organisme",
        id: String(org.id),
        title: org.name,
        subtitle: city,
        body: plainText(org.description),
        keywords,
        url: `/organismes/${org.id}`,
        facets,
        regionFunded: funded.has(org.id),
        geo: lat !== null && lon !== null ? [{ lat, lon }] : [],
      });
    }
  }
  return built;
}

async function regionFundedOrganisations(db: DbOrTx, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  // Same rule as formations: the action's flag, or the Regional Council among its financers.
  const funded = sql`(a.region_funded or exists (select 1 from action_financers af
    where af.action_id = a.id and af.financer_code = ${REGION_FINANCER}))`;
  const rows = await queryRows<{ id: number }>(
    db,
    sql`select o.id from organisations o
      where o.id in (${idList}) and (
        exists (select 1 from formations f join actions a on a.formation_id = f.id
                where f.organisation_id = o.id and f.status = 'active' and a.status = 'active' and ${funded})
        or exists (select 1 from action_trainers t join actions a on a.id = t.action_id
                   where t.organisation_id = o.id and a.status = 'active' and ${funded}))`,
  );
  return new Set(rows.map((row) => Number(row.id)));
}
