import "server-only";
import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { domainCodes, formations, trades } from "@/db/schema";

/**
 * Formations as stored, whole, for the API's two LHEO forms (JSON and XML): the active formation
 * with its active actions, their active sessions, places, trainers and financers, its responsible
 * organisation, certifications, domains and ROME codes. Unlike the page query, nothing is
 * reshaped here: the serializers decide what each form shows.
 */
function queryRecords(db: DbOrTx, ids: number[]) {
  return db.query.formations.findMany({
    where: (f, { and, eq, inArray }) => and(inArray(f.id, ids), eq(f.status, "active")),
    orderBy: (f, { asc }) => [asc(f.id)],
    with: {
      organisation: true,
      certifications: { with: { certification: true } },
      domains: true,
      trades: true,
      actions: {
        where: (a, { eq }) => eq(a.status, "active"),
        orderBy: (a, { asc }) => [asc(a.id)],
        with: {
          sessions: {
            where: (s, { eq }) => eq(s.status, "active"),
            orderBy: (s, { asc }) => [sql`${s.startDate} asc nulls last`, asc(s.id)],
          },
          places: { orderBy: (p, { asc }) => [asc(p.position)], with: { place: true } },
          trainers: { orderBy: (t, { asc }) => [asc(t.position)], with: { organisation: true } },
          financers: true,
        },
      },
    },
  });
}

export type FormationRecord = Awaited<ReturnType<typeof queryRecords>>[number];
export type ActionRecord = FormationRecord["actions"][number];
export type SessionRecord = ActionRecord["sessions"][number];
export type OrganisationRecord = NonNullable<FormationRecord["organisation"]>;

/** Serial ids are int4: anything else cannot exist. */
export function parseFormationId(value: string): number | null {
  if (!/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= 2_147_483_647 ? id : null;
}

export async function loadFormationRecords(db: DbOrTx, ids: number[]): Promise<FormationRecord[]> {
  if (ids.length === 0) return [];
  return queryRecords(db, ids);
}

export async function loadFormationRecord(db: DbOrTx, id: number): Promise<FormationRecord | null> {
  const [record] = await loadFormationRecords(db, [id]);
  return record ?? null;
}

/** Ids of active formations after `afterId`, in id order: the export walks the catalogue with it. */
export async function nextActiveFormationIds(db: DbOrTx, afterId: number, limit: number): Promise<number[]> {
  const rows = await db
    .select({ id: formations.id })
    .from(formations)
    .where(and(eq(formations.status, "active"), gt(formations.id, afterId)))
    .orderBy(asc(formations.id))
    .limit(limit);
  return rows.map((row) => row.id);
}

export type ReferentialLabels = { domains: Map<string, string>; trades: Map<string, string> };

/** Labels of the Formacode/NSF and ROME codes the records carry, for the JSON form. */
export async function loadReferentialLabels(db: DbOrTx, records: FormationRecord[]): Promise<ReferentialLabels> {
  const domainCodesWanted = [...new Set(records.flatMap((r) => r.domains.map((d) => d.code)))];
  const tradeCodesWanted = [...new Set(records.flatMap((r) => r.trades.map((t) => t.tradeCode)))];
  const [domainRows, tradeRows] = await Promise.all([
    domainCodesWanted.length === 0
      ? []
      : db
          .select({ system: domainCodes.system, code: domainCodes.code, label: domainCodes.label })
          .from(domainCodes)
          .where(inArray(domainCodes.code, domainCodesWanted)),
    tradeCodesWanted.length === 0
      ? []
      : db.select({ code: trades.code, label: trades.label }).from(trades).where(inArray(trades.code, tradeCodesWanted)),
  ]);
  return {
    domains: new Map(domainRows.map((row) => [`${row.system}:${row.code}`, row.label])),
    trades: new Map(tradeRows.map((row) => [row.code, row.label])),
  };
}
