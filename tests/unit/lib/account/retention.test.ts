import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSessions, erasureLog, outboxEmails, users } from "@/db/schema";
import { applyRetention, RETENTION } from "@/lib/account/retention";
import { createTestDatabase, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.dispose();
});

describe("applyRetention", () => {
  it("erases inactive and never-confirmed visitor accounts, keeps staff and active ones", async () => {
    const { db } = database;
    const now = new Date("2030-01-01T00:00:00Z");
    const old = new Date(now.getTime() - RETENTION.inactiveAccountMs - 1000);
    const recent = new Date(now.getTime() - 24 * 60 * 60 * 1000);
    const inactive = await createTestUser(db);
    await db.update(users).set({ createdAt: old, lastSignInAt: old }).where(eq(users.id, inactive.id));
    const inactiveEditor = await createTestUser(db, { roles: ["editor"] });
    await db.update(users).set({ createdAt: old, lastSignInAt: old }).where(eq(users.id, inactiveEditor.id));
    const active = await createTestUser(db);
    await db.update(users).set({ createdAt: old, lastSignInAt: recent }).where(eq(users.id, active.id));
    const unconfirmed = await createTestUser(db, { verified: false });
    await db.update(users).set({ createdAt: new Date(now.getTime() - RETENTION.unverifiedAccountMs - 1000) }).where(eq(users.id, unconfirmed.id));
    const justSignedUp = await createTestUser(db, { verified: false });
    await db.update(users).set({ createdAt: recent }).where(eq(users.id, justSignedUp.id));
    await db.insert(authSessions).values({ sessionToken: "expired", userId: active.id, expires: new Date(now.getTime() - 1000) });

    const result = await applyRetention(db, now);
    expect(result.erased).toBe(2);
    const left = (await db.select({ id: users.id }).from(users)).map((u) => u.id);
    expect(left).toEqual(expect.arrayContaining([inactiveEditor.id, active.id, justSignedUp.id]));
    expect(left).not.toContain(inactive.id);
    expect(left).not.toContain(unconfirmed.id);
    const lines = await db.select().from(erasureLog);
    expect(lines.map((l) => l.requestedBy)).toEqual(["retention", "retention"]);
    expect(await db.select().from(authSessions).where(eq(authSessions.sessionToken, "expired"))).toHaveLength(0);
  });

  it("deletes outbox emails past their year and keeps the recent ones", async () => {
    const { db } = database;
    const now = new Date("2030-01-01T00:00:00Z");
    const email = { subject: "Votre message", text: "Bonjour", template: "contact-message", status: "stored" as const };
    const [old] = await db
      .insert(outboxEmails)
      .values({ ...email, to: "ancien@example.org", createdAt: new Date(now.getTime() - RETENTION.outboxEmailMs - 1000) })
      .returning({ id: outboxEmails.id });
    const [recent] = await db
      .insert(outboxEmails)
      .values({ ...email, to: "recent@example.org", createdAt: new Date(now.getTime() - RETENTION.outboxEmailMs + 60_000) })
      .returning({ id: outboxEmails.id });

    const result = await applyRetention(db, now);
    expect(result.emailsDeleted).toBe(1);
    const left = (await db.select({ id: outboxEmails.id }).from(outboxEmails)).map((row) => row.id);
    expect(left).toContain(recent!.id);
    expect(left).not.toContain(old!.id);
  });
});
