import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, authSessions, consents, erasureLog, savedItems, users } from "@/db/schema";
import { ADMIN_MESSAGES } from "@/lib/admin/messages";
import { deactivateAccount, deleteAccount, forcePasswordReset, reactivateAccount, setRoles } from "@/lib/admin/users";
import type { SessionUser } from "@/lib/auth/config";
import { verifyPassword } from "@/lib/auth/password";
import { lastEmailTo, testAccountContext } from "@/tests/helpers/account-context";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "@/tests/helpers/db";
import { createTestUser, TEST_PASSWORD } from "@/tests/helpers/users";

let handle: TestDatabase;
let admin: SessionUser;

beforeAll(async () => {
  handle = await createTestDatabase();
  admin = await createTestUser(handle.db, { roles: ["admin"], email: "admin.principal@exemple.test" });
});

afterAll(async () => {
  await handle?.dispose();
});

async function openSessions(userId: string, count: number) {
  for (let i = 0; i < count; i++) {
    await handle.db.insert(authSessions).values({ sessionToken: randomUUID(), userId, expires: new Date(Date.now() + 86_400_000) });
  }
}

async function sessionsOf(userId: string) {
  return handle.db.select().from(authSessions).where(eq(authSessions.userId, userId));
}

async function rowOf(userId: string) {
  const [row] = await handle.db.select().from(users).where(eq(users.id, userId));
  return row;
}

async function auditFor(action: string, targetId: string) {
  return handle.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));
}

describe(`account administration (${describeDatabaseKind()})`, () => {
  describe("setRoles", () => {
    it("grants roles in canonical order and records before/after in the audit log", async () => {
      const user = await createTestUser(handle.db, { roles: ["alumni"] });
      const result = await setRoles(handle.db, admin, { userId: user.id, roles: ["moderator", "editor", "alumni"] }, { ip: "203.0.113.7" });
      expect(result).toMatchObject({ ok: true, message: ADMIN_MESSAGES.rolesSaved });
      expect((await rowOf(user.id))?.roles).toEqual(["editor", "alumni", "moderator"]);
      const [entry] = await auditFor("admin.roles_changed", user.id);
      expect(entry).toMatchObject({
        actorId: admin.id,
        actorLabel: admin.email,
        targetType: "user",
        ip: "203.0.113.7",
        details: { before: ["alumni"], after: ["editor", "alumni", "moderator"] },
      });
    });

    it.each([["visitor"], ["superadmin"]])("refuses a role that cannot be granted (%s)", async (role) => {
      const user = await createTestUser(handle.db, { roles: ["editor"] });
      const result = await setRoles(handle.db, admin, { userId: user.id, roles: ["editor", role] });
      expect(result).toEqual({ ok: false, error: ADMIN_MESSAGES.invalidRoles });
      expect((await rowOf(user.id))?.roles).toEqual(["editor"]);
    });

    it("records nothing when the roles are unchanged", async () => {
      const user = await createTestUser(handle.db, { roles: ["editor"] });
      const result = await setRoles(handle.db, admin, { userId: user.id, roles: ["editor"] });
      expect(result).toMatchObject({ ok: true, message: ADMIN_MESSAGES.rolesUnchanged });
      expect(await auditFor("admin.roles_changed", user.id)).toHaveLength(0);
    });

    it("answers clearly for an account that no longer exists", async () => {
      const result = await setRoles(handle.db, admin, { userId: randomUUID(), roles: [] });
      expect(result).toEqual({ ok: false, error: ADMIN_MESSAGES.userNotFound });
    });
  });

  describe("deactivateAccount / reactivateAccount", () => {
    it("deactivates and closes every session of the account, and only of that account", async () => {
      const user = await createTestUser(handle.db);
      const bystander = await createTestUser(handle.db);
      await openSessions(user.id, 3);
      await openSessions(bystander.id, 1);
      const result = await deactivateAccount(handle.db, admin, { userId: user.id });
      expect(result).toMatchObject({ ok: true, data: { sessionsClosed: 3 } });
      expect((await rowOf(user.id))?.status).toBe("deactivated");
      expect(await sessionsOf(user.id)).toHaveLength(0);
      expect(await sessionsOf(bystander.id)).toHaveLength(1);
      const [entry] = await auditFor("admin.account_deactivated", user.id);
      expect(entry).toMatchObject({ actorId: admin.id, details: { sessionsClosed: 3 } });
    });

    it("refuses to deactivate twice, then reactivates", async () => {
      const user = await createTestUser(handle.db, { status: "deactivated" });
      expect(await deactivateAccount(handle.db, admin, { userId: user.id })).toEqual({ ok: false, error: ADMIN_MESSAGES.alreadyDeactivated });
      expect(await reactivateAccount(handle.db, admin, { userId: user.id })).toMatchObject({ ok: true });
      expect((await rowOf(user.id))?.status).toBe("active");
      expect(await auditFor("admin.account_reactivated", user.id)).toHaveLength(1);
      expect(await reactivateAccount(handle.db, admin, { userId: user.id })).toEqual({ ok: false, error: ADMIN_MESSAGES.alreadyActive });
    });
  });

  describe("forcePasswordReset", () => {
    it("sets a temporary password that verifies, requires a new one and closes the sessions", async () => {
      const user = await createTestUser(handle.db);
      await openSessions(user.id, 2);
      const result = await forcePasswordReset(handle.db, admin, { userId: user.id }, { ...testAccountContext, ip: "198.51.100.4" });
      if (!result.ok) throw new Error(result.error);
      const { temporaryPassword } = result.data;
      expect(temporaryPassword.length).toBeGreaterThanOrEqual(16);

      const row = await rowOf(user.id);
      expect(row?.mustChangePassword).toBe(true);
      expect(await verifyPassword(row!.passwordHash!, temporaryPassword)).toBe(true);
      expect(await verifyPassword(row!.passwordHash!, TEST_PASSWORD)).toBe(false);
      expect(await sessionsOf(user.id)).toHaveLength(0);

      const [entry] = await auditFor("admin.password_reset_forced", user.id);
      expect(entry).toMatchObject({ actorId: admin.id, ip: "198.51.100.4" });
      expect(JSON.stringify(entry)).not.toContain(temporaryPassword);
    });

    it("emails the owner a notice that never contains the password", async () => {
      const user = await createTestUser(handle.db);
      const result = await forcePasswordReset(handle.db, admin, { userId: user.id }, testAccountContext);
      if (!result.ok) throw new Error(result.error);
      const mail = await lastEmailTo(handle.db, user.email);
      expect(mail).toMatchObject({ template: "admin-password-reset-notice", status: "stored" });
      expect(mail?.text).toContain("http://portail.test/connexion");
      expect(mail?.text).not.toContain(result.data.temporaryPassword);
      expect(mail?.html).not.toContain(result.data.temporaryPassword);
    });

    it("draws a different password each time", async () => {
      const user = await createTestUser(handle.db);
      const first = await forcePasswordReset(handle.db, admin, { userId: user.id }, testAccountContext);
      const second = await forcePasswordReset(handle.db, admin, { userId: user.id }, testAccountContext);
      expect(first.ok && second.ok && first.data.temporaryPassword !== second.data.temporaryPassword).toBe(true);
    });
  });

  describe("deleteAccount", () => {
    it("requires the account's email as confirmation", async () => {
      const user = await createTestUser(handle.db);
      const result = await deleteAccount(handle.db, admin, { userId: user.id, confirmation: "SUPPRIMER" });
      expect(result).toMatchObject({ ok: false, fieldErrors: { confirmation: [ADMIN_MESSAGES.deleteConfirmationMismatch] } });
      expect(await rowOf(user.id)).toBeDefined();
    });

    it("erases the account: no users row left, an erasure-log row naming the administrator", async () => {
      const user = await createTestUser(handle.db, { email: "a.effacer@exemple.test" });
      await openSessions(user.id, 1);
      await handle.db.insert(consents).values({ userId: user.id, document: "terms", version: "2026-01" });
      await handle.db.insert(savedItems).values({ userId: user.id, kind: "formation", itemId: "F1", title: "Soudure", url: "/formations/F1" });
      const result = await deleteAccount(handle.db, admin, { userId: user.id, confirmation: " A.Effacer@exemple.test " });
      expect(result).toMatchObject({ ok: true, data: { removed: { account: 1, sessions: 1, consents: 1, savedItems: 1 } } });
      expect(await rowOf(user.id)).toBeUndefined();
      const log = await handle.db.select().from(erasureLog).where(eq(erasureLog.userId, user.id));
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ requestedBy: "admin", actorId: admin.id, removed: { account: 1, savedItems: 1 } });
      expect(await auditFor("admin.account_deleted", user.id)).toHaveLength(1);
    });
  });

  describe("last active administrator", () => {
    // The acting session was read before another administrator demoted it (two tabs, two
    // administrators at once): only the database check stands between them and zero administrators.
    let stale: SessionUser;
    let last: SessionUser;

    beforeAll(async () => {
      // Start from administrators of this block only: demote the file's main administrator's peers.
      stale = await createTestUser(handle.db, { roles: ["admin"] });
      last = await createTestUser(handle.db, { roles: ["admin"] });
      await handle.db.update(users).set({ roles: [] }).where(eq(users.id, admin.id));
      const demoted = await setRoles(handle.db, last, { userId: stale.id, roles: [] });
      expect(demoted.ok).toBe(true);
    });

    afterAll(async () => {
      await handle.db.update(users).set({ roles: ["admin"] }).where(eq(users.id, admin.id));
    });

    it("cannot lose the admin role", async () => {
      expect(await setRoles(handle.db, stale, { userId: last.id, roles: ["editor"] })).toEqual({ ok: false, error: ADMIN_MESSAGES.lastAdmin });
    });

    it("cannot be deactivated", async () => {
      expect(await deactivateAccount(handle.db, stale, { userId: last.id })).toEqual({ ok: false, error: ADMIN_MESSAGES.lastAdmin });
    });

    it("cannot be deleted", async () => {
      expect(await deleteAccount(handle.db, stale, { userId: last.id, confirmation: last.email })).toEqual({ ok: false, error: ADMIN_MESSAGES.lastAdmin });
    });

    it("is left untouched by the refused attempts", async () => {
      expect(await rowOf(last.id)).toMatchObject({ roles: ["admin"], status: "active" });
      expect(await handle.db.select().from(erasureLog).where(eq(erasureLog.userId, last.id))).toHaveLength(0);
    });

    it("can still gain other roles, and stops being the last once another administrator is active", async () => {
      expect(await setRoles(handle.db, stale, { userId: last.id, roles: ["admin", "editor"] })).toMatchObject({ ok: true });
      const other = await createTestUser(handle.db, { roles: ["admin"] });
      expect(await setRoles(handle.db, other, { userId: last.id, roles: ["editor"] })).toMatchObject({ ok: true });
    });
  });
});
