import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, type ImportCounts, importRuns, outboxEmails } from "@/db/schema";
import { listAuditLog } from "@/lib/admin/audit-log";
import { getDashboardFigures } from "@/lib/admin/dashboard";
import { listErasureLog } from "@/lib/admin/erasures";
import { parseAuditQuery, parseErasureQuery } from "@/lib/admin/list-params";
import { getOutboxMessage, listOutbox, listOutboxTemplateNames } from "@/lib/admin/outbox";
import { eraseAccount } from "@/lib/account/erasure";
import { recordAudit } from "@/lib/auth/audit";
import type { SessionUser } from "@/lib/auth/config";
import { ForbiddenError } from "@/lib/auth/permissions";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "@/tests/helpers/db";
import { createTestUser } from "@/tests/helpers/users";
import { createRefusedActors, REFUSED_ACTORS, type RefusedActor } from "./fixtures";

let handle: TestDatabase;
let actors: Record<RefusedActor, SessionUser>;
let admin: SessionUser;
let firstEmailId: number;

beforeAll(async () => {
  handle = await createTestDatabase();
  actors = await createRefusedActors(handle.db);
  admin = await createTestUser(handle.db, { roles: ["admin"], email: "chef@exemple.test" });
  const rows = await handle.db
    .insert(outboxEmails)
    .values([
      { to: "jeanne@exemple.test", subject: "Confirmez", text: "Lien", template: "verify-email", status: "stored" },
      { to: "paul@exemple.test", subject: "Alerte", text: "Nouveau", template: "search-alert", status: "sent" },
      { to: "jeanne@exemple.test", subject: "Alerte", text: "Nouveau", template: "search-alert", status: "failed", error: "quota" },
    ])
    .returning({ id: outboxEmails.id });
  firstEmailId = rows[0]!.id;
});

afterAll(async () => {
  await handle?.dispose();
});

const page = { page: 1, perPage: 20 } as const;

const calls = {
  listOutbox: (actor: SessionUser | null) => listOutbox(handle.db, actor, { ...page, sort: "created", order: "desc" }),
  getOutboxMessage: (actor: SessionUser | null) => getOutboxMessage(handle.db, actor, { id: firstEmailId }),
  listOutboxTemplateNames: (actor: SessionUser | null) => listOutboxTemplateNames(handle.db, actor),
  listAuditLog: (actor: SessionUser | null) => listAuditLog(handle.db, actor, { ...page, order: "desc" }),
  listErasureLog: (actor: SessionUser | null) => listErasureLog(handle.db, actor, { ...page, order: "desc" }),
} as const;

describe(`back-office reading access (${describeDatabaseKind()})`, () => {
  describe.each(REFUSED_ACTORS)("a %s", (name) => {
    it.each(Object.keys(calls) as (keyof typeof calls)[])("is refused %s", async (call) => {
      await expect(calls[call](actors[name])).rejects.toBeInstanceOf(ForbiddenError);
    });
  });

  it.each(Object.keys(calls) as (keyof typeof calls)[])("refuses %s to an anonymous visitor", async (call) => {
    await expect(calls[call](null)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses the dashboard to roles without back-office access", async () => {
    for (const name of ["visitor", "alumni", "organisation_member", "moderator", "deactivated admin"] as const) {
      await expect(getDashboardFigures(handle.db, actors[name])).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(getDashboardFigures(handle.db, null)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe(`outbox (${describeDatabaseKind()})`, () => {
  const list = (params: Partial<Parameters<typeof listOutbox>[2]>) =>
    listOutbox(handle.db, admin, { ...page, sort: "created", order: "asc", ...params }).then((r) => r.rows.map((row) => `${row.to} ${row.template} ${row.status}`));

  it("searches by recipient and filters by template and status", async () => {
    expect(await list({ q: "JEANNE" })).toEqual(["jeanne@exemple.test verify-email stored", "jeanne@exemple.test search-alert failed"]);
    expect(await list({ template: "search-alert" })).toEqual(["paul@exemple.test search-alert sent", "jeanne@exemple.test search-alert failed"]);
    expect(await list({ status: "failed" })).toEqual(["jeanne@exemple.test search-alert failed"]);
  });

  it("lists the templates present and reads one message", async () => {
    expect(await listOutboxTemplateNames(handle.db, admin)).toEqual(["search-alert", "verify-email"]);
    expect(await getOutboxMessage(handle.db, admin, { id: firstEmailId })).toMatchObject({ subject: "Confirmez", text: "Lien" });
    expect(await getOutboxMessage(handle.db, admin, { id: 999_999 })).toBeNull();
  });
});

describe(`audit log (${describeDatabaseKind()})`, () => {
  let target: SessionUser;

  beforeAll(async () => {
    target = await createTestUser(handle.db, { email: "cible@exemple.test" });
    await recordAudit(handle.db, { action: "auth.sign_in", actor: { id: admin.id, label: admin.email }, target: { type: "user", id: admin.id } });
    await recordAudit(handle.db, { action: "admin.roles_changed", actor: { id: admin.id, label: admin.email }, target: { type: "user", id: target.id }, details: { before: [], after: ["editor"] } });
    await recordAudit(handle.db, { action: "auth.sign_in_failed", target: { type: "user", id: target.id }, ip: "192.0.2.3" });
    const [old] = await handle.db
      .insert(auditLog)
      .values({ action: "auth.sign_in", actorId: target.id, at: new Date("2025-06-14T22:30:00Z"), targetType: "user", targetId: target.id })
      .returning({ id: auditLog.id });
    expect(old).toBeDefined();
  });

  const actions = async (params: Partial<Parameters<typeof listAuditLog>[2]>) =>
    (await listAuditLog(handle.db, admin, { ...page, order: "desc", ...params })).rows.map((row) => row.action);

  it("filters by action, by actor email or id, and by target", async () => {
    expect(await actions({ action: "admin.roles_changed" })).toEqual(["admin.roles_changed"]);
    expect(await actions({ actor: "CHEF@" })).toEqual(["admin.roles_changed", "auth.sign_in"]);
    expect(await actions({ actor: admin.id })).toEqual(["admin.roles_changed", "auth.sign_in"]);
    expect(await actions({ target: target.id })).toEqual(["auth.sign_in_failed", "admin.roles_changed", "auth.sign_in"]);
  });

  it("filters by calendar days in Paris time, both ends included", async () => {
    // 2025-06-14 22:30 UTC is 2025-06-15 00:30 in Paris.
    expect(await actions({ from: "2025-06-15", to: "2025-06-15" })).toEqual(["auth.sign_in"]);
    expect(await actions({ from: "2025-06-14", to: "2025-06-14" })).toEqual([]);
    expect(await actions({ to: "2025-12-31", target: target.id })).toEqual(["auth.sign_in"]);
  });

  it("names actors and targets by their current email, and flags erased ones", async () => {
    const [entry] = (await listAuditLog(handle.db, admin, { ...page, order: "desc", action: "admin.roles_changed" })).rows;
    expect(entry).toMatchObject({ actorEmail: admin.email, targetEmail: target.email, targetGone: false, actorGone: false });
    const ghost = await createTestUser(handle.db);
    await recordAudit(handle.db, { action: "account.profile_updated", actor: { id: ghost.id }, target: { type: "user", id: ghost.id } });
    await eraseAccount(handle.db, { userId: ghost.id, requestedBy: "self" });
    const rows = (await listAuditLog(handle.db, admin, { ...page, order: "desc", target: ghost.id })).rows;
    expect(rows.find((row) => row.action === "account.profile_updated")).toMatchObject({ actorEmail: null, actorGone: true, targetGone: true });
  });

  it("reads its URL parameters", () => {
    expect(parseAuditQuery({ action: "admin.roles_changed", acteur: "chef", du: "2026-02-30", au: "2026-03-01", ordre: "asc" })).toMatchObject({
      action: "admin.roles_changed",
      actor: "chef",
      from: undefined,
      to: "2026-03-01",
      order: "asc",
    });
    expect(parseAuditQuery({ action: "drop table" }).action).toBeUndefined();
  });
});

describe(`erasure log (${describeDatabaseKind()})`, () => {
  it("lists erasures with who asked, filtered by origin and account id", async () => {
    const self = await createTestUser(handle.db);
    const erased = await createTestUser(handle.db);
    await eraseAccount(handle.db, { userId: self.id, requestedBy: "self" });
    await eraseAccount(handle.db, { userId: erased.id, requestedBy: "admin", actorId: admin.id });
    const byAdmin = await listErasureLog(handle.db, admin, { ...page, order: "desc", requestedBy: "admin" });
    expect(byAdmin.rows.map((row) => [row.userId, row.actorEmail])).toContainEqual([erased.id, admin.email]);
    expect(byAdmin.rows.every((row) => row.requestedBy === "admin")).toBe(true);
    const one = await listErasureLog(handle.db, admin, { ...page, order: "desc", userId: self.id });
    expect(one.rows).toHaveLength(1);
    expect(one.rows[0]).toMatchObject({ requestedBy: "self", actorId: null, removed: { account: 1 } });
    expect(parseErasureQuery({ demande: "titulaire", compte: self.id })).toMatchObject({ requestedBy: "self", userId: self.id });
  });
});

describe(`dashboard (${describeDatabaseKind()})`, () => {
  it("gives an administrator every figure, computed live", async () => {
    await handle.db.insert(importRuns).values({
      fileName: "offre.xml",
      source: "carif",
      mode: "full",
      status: "rejected",
      startedAt: new Date(),
      finishedAt: new Date(),
      durationMs: 12,
      counts: Object.fromEntries(
        (["formation", "action", "session", "organisation"] as const).map((level) => [
          level,
          { read: 0, created: 0, updated: 0, unchanged: 0, withdrawn: 0, rejected: 0 },
        ]),
      ) as ImportCounts,
    });
    const before = await getDashboardFigures(handle.db, admin);
    await createTestUser(handle.db, { status: "deactivated" });
    await recordAudit(handle.db, { action: "auth.sign_in_failed", ip: "192.0.2.1" });
    const after = await getDashboardFigures(handle.db, admin);
    expect(after.accounts!.total).toBe(before.accounts!.total + 1);
    expect(after.accounts!.createdThisWeek).toBe(before.accounts!.createdThisWeek + 1);
    expect(after.accounts!.deactivated).toBe(before.accounts!.deactivated + 1);
    expect(after.security!.failedSignInsLast24h).toBe(before.security!.failedSignInsLast24h + 1);
    expect(after.outbox).toEqual({ last24h: 3, failedLast24h: 1 });
    expect(after.imports?.lastRun).toMatchObject({ fileName: "offre.xml", status: "rejected" });
    expect(after.erasures!.last30Days).toBeGreaterThan(0);
  });

  it("gives other back-office roles only the figures of their areas", async () => {
    expect(Object.keys(await getDashboardFigures(handle.db, actors.editor))).toEqual(["content"]);
    expect(Object.keys(await getDashboardFigures(handle.db, actors.content_manager))).toEqual(["imports"]);
  });

  it("does not count messages older than a day", async () => {
    await handle.db.update(outboxEmails).set({ createdAt: new Date("2020-01-01") }).where(eq(outboxEmails.id, firstEmailId));
    expect((await getDashboardFigures(handle.db, admin)).outbox).toEqual({ last24h: 2, failedLast24h: 1 });
  });
});
