import "server-only";
import { and, arrayContains, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { alumniProfiles, consents, networkMembers, networkOrganisations, users } from "@/db/schema";
import { recordAudit } from "@/lib/auth/audit";
import { type AccountContext, siteLink } from "@/lib/auth/context";
import { PRIVACY_VERSION, TERMS_VERSION } from "@/lib/auth/legal";
import { hashPassword } from "@/lib/auth/password";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { issueAccountToken } from "@/lib/auth/tokens";
import { sendEmail } from "@/lib/email/send";
import type { NetworkApplication, NetworkSignup } from "@/lib/validations/network-signup";
import { countryLabel } from "./countries";
import {
  type MembershipRequestSummary,
  membershipDecisionTemplate,
  membershipRequestTemplate,
  networkAlreadyRegisteredTemplate,
  networkVerifyEmailTemplate,
} from "./emails";
import type { NetworkLocale } from "./i18n/locale";

const DAY = 24 * 60 * 60 * 1000;

/** The network role a kind of member receives on approval (and loses on refusal). */
export const MEMBER_ROLE: Record<"alumni" | "organisation_member", Role> = {
  alumni: "alumni",
  organisation_member: "organisation_member",
};

export type ApplyResult = { ok: true } | { ok: false; fieldErrors: Record<string, string[]> };

const UNKNOWN_ORGANISATION = {
  fr: "Cet organisme ne fait pas partie de la liste des membres : choisissez-en un dans la liste.",
  en: "This organisation is not one of the members: choose one from the list.",
};

export function requestLink(ctx: Pick<AccountContext, "siteUrl">, userId: string): string {
  return siteLink(ctx, `/reseau/admin/demandes/${encodeURIComponent(userId)}`);
}

async function activeOrganisation(db: DbOrTx, id: number) {
  const [row] = await db
    .select({ id: networkOrganisations.id, name: networkOrganisations.name })
    .from(networkOrganisations)
    .where(and(eq(networkOrganisations.id, id), eq(networkOrganisations.active, true)));
  return row ?? null;
}

function fullName(input: { firstName: string; lastName: string }) {
  return `${input.firstName} ${input.lastName}`;
}

/**
 * The administrators told about a request: the network administrators (role network_admin);
 * while none has been named yet, the site administrators, who can grant that role.
 */
export async function listRequestRecipients(db: DbOrTx): Promise<{ email: string; locale: NetworkLocale }[]> {
  for (const role of ["network_admin", "admin"] as const) {
    const rows = await db
      .select({ email: users.email, locale: networkMembers.locale })
      .from(users)
      .leftJoin(networkMembers, eq(networkMembers.userId, users.id))
      .where(and(arrayContains(users.roles, [role]), eq(users.status, "active")))
      .orderBy(users.email);
    if (rows.length > 0) return rows.map((row) => ({ email: row.email, locale: row.locale ?? "fr" }));
  }
  return [];
}

/** The member row, the profile for alumni, the audit entry and the administrators' e-mails, in the caller's transaction. */
async function recordApplication(
  tx: DbOrTx,
  ctx: AccountContext,
  user: { id: string; email: string },
  input: NetworkApplication,
  options: { locale: NetworkLocale; ip?: string | null; organisationName: string | null },
) {
  await tx.insert(networkMembers).values({
    userId: user.id,
    kind: input.kind,
    status: "pending",
    organisationId: input.kind === "organisation_member" ? input.organisationId : null,
    locale: options.locale,
  });
  if (input.kind === "alumni") {
    await tx.insert(alumniProfiles).values({
      userId: user.id,
      lastName: input.lastName,
      firstName: input.firstName,
      countryOfOrigin: input.countryOfOrigin,
      company: input.company,
    });
  }
  await recordAudit(tx, {
    action: "network.member_applied",
    actor: { id: user.id, label: user.email },
    target: { type: "user", id: user.id },
    ip: options.ip,
    details: { kind: input.kind },
  });
  for (const admin of await listRequestRecipients(tx)) {
    const summary: MembershipRequestSummary = {
      kind: input.kind,
      name: fullName(input),
      email: user.email,
      detail: input.kind === "alumni" ? countryLabel(input.countryOfOrigin, admin.locale) : (options.organisationName ?? ""),
    };
    const mail = membershipRequestTemplate(admin.locale, ctx.siteName, summary, requestLink(ctx, user.id));
    await sendEmail(tx, { to: admin.email, ...mail, template: "network-membership-request" }, ctx.mail);
  }
}

/**
 * A membership request with a new account: the account (to confirm by e-mail, like the portal's
 * sign-up), the pending member row, the alumni profile and the notices to the administrators,
 * all or nothing. An address that already has an account gets the same answer (its owner is
 * told by e-mail to sign in and apply), so the form reveals no account.
 */
export async function applyToNetwork(
  db: DbOrTx,
  ctx: AccountContext,
  input: NetworkSignup,
  options: { locale: NetworkLocale; ip?: string | null },
): Promise<ApplyResult> {
  const organisation = input.kind === "organisation_member" ? await activeOrganisation(db, input.organisationId) : null;
  if (input.kind === "organisation_member" && !organisation) {
    return { ok: false, fieldErrors: { organisationId: [UNKNOWN_ORGANISATION[options.locale]] } };
  }
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
  if (existing) {
    const mail = networkAlreadyRegisteredTemplate(options.locale, ctx.siteName, {
      signIn: siteLink(ctx, "/connexion", { retour: "/reseau/inscription" }),
      reset: siteLink(ctx, "/mot-de-passe-oublie"),
    });
    await sendEmail(db, { to: input.email, ...mail, template: "network-already-registered" }, ctx.mail);
    return { ok: true };
  }
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email: input.email, name: fullName(input), passwordHash })
      .returning({ id: users.id, email: users.email });
    await tx.insert(consents).values([
      { userId: user!.id, document: "terms", version: TERMS_VERSION },
      { userId: user!.id, document: "privacy", version: PRIVACY_VERSION },
    ]);
    const token = await issueAccountToken(tx, user!.id, "verify_email", DAY);
    const verify = networkVerifyEmailTemplate(options.locale, ctx.siteName, siteLink(ctx, "/verifier-adresse", { jeton: token }));
    await sendEmail(tx, { to: input.email, ...verify, template: "verify-email", sensitive: true }, ctx.mail);
    await recordAudit(tx, { action: "account.registered", actor: { id: user!.id }, target: { type: "user", id: user!.id }, ip: options.ip });
    await recordApplication(tx, ctx, user!, input, { ...options, organisationName: organisation?.name ?? null });
  });
  return { ok: true };
}

export type ApplyWithAccountResult = ApplyResult | { ok: false; reason: "already_applied" };

/** A membership request from a signed-in account (a portal visitor joining the network). */
export async function applyWithAccount(
  db: DbOrTx,
  ctx: AccountContext,
  user: { id: string; email: string },
  input: NetworkApplication,
  options: { locale: NetworkLocale; ip?: string | null },
): Promise<ApplyWithAccountResult> {
  const organisation = input.kind === "organisation_member" ? await activeOrganisation(db, input.organisationId) : null;
  if (input.kind === "organisation_member" && !organisation) {
    return { ok: false, fieldErrors: { organisationId: [UNKNOWN_ORGANISATION[options.locale]] } };
  }
  return db.transaction(async (tx) => {
    const [member] = await tx.select({ status: networkMembers.status }).from(networkMembers).where(eq(networkMembers.userId, user.id));
    if (member) return { ok: false, reason: "already_applied" } as const;
    await recordApplication(tx, ctx, user, input, { ...options, organisationName: organisation?.name ?? null });
    return { ok: true } as const;
  });
}

export type Decision = "approve" | "refuse";
export type DecideResult = { ok: true; status: "approved" | "refused" } | { ok: false; reason: "not_found" | "unchanged" };

/**
 * Approves or refuses a membership request (or revokes / restores a decided one). Approval grants
 * the member's network role, refusal withdraws it and takes the profile off the home page; the
 * applicant is told in their language. Only holders of "network:approve" may decide.
 */
export async function decideMembership(
  db: DbOrTx,
  ctx: AccountContext,
  actor: Actor & { email?: string | null },
  input: { userId: string; decision: Decision },
  now = new Date(),
): Promise<DecideResult> {
  assertCan(actor, "network:approve");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ member: networkMembers, email: users.email, roles: users.roles })
      .from(networkMembers)
      .innerJoin(users, eq(users.id, networkMembers.userId))
      .where(and(eq(networkMembers.userId, input.userId), inArray(networkMembers.kind, ["alumni", "organisation_member"])));
    if (!row) return { ok: false, reason: "not_found" } as const;
    const status = input.decision === "approve" ? "approved" : "refused";
    if (row.member.status === status) return { ok: false, reason: "unchanged" } as const;
    const role = MEMBER_ROLE[row.member.kind as "alumni" | "organisation_member"];
    const roles = input.decision === "approve" ? [...new Set([...row.roles, role])] : row.roles.filter((r) => r !== role);
    await tx
      .update(networkMembers)
      .set({ status, decidedAt: now, decidedById: actor.id, ...(status === "refused" ? { featuredAt: null } : {}) })
      .where(eq(networkMembers.userId, input.userId));
    await tx.update(users).set({ roles, updatedAt: now }).where(eq(users.id, input.userId));
    await recordAudit(tx, {
      action: status === "approved" ? "network.member_approved" : "network.member_refused",
      actor: { id: actor.id, label: actor.email ?? null },
      target: { type: "user", id: input.userId },
      details: { kind: row.member.kind, before: row.roles, after: roles },
    });
    const link = status === "approved" ? siteLink(ctx, "/connexion", { retour: "/reseau" }) : siteLink(ctx, "/contact");
    const mail = membershipDecisionTemplate(row.member.locale, ctx.siteName, status === "approved", link);
    await sendEmail(tx, { to: row.email, ...mail, template: status === "approved" ? "network-membership-approved" : "network-membership-refused" }, ctx.mail);
    return { ok: true, status } as const;
  });
}
