import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditLog,
  authSessions,
  consents,
  erasureLog,
  outboxEmails,
  recentViews,
  savedItems,
  savedSearches,
  signInAttempts,
  users,
} from "@/db/schema";
import { eraseAccount } from "@/lib/account/erasure";
import { exportAccountData } from "@/lib/account/export";
import { recordAudit } from "@/lib/auth/audit";
import { createTestDatabase, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.dispose();
});

async function userWithData(email: string) {
  const { db } = database;
  const user = await createTestUser(db, { email });
  await db.insert(consents).values({ userId: user.id, document: "terms", version: "2026-11-24" });
  await db.insert(savedItems).values({ userId: user.id, kind: "formation", itemId: "F1", title: "CAP Cuisine", url: "/formations/F1", note: "à voir" });
  await db.insert(savedSearches).values({ userId: user.id, engine: "formations", query: "q=cuisine", label: "« cuisine »", alert: true });
  await db.insert(recentViews).values({ userId: user.id, kind: "metier", itemId: "G1602", title: "Personnel de cuisine", url: "/metiers/G1602" });
  await db.insert(authSessions).values({ sessionToken: `s-${email}`, userId: user.id, expires: new Date(Date.now() + 3600_000) });
  await db.insert(outboxEmails).values({ to: email, subject: "Bienvenue", text: "…", template: "verify-email", status: "stored" });
  await db.insert(signInAttempts).values({ email, ip: "10.0.0.1", succeeded: false });
  await recordAudit(db, { action: "auth.sign_in", actor: { id: user.id, label: email }, target: { type: "user", id: user.id } });
  return user;
}

describe("data export", () => {
  it("contains what the user saved, searched, viewed and consented to, without secrets", async () => {
    const user = await userWithData("export@exemple.fr");
    const data = await exportAccountData(database.db, user.id);
    expect(data?.account.email).toBe("export@exemple.fr");
    expect(data?.savedItems).toEqual([expect.objectContaining({ kind: "formation", id: "F1", title: "CAP Cuisine", note: "à voir" })]);
    expect(data?.savedSearches).toEqual([expect.objectContaining({ engine: "formations", query: "q=cuisine", alert: true })]);
    expect(data?.recentViews).toEqual([expect.objectContaining({ kind: "metier", id: "G1602" })]);
    expect(data?.consents).toEqual([expect.objectContaining({ document: "terms", version: "2026-11-24" })]);
    expect(data?.securityEvents.map((e) => e.action)).toContain("auth.sign_in");
    expect(data?.emails.map((e) => e.subject)).toEqual(["Bienvenue"]);
    const json = JSON.stringify(data);
    expect(json).not.toContain("argon2");
    expect(json).not.toContain("passwordHash");
  });
});

describe("account erasure", () => {
  it("removes the account and its personal data, keeps an erasure-log line without personal data", async () => {
    const { db } = database;
    const user = await userWithData("efface@exemple.fr");
    const other = await userWithData("reste@exemple.fr");

    const result = await eraseAccount(db, { userId: user.id, requestedBy: "self" });
    expect(result.erased).toBe(true);

    expect(await db.select().from(users).where(eq(users.id, user.id))).toHaveLength(0);
    for (const table of [savedItems, savedSearches, recentViews, consents, authSessions] as const) {
      expect(await db.select().from(table).where(eq(table.userId, user.id))).toHaveLength(0);
    }
    expect(await db.select().from(outboxEmails).where(eq(outboxEmails.to, "efface@exemple.fr"))).toHaveLength(0);
    expect(await db.select().from(signInAttempts).where(eq(signInAttempts.email, "efface@exemple.fr"))).toHaveLength(0);

    const [line] = await db.select().from(erasureLog).where(eq(erasureLog.userId, user.id));
    expect(line).toMatchObject({ requestedBy: "self", removed: expect.objectContaining({ savedItems: 1, savedSearches: 1, recentViews: 1, account: 1 }) });
    expect(JSON.stringify(line)).not.toContain("efface@exemple.fr");

    // The audit trail stays, without the email.
    const trail = await db.select().from(auditLog).where(eq(auditLog.actorId, user.id));
    expect(trail.length).toBeGreaterThan(0);
    expect(trail.every((e) => e.actorLabel === null)).toBe(true);
    expect(trail.map((e) => e.action)).toContain("account.deleted");

    // Another user's data is untouched.
    expect(await db.select().from(savedItems).where(eq(savedItems.userId, other.id))).toHaveLength(1);
    expect(await db.select().from(outboxEmails).where(eq(outboxEmails.to, "reste@exemple.fr"))).toHaveLength(1);
  });

  it("records an administrator's erasure with its actor", async () => {
    const { db } = database;
    const admin = await createTestUser(db, { roles: ["admin"] });
    const user = await createTestUser(db);
    await eraseAccount(db, { userId: user.id, requestedBy: "admin", actorId: admin.id });
    const [line] = await db.select().from(erasureLog).where(eq(erasureLog.userId, user.id));
    expect(line).toMatchObject({ requestedBy: "admin", actorId: admin.id });
  });

  it("does nothing for an unknown account", async () => {
    expect(await eraseAccount(database.db, { userId: "nobody", requestedBy: "self" })).toEqual({ erased: false, removed: {} });
  });
});
