import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, authSessions, consents, outboxEmails, signInAttempts, users } from "@/db/schema";
import {
  authenticateWithPassword,
  changePassword,
  registerAccount,
  requestPasswordReset,
  resetPassword,
  verifyEmailAddress,
} from "@/lib/auth/accounts";
import { SIGN_IN_LIMITS } from "@/lib/auth/attempts";
import { PRIVACY_VERSION, TERMS_VERSION } from "@/lib/auth/legal";
import { verifyPassword } from "@/lib/auth/password";
import { signUpSchema } from "@/lib/validations/auth";
import { lastEmailTo, testAccountContext as ctx, tokenFromEmail } from "../../../helpers/account-context";
import { createTestDatabase, type TestDatabase } from "../../../helpers/db";
import { createTestUser, TEST_PASSWORD } from "../../../helpers/users";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.dispose();
});

const PASSWORD = "Formation-2026-ok";
const signUp = (email: string) =>
  signUpSchema.parse({ name: "Camille Martin", email, password: PASSWORD, passwordConfirmation: PASSWORD, acceptTerms: true });

describe("sign-up and email verification", () => {
  it("creates an unverified account with both consents and mails a verification link", async () => {
    const { db } = database;
    await registerAccount(db, ctx, signUp("Camille.Martin@Exemple.fr"));
    const [user] = await db.select().from(users).where(eq(users.email, "camille.martin@exemple.fr"));
    expect(user).toBeDefined();
    expect(user!.emailVerified).toBeNull();
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user!.passwordHash!, PASSWORD)).toBe(true);
    const rows = await db.select().from(consents).where(eq(consents.userId, user!.id));
    expect(rows.map((c) => [c.document, c.version]).sort()).toEqual([
      ["privacy", PRIVACY_VERSION],
      ["terms", TERMS_VERSION],
    ]);
    const mail = await lastEmailTo(db, "camille.martin@exemple.fr");
    expect(mail?.template).toBe("verify-email");
    expect(mail?.status).toBe("stored");
    expect(mail?.text).toContain("http://portail.test/verifier-adresse?jeton=");

    const password = await authenticateWithPassword(db, { email: "camille.martin@exemple.fr", password: PASSWORD, ip: "10.0.0.1" });
    expect(password).toEqual({ ok: false, reason: "unverified" });

    const token = tokenFromEmail(mail!.text, "/verifier-adresse");
    expect(await verifyEmailAddress(db, token)).toBe(true);
    expect(await verifyEmailAddress(db, token)).toBe(false); // one use only
    const signedIn = await authenticateWithPassword(db, { email: "camille.martin@exemple.fr", password: PASSWORD, ip: "10.0.0.1" });
    expect(signedIn.ok).toBe(true);
  });

  it("does not reveal an existing address: no second account, a notice to its owner instead", async () => {
    const { db } = database;
    const existing = await createTestUser(db, { email: "deja@exemple.fr" });
    await registerAccount(db, ctx, signUp("deja@exemple.fr"));
    const [{ n }] = (await db.select({ n: count() }).from(users).where(eq(users.email, "deja@exemple.fr"))) as [{ n: number }];
    expect(n).toBe(1);
    const mail = await lastEmailTo(db, "deja@exemple.fr");
    expect(mail?.template).toBe("already-registered");
    const [user] = await db.select().from(users).where(eq(users.id, existing.id));
    expect(await verifyPassword(user!.passwordHash!, TEST_PASSWORD)).toBe(true); // unchanged
  });

  it("refuses sign-up without consent, with a weak password or mismatched confirmation", () => {
    const base = { name: "A B", email: "x@exemple.fr", password: PASSWORD, passwordConfirmation: PASSWORD, acceptTerms: true };
    expect(signUpSchema.safeParse({ ...base, acceptTerms: false }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, password: "court", passwordConfirmation: "court" }).success).toBe(false);
    expect(signUpSchema.safeParse({ ...base, password: "toutenminuscule12", passwordConfirmation: "toutenminuscule12" }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...base, passwordConfirmation: "Autre-2026-motdepasse" }).success).toBe(false);
  });
});

describe("password sign-in", () => {
  it("answers the same for an unknown address and a wrong password", async () => {
    const { db } = database;
    await createTestUser(db, { email: "connu@exemple.fr" });
    const unknown = await authenticateWithPassword(db, { email: "inconnu@exemple.fr", password: "x", ip: "10.0.0.2" });
    const wrong = await authenticateWithPassword(db, { email: "connu@exemple.fr", password: "mauvais", ip: "10.0.0.2" });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    const failures = await db.select().from(auditLog).where(eq(auditLog.action, "auth.sign_in_failed"));
    expect(failures.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses a deactivated account, but only once the password is right", async () => {
    const { db } = database;
    await createTestUser(db, { email: "desactive@exemple.fr", status: "deactivated" });
    expect(await authenticateWithPassword(db, { email: "desactive@exemple.fr", password: "faux", ip: "10.0.0.3" })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticateWithPassword(db, { email: "desactive@exemple.fr", password: TEST_PASSWORD, ip: "10.0.0.3" })).toEqual({
      ok: false,
      reason: "deactivated",
    });
  });

  it("blocks an account after too many failures, even with the right password, and records it", async () => {
    const { db } = database;
    await createTestUser(db, { email: "cible@exemple.fr" });
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i += 1) {
      const ip = `192.0.2.${i}`; // different addresses: the per-account limit must hold anyway
      expect((await authenticateWithPassword(db, { email: "cible@exemple.fr", password: `faux${i}`, ip })).ok).toBe(false);
    }
    const blocked = await authenticateWithPassword(db, { email: "cible@exemple.fr", password: TEST_PASSWORD, ip: "192.0.2.99" });
    expect(blocked).toEqual({ ok: false, reason: "blocked" });
    const [row] = await db.select().from(auditLog).where(eq(auditLog.action, "auth.sign_in_blocked"));
    expect(row?.details).toMatchObject({ email: "cible@exemple.fr" });
  });

  it("blocks an address that tries many accounts", async () => {
    const { db } = database;
    await createTestUser(db, { email: "victime@exemple.fr" });
    for (let i = 0; i < SIGN_IN_LIMITS.perIp; i += 1) {
      await authenticateWithPassword(db, { email: `essai${i}@exemple.fr`, password: "faux", ip: "203.0.113.7" });
    }
    expect(await authenticateWithPassword(db, { email: "victime@exemple.fr", password: TEST_PASSWORD, ip: "203.0.113.7" })).toEqual({
      ok: false,
      reason: "blocked",
    });
    // The same account from another address is not affected.
    expect((await authenticateWithPassword(db, { email: "victime@exemple.fr", password: TEST_PASSWORD, ip: "203.0.113.8" })).ok).toBe(true);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const { db } = database;
    await createTestUser(db, { email: "distrait@exemple.fr" });
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i += 1) {
      await authenticateWithPassword(db, { email: "distrait@exemple.fr", password: "faux", ip: "198.51.100.1" });
    }
    expect((await authenticateWithPassword(db, { email: "distrait@exemple.fr", password: TEST_PASSWORD, ip: "198.51.100.1" })).ok).toBe(true);
    const left = await db
      .select()
      .from(signInAttempts)
      .where(and(eq(signInAttempts.email, "distrait@exemple.fr"), eq(signInAttempts.succeeded, false)));
    expect(left).toHaveLength(0);
  });
});

describe("password reset", () => {
  it("mails a one-time link, sets the new password and closes every session", async () => {
    const { db } = database;
    const user = await createTestUser(db, { email: "oubli@exemple.fr" });
    await db.insert(authSessions).values({ sessionToken: "session-oubli", userId: user.id, expires: new Date(Date.now() + 3600_000) });
    await requestPasswordReset(db, ctx, "oubli@exemple.fr");
    const mail = await lastEmailTo(db, "oubli@exemple.fr");
    expect(mail?.template).toBe("reset-password");
    const token = tokenFromEmail(mail!.text, "/reinitialiser-mot-de-passe");

    const newPassword = "Nouveau-secret-2026";
    expect(await resetPassword(db, { token, password: newPassword, passwordConfirmation: newPassword })).toBe(true);
    expect(await resetPassword(db, { token, password: newPassword, passwordConfirmation: newPassword })).toBe(false);
    expect(await db.select().from(authSessions).where(eq(authSessions.userId, user.id))).toHaveLength(0);
    expect((await authenticateWithPassword(db, { email: "oubli@exemple.fr", password: TEST_PASSWORD, ip: "10.1.0.1" })).ok).toBe(false);
    expect((await authenticateWithPassword(db, { email: "oubli@exemple.fr", password: newPassword, ip: "10.1.0.1" })).ok).toBe(true);
  });

  it("sends nothing for an unknown address (and says nothing different)", async () => {
    const { db } = database;
    await expect(requestPasswordReset(db, ctx, "personne@exemple.fr")).resolves.toBeUndefined();
    expect(await lastEmailTo(db, "personne@exemple.fr")).toBeUndefined();
  });

  it("refuses a forged or expired token", async () => {
    const { db } = database;
    expect(await resetPassword(db, { token: "A".repeat(43), password: "Nouveau-secret-2026", passwordConfirmation: "Nouveau-secret-2026" })).toBe(false);
  });

  it("keeps only the newest link of a kind valid", async () => {
    const { db } = database;
    await createTestUser(db, { email: "deuxfois@exemple.fr" });
    await requestPasswordReset(db, ctx, "deuxfois@exemple.fr");
    const first = tokenFromEmail((await lastEmailTo(db, "deuxfois@exemple.fr"))!.text, "/reinitialiser-mot-de-passe");
    await requestPasswordReset(db, ctx, "deuxfois@exemple.fr");
    const p = "Nouveau-secret-2026";
    expect(await resetPassword(db, { token: first, password: p, passwordConfirmation: p })).toBe(false);
  });
});

describe("password change", () => {
  it("needs the current password and keeps only the current session", async () => {
    const { db } = database;
    const user = await createTestUser(db, { email: "change@exemple.fr" });
    const expires = new Date(Date.now() + 3600_000);
    await db.insert(authSessions).values([
      { sessionToken: "ici", userId: user.id, expires },
      { sessionToken: "ailleurs", userId: user.id, expires },
    ]);
    const next = "Encore-un-secret-2026";
    const refused = await changePassword(db, user.id, "ici", { currentPassword: "faux", password: next, passwordConfirmation: next });
    expect(refused.ok).toBe(false);
    const done = await changePassword(db, user.id, "ici", { currentPassword: TEST_PASSWORD, password: next, passwordConfirmation: next });
    expect(done.ok).toBe(true);
    const left = await db.select({ token: authSessions.sessionToken }).from(authSessions).where(eq(authSessions.userId, user.id));
    expect(left.map((s) => s.token)).toEqual(["ici"]);
  });

  it("clears the forced change flag", async () => {
    const { db } = database;
    const user = await createTestUser(db, { email: "force@exemple.fr" });
    await db.update(users).set({ mustChangePassword: true }).where(eq(users.id, user.id));
    const next = "Choisi-par-moi-2026";
    await changePassword(db, user.id, null, { currentPassword: TEST_PASSWORD, password: next, passwordConfirmation: next });
    const [row] = await db.select({ flag: users.mustChangePassword }).from(users).where(eq(users.id, user.id));
    expect(row?.flag).toBe(false);
  });
});

describe("outbox", () => {
  it("stores messages with their template when no provider is configured", async () => {
    const rows = await database.db.select().from(outboxEmails);
    expect(rows.every((r) => r.status === "stored")).toBe(true);
  });
});
