import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import {
  getUserAccount,
  getUserDetail,
  type ListUsersParams,
  listUsers as queryUsers,
  lockOtherActiveAdmins,
  type UserDetail,
  type UserListRow,
} from "@/db/queries/admin-users";
import type { PageResult } from "@/db/queries/admin-shared";
import { authSessions, users } from "@/db/schema";
import { eraseAccount } from "@/lib/account/erasure";
import { type ActionResult, fail, ok } from "@/lib/actions/result";
import { recordAudit } from "@/lib/auth/audit";
import { type AccountContext, siteLink } from "@/lib/auth/context";
import { hashPassword } from "@/lib/auth/password";
import { assertCan } from "@/lib/auth/permissions";
import { GRANTABLE_ROLES, ROLES, type Role } from "@/lib/auth/roles";
import { sendEmail } from "@/lib/email/send";
import { adminPasswordResetNoticeTemplate } from "@/lib/email/templates";
import { type AdminActor, auditActor, type RequestMeta } from "./actor";
import { ADMIN_MESSAGES as M } from "./messages";
import { generateTemporaryPassword } from "./temporary-password";

/**
 * Account administration. Every function checks the permission itself (assertCan throws
 * ForbiddenError), so a page or action that forgot its guard still cannot act. Mutations take
 * the `{ type: "account" }` resource: nobody manages their own account from the back office.
 */

export async function listUsers(db: DbOrTx, actor: AdminActor | null, input: ListUsersParams): Promise<PageResult<UserListRow>> {
  assertCan(actor, "users:read");
  return queryUsers(db, input);
}

export async function getUser(db: DbOrTx, actor: AdminActor | null, input: { userId: string }): Promise<UserDetail | null> {
  assertCan(actor, "users:read");
  return getUserDetail(db, { userId: input.userId });
}

/** Roles in their canonical order, visitor left out (implicit); null when one cannot be granted. */
function grantableRoles(roles: readonly string[]): Role[] | null {
  if (roles.some((role) => !(GRANTABLE_ROLES as readonly string[]).includes(role))) return null;
  return ROLES.filter((role) => roles.includes(role));
}

/**
 * Whether taking `target` out of the active administrators would leave none. Locks the other
 * administrators' rows, so it must run in the transaction that makes the change.
 */
async function wouldRemoveLastAdmin(tx: DbOrTx, target: { id: string; roles: Role[]; status: string }): Promise<boolean> {
  if (!target.roles.includes("admin") || target.status !== "active") return false;
  return (await lockOtherActiveAdmins(tx, { exceptUserId: target.id })) === 0;
}

export async function setRoles(
  db: DbOrTx,
  actor: AdminActor | null,
  input: { userId: string; roles: readonly string[] },
  meta: RequestMeta = {},
): Promise<ActionResult<undefined>> {
  assertCan(actor, "users:manage", { type: "account", userId: input.userId });
  const after = grantableRoles(input.roles);
  if (!after) return fail(M.invalidRoles);
  return db.transaction(async (tx): Promise<ActionResult<undefined>> => {
    const target = await getUserAccount(tx, { userId: input.userId });
    if (!target) return fail(M.userNotFound);
    const before = grantableRoles(target.roles) ?? target.roles;
    if (before.length === after.length && before.every((role) => after.includes(role))) return ok(undefined, M.rolesUnchanged);
    if (!after.includes("admin") && (await wouldRemoveLastAdmin(tx, target))) return fail(M.lastAdmin);
    await tx.update(users).set({ roles: after, updatedAt: new Date() }).where(eq(users.id, target.id));
    await recordAudit(tx, {
      action: "admin.roles_changed",
      actor: auditActor(actor),
      target: { type: "user", id: target.id },
      ip: meta.ip,
      details: { before, after },
    });
    return ok(undefined, M.rolesSaved);
  });
}

/** Deactivates an account and closes all its sessions at once (they are rows in auth_sessions). */
export async function deactivateAccount(
  db: DbOrTx,
  actor: AdminActor | null,
  input: { userId: string },
  meta: RequestMeta = {},
): Promise<ActionResult<{ sessionsClosed: number }>> {
  assertCan(actor, "users:manage", { type: "account", userId: input.userId });
  return db.transaction(async (tx): Promise<ActionResult<{ sessionsClosed: number }>> => {
    const target = await getUserAccount(tx, { userId: input.userId });
    if (!target) return fail(M.userNotFound);
    if (target.status === "deactivated") return fail(M.alreadyDeactivated);
    if (await wouldRemoveLastAdmin(tx, target)) return fail(M.lastAdmin);
    await tx.update(users).set({ status: "deactivated", updatedAt: new Date() }).where(eq(users.id, target.id));
    const closed = await tx.delete(authSessions).where(eq(authSessions.userId, target.id)).returning({ token: authSessions.sessionToken });
    await recordAudit(tx, {
      action: "admin.account_deactivated",
      actor: auditActor(actor),
      target: { type: "user", id: target.id },
      ip: meta.ip,
      details: { sessionsClosed: closed.length },
    });
    return ok({ sessionsClosed: closed.length }, M.deactivated(closed.length));
  });
}

export async function reactivateAccount(
  db: DbOrTx,
  actor: AdminActor | null,
  input: { userId: string },
  meta: RequestMeta = {},
): Promise<ActionResult<undefined>> {
  assertCan(actor, "users:manage", { type: "account", userId: input.userId });
  return db.transaction(async (tx): Promise<ActionResult<undefined>> => {
    const target = await getUserAccount(tx, { userId: input.userId });
    if (!target) return fail(M.userNotFound);
    if (target.status === "active") return fail(M.alreadyActive);
    await tx.update(users).set({ status: "active", updatedAt: new Date() }).where(eq(users.id, target.id));
    await recordAudit(tx, {
      action: "admin.account_reactivated",
      actor: auditActor(actor),
      target: { type: "user", id: target.id },
      ip: meta.ip,
    });
    return ok(undefined, M.reactivated);
  });
}

/**
 * Replaces the password with a random temporary one, returned once for the administrator to
 * hand over, and makes the next page the account opens ask for a new password. The account's
 * sessions are closed; the owner gets a notice by email, without the password.
 */
export async function forcePasswordReset(
  db: DbOrTx,
  actor: AdminActor | null,
  input: { userId: string },
  ctx: AccountContext & RequestMeta,
): Promise<ActionResult<{ temporaryPassword: string }>> {
  assertCan(actor, "users:manage", { type: "account", userId: input.userId });
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return db.transaction(async (tx): Promise<ActionResult<{ temporaryPassword: string }>> => {
    const target = await getUserAccount(tx, { userId: input.userId });
    if (!target) return fail(M.userNotFound);
    await tx.update(users).set({ passwordHash, mustChangePassword: true, updatedAt: new Date() }).where(eq(users.id, target.id));
    const closed = await tx.delete(authSessions).where(eq(authSessions.userId, target.id)).returning({ token: authSessions.sessionToken });
    await recordAudit(tx, {
      action: "admin.password_reset_forced",
      actor: auditActor(actor),
      target: { type: "user", id: target.id },
      ip: ctx.ip,
      details: { sessionsClosed: closed.length },
    });
    const mail = adminPasswordResetNoticeTemplate(ctx.siteName, siteLink(ctx, "/connexion"));
    await sendEmail(tx, { to: target.email, ...mail, template: "admin-password-reset-notice" }, ctx.mail);
    return ok({ temporaryPassword }, M.passwordReset);
  });
}

/**
 * Erases an account (GDPR art. 17) through the same code path as a self-service deletion, so the
 * erasure log records it. `confirmation` must repeat the account's email.
 */
export async function deleteAccount(
  db: DbOrTx,
  actor: AdminActor | null,
  input: { userId: string; confirmation: string },
): Promise<ActionResult<{ removed: Record<string, number> }>> {
  assertCan(actor, "users:manage", { type: "account", userId: input.userId });
  return db.transaction(async (tx): Promise<ActionResult<{ removed: Record<string, number> }>> => {
    const target = await getUserAccount(tx, { userId: input.userId });
    if (!target) return fail(M.userNotFound);
    if (input.confirmation.trim().toLowerCase() !== target.email.toLowerCase()) {
      return fail(M.deleteConfirmationMismatch, { confirmation: [M.deleteConfirmationMismatch] });
    }
    if (await wouldRemoveLastAdmin(tx, target)) return fail(M.lastAdmin);
    const result = await eraseAccount(tx, { userId: target.id, requestedBy: "admin", actorId: actor.id });
    return ok({ removed: result.removed }, M.deleted);
  });
}
