import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { authSessions, consents, users } from "@/db/schema";
import { sendEmail } from "@/lib/email/send";
import { alreadyRegisteredTemplate, resetPasswordTemplate, verifyEmailTemplate } from "@/lib/email/templates";
import type { z } from "zod";
import type { passwordChangeSchema, passwordResetSchema, signUpSchema } from "@/lib/validations/auth";
import { isSignInBlocked, recordSignInAttempt } from "./attempts";
import { recordAudit } from "./audit";
import { type AccountContext, siteLink } from "./context";
import { PRIVACY_VERSION, TERMS_VERSION } from "./legal";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";
import { consumeAccountToken, issueAccountToken } from "./tokens";

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

/**
 * Creates an account and sends the verification link. The answer is the same whether the
 * address is new or already registered (the owner of an existing account gets a notice by
 * email instead), so the form never reveals who has an account.
 */
export async function registerAccount(db: DbOrTx, ctx: AccountContext, input: z.output<typeof signUpSchema>, ip?: string | null) {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
  if (existing) {
    const mail = alreadyRegisteredTemplate(ctx.siteName, siteLink(ctx, "/connexion"), siteLink(ctx, "/mot-de-passe-oublie"));
    await sendEmail(db, { to: input.email, ...mail, template: "already-registered" }, ctx.mail);
    return;
  }
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash })
      .returning({ id: users.id });
    await tx.insert(consents).values([
      { userId: user!.id, document: "terms", version: TERMS_VERSION },
      { userId: user!.id, document: "privacy", version: PRIVACY_VERSION },
    ]);
    const token = await issueAccountToken(tx, user!.id, "verify_email", DAY);
    const mail = verifyEmailTemplate(ctx.siteName, siteLink(ctx, "/verifier-adresse", { jeton: token }));
    await sendEmail(tx, { to: input.email, ...mail, template: "verify-email", sensitive: true }, ctx.mail);
    await recordAudit(tx, { action: "account.registered", actor: { id: user!.id }, target: { type: "user", id: user!.id }, ip });
  });
}

/** Sends a new verification link to an unverified account; silent otherwise. */
export async function resendVerification(db: DbOrTx, ctx: AccountContext, email: string) {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.emailVerified), eq(users.status, "active")))
    .limit(1);
  if (!user) return;
  await db.transaction(async (tx) => {
    const token = await issueAccountToken(tx, user.id, "verify_email", DAY);
    const mail = verifyEmailTemplate(ctx.siteName, siteLink(ctx, "/verifier-adresse", { jeton: token }));
    await sendEmail(tx, { to: email, ...mail, template: "verify-email", sensitive: true }, ctx.mail);
  });
}

export async function verifyEmailAddress(db: DbOrTx, token: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const userId = await consumeAccountToken(tx, token, "verify_email");
    if (!userId) return false;
    await tx.update(users).set({ emailVerified: new Date(), updatedAt: new Date() }).where(eq(users.id, userId));
    await recordAudit(tx, { action: "account.email_verified", actor: { id: userId }, target: { type: "user", id: userId } });
    return true;
  });
}

export type PasswordSignInResult =
  | { ok: true; user: typeof users.$inferSelect }
  | { ok: false; reason: "invalid" | "blocked" | "unverified" | "deactivated" };

/**
 * Checks an email and password under the attempt limits. "unverified" and "deactivated" are
 * only told once the password is right, so they reveal nothing to someone guessing.
 */
export async function authenticateWithPassword(
  db: DbOrTx,
  input: { email: string; password: string; ip: string },
): Promise<PasswordSignInResult> {
  const { email, password, ip } = input;
  if (await isSignInBlocked(db, email, ip)) {
    await recordAudit(db, { action: "auth.sign_in_blocked", ip, details: { email } });
    return { ok: false, reason: "blocked" };
  }
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  await recordSignInAttempt(db, email, ip, valid);
  if (!user || !valid) {
    await recordAudit(db, {
      action: "auth.sign_in_failed",
      target: user ? { type: "user", id: user.id } : null,
      ip,
      details: { email, method: "password" },
    });
    return { ok: false, reason: "invalid" };
  }
  if (user.status !== "active") return { ok: false, reason: "deactivated" };
  if (!user.emailVerified) return { ok: false, reason: "unverified" };
  return { ok: true, user };
}

/** Same answer whether the address exists or not. */
export async function requestPasswordReset(db: DbOrTx, ctx: AccountContext, email: string, ip?: string | null) {
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), eq(users.status, "active")))
    .limit(1);
  if (!user) return;
  await db.transaction(async (tx) => {
    const token = await issueAccountToken(tx, user.id, "reset_password", HOUR);
    const mail = resetPasswordTemplate(ctx.siteName, siteLink(ctx, "/reinitialiser-mot-de-passe", { jeton: token }));
    await sendEmail(tx, { to: email, ...mail, template: "reset-password", sensitive: true }, ctx.mail);
    await recordAudit(tx, { action: "account.password_reset_requested", target: { type: "user", id: user.id }, ip });
  });
}

/** Sets a new password from an emailed link; every open session of the account is closed. */
export async function resetPassword(db: DbOrTx, input: z.output<typeof passwordResetSchema>, ip?: string | null): Promise<boolean> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const userId = await consumeAccountToken(tx, input.token, "reset_password");
    if (!userId) return false;
    const [user] = await tx.select({ emailVerified: users.emailVerified }).from(users).where(eq(users.id, userId));
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        // Following the emailed link proves the address works.
        emailVerified: user?.emailVerified ?? new Date(),
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId));
    await tx.delete(authSessions).where(eq(authSessions.userId, userId));
    await recordAudit(tx, { action: "account.password_reset", actor: { id: userId }, target: { type: "user", id: userId }, ip });
    return true;
  });
}

export type ChangePasswordResult = { ok: true } | { ok: false; field: "currentPassword"; message: string };

/** Changes the password of a signed-in user, who must give the current one. Other sessions are closed. */
export async function changePassword(
  db: DbOrTx,
  userId: string,
  currentSessionToken: string | null,
  input: z.output<typeof passwordChangeSchema>,
): Promise<ChangePasswordResult> {
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user) return { ok: false, field: "currentPassword", message: "Compte introuvable." };
  // Accounts created by email link have no password yet: they choose one without a current one.
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, field: "currentPassword", message: "Le mot de passe actuel est incorrect." };
  }
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false, updatedAt: new Date() }).where(eq(users.id, userId));
    const sessions = await tx.select({ token: authSessions.sessionToken }).from(authSessions).where(eq(authSessions.userId, userId));
    for (const { token } of sessions) {
      if (token !== currentSessionToken) await tx.delete(authSessions).where(eq(authSessions.sessionToken, token));
    }
    await recordAudit(tx, { action: "account.password_changed", actor: { id: userId }, target: { type: "user", id: userId } });
  });
  return { ok: true };
}
