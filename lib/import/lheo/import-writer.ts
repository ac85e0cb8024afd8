import "server-only";
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  actionFinancers,
  actionPlaces,
  actions,
  actionTrainers,
  certifications,
  formationCertifications,
  formationDomains,
  formations,
  formationTrades,
  organisations,
  places,
  sessions,
} from "@/db/schema";
import { countDecision, type Decision, decide, type ImportState, type StoredRecord } from "./import-state";
import type { MappedAction, MappedFormation, MappedOrganisation, PlaceRow } from "./mapped";
import { bulkInsert } from "@/db/bulk-insert";

export type BatchContext = { tx: DbOrTx; source: string; state: ImportState };

type ParentRef = { id: number; formationId: number; formationLheoId: string };

const withdrawnValues = { status: "withdrawn" as const, withdrawnAt: sql`now()`, updatedAt: sql`now()` };

function tracking(source: string, hash: string) {
  return { source, status: "active" as const, contentHash: hash, withdrawnAt: null };
}

function byKey<T extends { key: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.key, r]));
}

async function writeOrganisations({ tx, source, state }: BatchContext, all: MappedOrganisation[]): Promise<void> {
  const fresh = new Map<string, MappedOrganisation>();
  for (const o of all) {
    // First occurrence in the file wins: the same establishment described twice stays stable.
    if (!state.organisationIds.has(o.key) && !fresh.has(o.key)) fresh.set(o.key, o);
  }
  if (!fresh.size) return;
  state.counts.organisation.read += fresh.size;
  const stored = byKey(
    await tx
      .select({ id: organisations.id, key: organisations.lheoKey, hash: organisations.contentHash, status: organisations.status, source: organisations.source })
      .from(organisations)
      .where(inArray(organisations.lheoKey, [...fresh.keys()])),
  );
  const toWrite: MappedOrganisation[] = [];
  for (const o of fresh.values()) {
    const existing = stored.get(o.key);
    // An organisation is shared by feeds: its source alone changing is not worth a write.
    const decision = decide(existing, o.hash, null);
    countDecision(state.counts.organisation, decision);
    if (decision === "unchanged" && existing) state.organisationIds.set(o.key, existing.id);
    else toWrite.push(o);
    if (existing && decision !== "unchanged") state.updatedOrganisationIds.push(existing.id);
  }
  const returned = await bulkInsert(
    tx,
    organisations,
    toWrite.map((o) => ({ ...o.row, ...tracking(source, o.hash) })),
    { conflict: ["lheoKey"], onConflict: "update", returning: ["id", "lheoKey"] },
  );
  for (const r of returned) state.organisationIds.set(r.lheoKey as string, Number(r.id));
}

/** Places are shared, keyed by their content: insert the new ones, reuse the rest. */
async function resolvePlaces({ tx, state }: BatchContext, all: PlaceRow[]): Promise<void> {
  const missing = new Map<string, PlaceRow>();
  for (const p of all) if (!state.placeIds.has(p.key)) missing.set(p.key, p);
  if (!missing.size) return;
  const found = await tx.select({ id: places.id, key: places.key }).from(places).where(inArray(places.key, [...missing.keys()]));
  for (const r of found) {
    state.placeIds.set(r.key, r.id);
    missing.delete(r.key);
  }
  const returned = await bulkInsert(tx, places, [...missing.values()], { conflict: ["key"], onConflict: "nothing", returning: ["id", "key"] });
  for (const r of returned) state.placeIds.set(r.key as string, Number(r.id));
  // A concurrent import (PostgreSQL) may have inserted some of them meanwhile.
  const raced = [...missing.keys()].filter((k) => !state.placeIds.has(k));
  if (raced.length) {
    for (const r of await tx.select({ id: places.id, key: places.key }).from(places).where(inArray(places.key, raced))) state.placeIds.set(r.key, r.id);
  }
}

async function resolveCertifications({ tx, state }: BatchContext, all: MappedFormation["certifications"]): Promise<void> {
  const missing = new Map<string, MappedFormation["certifications"][number]>();
  for (const c of all) if (!state.certificationIds.has(`${c.kind}:${c.code}`)) missing.set(`${c.kind}:${c.code}`, c);
  if (!missing.size) return;
  const codes = [...new Set([...missing.values()].map((c) => c.code))];
  const lookup = async () => {
    const found = await tx
      .select({ id: certifications.id, kind: certifications.kind, code: certifications.code })
      .from(certifications)
      .where(inArray(certifications.code, codes));
    for (const r of found) state.certificationIds.set(`${r.kind}:${r.code}`, r.id);
  };
  await lookup();
  const toInsert = [...missing.entries()].filter(([key]) => !state.certificationIds.has(key)).map(([, c]) => c);
  if (!toInsert.length) return;
  const returned = await bulkInsert(tx, certifications, toInsert, { conflict: ["kind", "code"], onConflict: "nothing", returning: ["id", "kind", "code"] });
  for (const r of returned) state.certificationIds.set(`${r.kind as string}:${r.code as string}`, Number(r.id));
  // A concurrent import (PostgreSQL) may have inserted some of them meanwhile.
  if (returned.length < toInsert.length) await lookup();
}

async function writeFormations(ctx: BatchContext, batch: MappedFormation[]): Promise<Map<string, number>> {
  const { tx, source, state } = ctx;
  const stored = new Map<string, StoredRecord>();
  const rows = await tx
    .select({ id: formations.id, key: formations.lheoId, hash: formations.contentHash, status: formations.status, source: formations.source })
    .from(formations)
    .where(inArray(formations.lheoId, batch.map((f) => f.lheoId)));
  for (const r of rows) stored.set(r.key, r);

  const ids = new Map<string, number>();
  const decisions = new Map<string, Decision>();
  const toWrite: MappedFormation[] = [];
  for (const f of batch) {
    const existing = stored.get(f.lheoId);
    const decision = decide(existing, f.hash, source);
    countDecision(state.counts.formation, decision);
    decisions.set(f.lheoId, decision);
    if (decision === "unchanged" && existing) ids.set(f.lheoId, existing.id);
    else toWrite.push(f);
  }
  const values = toWrite.map((f) => ({
    ...f.row,
    organisationId: f.organisationKey ? (state.organisationIds.get(f.organisationKey) ?? null) : null,
    ...tracking(source, f.hash),
  }));
  const returned = await bulkInsert(tx, formations, values, { conflict: ["lheoId"], onConflict: "update", returning: ["id", "lheoId"] });
  for (const r of returned) {
    const id = Number(r.id);
    const lheoId = r.lheoId as string;
    ids.set(lheoId, id);
    const decision = decisions.get(lheoId);
    if (decision && decision !== "unchanged") state.markFormation(id, lheoId, decision);
  }
  await replaceFormationLinks(ctx, toWrite, ids, decisions);
  return ids;
}

async function replaceFormationLinks(
  { tx, state }: BatchContext,
  written: MappedFormation[],
  ids: Map<string, number>,
  decisions: Map<string, Decision>,
): Promise<void> {
  if (!written.length) return;
  const stale = written.filter((f) => decisions.get(f.lheoId) !== "created").map((f) => ids.get(f.lheoId) as number);
  if (stale.length) {
    await tx.delete(formationDomains).where(inArray(formationDomains.formationId, stale));
    await tx.delete(formationTrades).where(inArray(formationTrades.formationId, stale));
    await tx.delete(formationCertifications).where(inArray(formationCertifications.formationId, stale));
  }
  const domainRows = written.flatMap((f) => f.domains.map((d) => ({ formationId: ids.get(f.lheoId) as number, ...d })));
  const tradeRows = written.flatMap((f) => f.trades.map((tradeCode) => ({ formationId: ids.get(f.lheoId) as number, tradeCode })));
  const certRows = written.flatMap((f) =>
    f.certifications.map((c) => ({ formationId: ids.get(f.lheoId) as number, certificationId: state.certificationIds.get(`${c.kind}:${c.code}`) as number })),
  );
  await bulkInsert(tx, formationDomains, domainRows);
  await bulkInsert(tx, formationTrades, tradeRows);
  await bulkInsert(tx, formationCertifications, certRows);
}

async function writeActions(ctx: BatchContext, batch: MappedFormation[], formationIds: Map<string, number>): Promise<Map<string, ParentRef>> {
  const { tx, source, state } = ctx;
  const all = batch.flatMap((f) => f.actions.map((a) => ({ a, parent: { id: formationIds.get(f.lheoId) as number, lheoId: f.lheoId } })));
  const stored = new Map<string, StoredRecord>();
  if (all.length) {
    const rows = await tx
      .select({ id: actions.id, key: actions.lheoId, hash: actions.contentHash, status: actions.status, source: actions.source, parentId: actions.formationId })
      .from(actions)
      .where(inArray(actions.lheoId, all.map((x) => x.a.lheoId)));
    for (const r of rows) stored.set(r.key, r);
  }
  const refs = new Map<string, ParentRef>();
  const decisions = new Map<string, Decision>();
  const toWrite: typeof all = [];
  for (const x of all) {
    const existing = stored.get(x.a.lheoId);
    const decision = decide(existing, x.a.hash, source, x.parent.id);
    countDecision(state.counts.action, decision);
    decisions.set(x.a.lheoId, decision);
    if (decision === "unchanged" && existing) refs.set(x.a.lheoId, { id: existing.id, formationId: x.parent.id, formationLheoId: x.parent.lheoId });
    else toWrite.push(x);
  }
  const returned = await bulkInsert(
    tx,
    actions,
    toWrite.map((x) => ({ ...x.a.row, formationId: x.parent.id, ...tracking(source, x.a.hash) })),
    { conflict: ["lheoId"], onConflict: "update", returning: ["id", "lheoId"] },
  );
  const parents = new Map(toWrite.map((x) => [x.a.lheoId, x.parent]));
  for (const r of returned) {
    const lheoId = r.lheoId as string;
    const parent = parents.get(lheoId) as { id: number; lheoId: string };
    refs.set(lheoId, { id: Number(r.id), formationId: parent.id, formationLheoId: parent.lheoId });
    state.markFormation(parent.id, parent.lheoId, "updated");
  }
  await replaceActionLinks(ctx, toWrite.map((x) => x.a), refs, decisions);
  await withdrawMissingActions(ctx, batch, formationIds, all.map((x) => x.a.lheoId));
  return refs;
}

async function replaceActionLinks({ tx, state }: BatchContext, written: MappedAction[], refs: Map<string, ParentRef>, decisions: Map<string, Decision>) {
  if (!written.length) return;
  const idOf = (a: MappedAction) => (refs.get(a.lheoId) as ParentRef).id;
  const stale = written.filter((a) => decisions.get(a.lheoId) !== "created").map(idOf);
  if (stale.length) {
    await tx.delete(actionPlaces).where(inArray(actionPlaces.actionId, stale));
    await tx.delete(actionTrainers).where(inArray(actionTrainers.actionId, stale));
    await tx.delete(actionFinancers).where(inArray(actionFinancers.actionId, stale));
  }
  const placeRows = written.flatMap((a) => a.places.map((p, position) => ({ actionId: idOf(a), placeId: state.placeIds.get(p.key) as number, position })));
  const trainerRows = written.flatMap((a) =>
    a.trainers
      .filter((t) => state.organisationIds.has(t.key))
      .map((t, position) => ({ actionId: idOf(a), organisationId: state.organisationIds.get(t.key) as number, position, contacts: t.contacts })),
  );
  const financerRows = written.flatMap((a) => a.financers.map((f) => ({ actionId: idOf(a), financerCode: f.code, fundedPlaces: f.fundedPlaces })));
  await bulkInsert(tx, actionPlaces, placeRows);
  await bulkInsert(tx, actionTrainers, trainerRows);
  await bulkInsert(tx, actionFinancers, financerRows);
}

/** The formation is the unit of exchange: an action it no longer lists is withdrawn, in any mode. */
async function withdrawMissingActions({ tx, state }: BatchContext, batch: MappedFormation[], formationIds: Map<string, number>, listed: string[]) {
  const lheoIdOf = new Map(batch.map((f) => [formationIds.get(f.lheoId) as number, f.lheoId]));
  const withdrawn = await tx
    .update(actions)
    .set(withdrawnValues)
    .where(and(inArray(actions.formationId, [...lheoIdOf.keys()]), eq(actions.status, "active"), notInArray(actions.lheoId, listed)))
    .returning({ id: actions.id, formationId: actions.formationId });
  if (!withdrawn.length) return;
  state.counts.action.withdrawn += withdrawn.length;
  for (const w of withdrawn) state.markFormation(w.formationId, lheoIdOf.get(w.formationId) as string, "updated");
  const orphans = await tx
    .update(sessions)
    .set(withdrawnValues)
    .where(and(inArray(sessions.actionId, withdrawn.map((w) => w.id)), eq(sessions.status, "active")))
    .returning({ id: sessions.id });
  state.counts.session.withdrawn += orphans.length;
}

async function writeSessions({ tx, source, state }: BatchContext, batch: MappedFormation[], actionRefs: Map<string, ParentRef>): Promise<void> {
  const all = batch.flatMap((f) => f.actions.flatMap((a) => a.sessions.map((s) => ({ s, parent: actionRefs.get(a.lheoId) as ParentRef }))));
  const stored = new Map<string, StoredRecord>();
  if (all.length) {
    const rows = await tx
      .select({
        id: sessions.id,
        key: sessions.lheoId,
        hash: sessions.contentHash,
        status: sessions.status,
        source: sessions.source,
        parentId: sessions.actionId,
      })
      .from(sessions)
      .where(inArray(sessions.lheoId, all.map((x) => x.s.lheoId)));
    for (const r of rows) stored.set(r.key, r);
  }
  const toWrite = all.filter((x) => {
    const decision = decide(stored.get(x.s.lheoId), x.s.hash, source, x.parent.id);
    countDecision(state.counts.session, decision);
    if (decision !== "unchanged") state.markFormation(x.parent.formationId, x.parent.formationLheoId, "updated");
    return decision !== "unchanged";
  });
  await bulkInsert(
    tx,
    sessions,
    toWrite.map((x) => ({ ...x.s.row, actionId: x.parent.id, ...tracking(source, x.s.hash) })),
    { conflict: ["lheoId"], onConflict: "update" },
  );
  const actionIds = [...actionRefs.values()];
  if (!actionIds.length) return;
  const formationOf = new Map(actionIds.map((r) => [r.id, r]));
  const withdrawn = await tx
    .update(sessions)
    .set(withdrawnValues)
    .where(and(inArray(sessions.actionId, [...formationOf.keys()]), eq(sessions.status, "active"), notInArray(sessions.lheoId, all.map((x) => x.s.lheoId))))
    .returning({ actionId: sessions.actionId });
  state.counts.session.withdrawn += withdrawn.length;
  for (const w of withdrawn) {
    const ref = formationOf.get(w.actionId);
    if (ref) state.markFormation(ref.formationId, ref.formationLheoId, "updated");
  }
}

/**
 * Writes one batch of mapped formations: a handful of multi-row statements per table, with the
 * stored hashes preloaded in one query per table so unchanged records cost no write at all.
 */
export async function writeBatch(ctx: BatchContext, batch: MappedFormation[]): Promise<void> {
  if (!batch.length) return;
  await writeOrganisations(ctx, batch.flatMap((f) => f.organisations));
  await resolvePlaces(ctx, batch.flatMap((f) => f.actions.flatMap((a) => a.places)));
  await resolveCertifications(ctx, batch.flatMap((f) => f.certifications));
  const formationIds = await writeFormations(ctx, batch);
  const actionRefs = await writeActions(ctx, batch, formationIds);
  await writeSessions(ctx, batch, actionRefs);
}
