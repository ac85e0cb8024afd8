import { and, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alumniProfiles, auditLog, networkMembers, networkOrganisations, outboxEmails, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/config";
import { ForbiddenError } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { getNetworkAccess } from "@/lib/network/access";
import { applyToNetwork, applyWithAccount, decideMembership } from "@/lib/network/membership";
import { adminSaveAlumniProfile, adminUpdateMember } from "@/lib/network/profiles";
import { sendProfileReminders } from "@/lib/network/reminders";
import { alumniProfileSchema } from "@/lib/validations/network-profile";
import { type NetworkSignup, networkSignupSchema } from "@/lib/validations/network-signup";
import { testAccountContext as ctx, lastEmailTo } from "../../../helpers/account-context";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";

const PASSWORD = "Reseau-alumni-2026";

function alumniSignup(email: string, extra: Partial<NetworkSignup> = {}): NetworkSignup {
  return networkSignupSchema("fr").parse({
    kind: "alumni",
    lastName: "Diallo",
    firstName: "Awa",
    countryOfOrigin: "SN",
    company: "Dakar Aéro",
    email,
    password: PASSWORD,
    passwordConfirmation: PASSWORD,
    acceptTerms: true,
    ...extra,
  });
}

describe(`alumni network membership: sign-up, approval, reminders (${describeDatabaseKind()})`, () => {
  let t: TestDatabase;
  let networkAdmin: SessionUser;
  let secondAdmin: SessionUser;
  let organisationId: number;
  let inactiveOrganisationId: number;

  async function userByEmail(email: string) {
    const [row] = await t.db.select().from(users).where(eq(users.email, email));
    return row;
  }
  async function memberOf(userId: string) {
    const [row] = await t.db.select().from(networkMembers).where(eq(networkMembers.userId, userId));
    return row;
  }
  async function mailsTo(to: string) {
    return t.db.select().from(outboxEmails).where(eq(outboxEmails.to, to));
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    networkAdmin = await createTestUser(t.db, { email: "cm-bricks@exemple.test", roles: ["network_admin"] });
    secondAdmin = await createTestUser(t.db, { email: "direction-campus@exemple.test", roles: ["network_admin"] });
    await t.db.insert(networkMembers).values({ userId: secondAdmin.id, kind: "network_admin", status: "approved", adminScope: "campus", locale: "en" });
    const [active] = await t.db.insert(networkOrganisations).values({ name: "Lycée aéro (test)" }).returning();
    const [inactive] = await t.db.insert(networkOrganisations).values({ name: "Ancien organisme (test)", active: false }).returning();
    organisationId = active!.id;
    inactiveOrganisationId = inactive!.id;
  });

  afterAll(async () => {
    await t?.dispose();
  });

  describe("sign-up", () => {
    it("creates an unverified account, a pending member and the alumni profile, and notifies both administrators with the link", async () => {
      const result = await applyToNetwork(t.db, ctx, alumniSignup("awa.diallo@exemple.test"), { locale: "fr" });
      expect(result).toEqual({ ok: true });
      const user = await userByEmail("awa.diallo@exemple.test");
      expect(user).toMatchObject({ name: "Awa Diallo", roles: [], emailVerified: null });
      expect(user!.passwordHash).toBeTruthy();
      expect(await memberOf(user!.id)).toMatchObject({ kind: "alumni", status: "pending", locale: "fr", decidedAt: null });
      const [profile] = await t.db.select().from(alumniProfiles).where(eq(alumniProfiles.userId, user!.id));
      expect(profile).toMatchObject({ lastName: "Diallo", firstName: "Awa", countryOfOrigin: "SN", company: "Dakar Aéro" });

      expect((await lastEmailTo(t.db, "awa.diallo@exemple.test"))?.text).toContain("/verifier-adresse?jeton=");
      const link = `http://portail.test/reseau/admin/demandes/${user!.id}`;
      const french = await lastEmailTo(t.db, networkAdmin.email);
      expect(french?.subject).toContain("Nouvelle demande d'adhésion");
      expect(french?.text).toContain(link);
      expect(french?.text).toContain("Sénégal");
      // The campus direction reads in English: its notice too.
      const english = await lastEmailTo(t.db, secondAdmin.email);
      expect(english?.subject).toContain("New membership request");
      expect(english?.text).toContain(link);
      expect(english?.text).toContain("Senegal");

      const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "network.member_applied"), eq(auditLog.targetId, user!.id)));
      expect(audit).toBeDefined();
    });

    it("gives an organisation member no profile and requires an active pre-registered organisation", async () => {
      const base = { kind: "organisation_member", lastName: "Martin", firstName: "Léa", email: "lea.martin@exemple.test", password: PASSWORD, passwordConfirmation: PASSWORD, acceptTerms: true };
      const refused = await applyToNetwork(t.db, ctx, networkSignupSchema("en").parse({ ...base, organisationId: inactiveOrganisationId }), { locale: "en" });
      expect(refused.ok).toBe(false);
      expect(await userByEmail("lea.martin@exemple.test")).toBeUndefined();

      expect(await applyToNetwork(t.db, ctx, networkSignupSchema("en").parse({ ...base, organisationId }), { locale: "en" })).toEqual({ ok: true });
      const user = await userByEmail("lea.martin@exemple.test");
      expect(await memberOf(user!.id)).toMatchObject({ kind: "organisation_member", status: "pending", organisationId, locale: "en" });
      expect(await t.db.select().from(alumniProfiles).where(eq(alumniProfiles.userId, user!.id))).toHaveLength(0);
      expect((await lastEmailTo(t.db, "lea.martin@exemple.test"))?.subject).toContain("Confirm your e-mail address");
    });

    it("answers the same for an address that already has an account, creating nothing and telling its owner", async () => {
      const existing = await createTestUser(t.db, { email: "deja.inscrit@exemple.test" });
      const notices = (await mailsTo(networkAdmin.email)).length;
      expect(await applyToNetwork(t.db, ctx, alumniSignup("deja.inscrit@exemple.test"), { locale: "fr" })).toEqual({ ok: true });
      expect(await memberOf(existing.id)).toBeUndefined();
      expect((await lastEmailTo(t.db, "deja.inscrit@exemple.test"))?.subject).toContain("Vous avez déjà un compte");
      expect((await mailsTo(networkAdmin.email)).length).toBe(notices);
    });

    it("lets a signed-in visitor apply with their account, once", async () => {
      const visitor = await createTestUser(t.db, { email: "visiteur.reseau@exemple.test" });
      const input = { kind: "alumni" as const, lastName: "Nguyen", firstName: "Lan", countryOfOrigin: "VN" as const, company: "Hanoi Aero", acceptTerms: true as const };
      expect(await applyWithAccount(t.db, ctx, visitor, input, { locale: "fr" })).toEqual({ ok: true });
      expect(await memberOf(visitor.id)).toMatchObject({ status: "pending", kind: "alumni" });
      expect(await applyWithAccount(t.db, ctx, visitor, input, { locale: "fr" })).toEqual({ ok: false, reason: "already_applied" });
    });

    it("rolls everything back when a step fails (one transaction)", async () => {
      // The administrators' notice is the last write: when its delivery throws, nothing of the request remains.
      const failing = {
        ...ctx,
        mail: {
          from: ctx.mail.from,
          transport: {
            name: "test",
            deliver: async (_from: string, message: { to: string }) => {
              if (message.to === networkAdmin.email) throw new Error("provider down");
              return { status: "sent" as const, providerId: "x" };
            },
          },
        },
      };
      await expect(applyToNetwork(t.db, failing, alumniSignup("rollback@exemple.test"), { locale: "fr" })).rejects.toThrow("provider down");
      expect(await userByEmail("rollback@exemple.test")).toBeUndefined();
      expect(await mailsTo("rollback@exemple.test")).toHaveLength(0);
    });
  });

  describe("approval", () => {
    it("approving grants the role, records the decision and tells the applicant; the network then opens", async () => {
      const user = (await userByEmail("awa.diallo@exemple.test"))!;
      const actor = { ...networkAdmin };
      expect(await getNetworkAccess(t.db, { id: user.id, roles: user.roles, status: "active" })).toBeNull();

      expect(await decideMembership(t.db, ctx, actor, { userId: user.id, decision: "approve" })).toEqual({ ok: true, status: "approved" });
      const after = (await userByEmail("awa.diallo@exemple.test"))!;
      expect(after.roles).toEqual(["alumni"]);
      expect(await memberOf(user.id)).toMatchObject({ status: "approved", decidedById: networkAdmin.id });
      expect((await memberOf(user.id))!.decidedAt).toBeInstanceOf(Date);
      const mail = await lastEmailTo(t.db, "awa.diallo@exemple.test");
      expect(mail?.subject).toContain("Bienvenue dans le réseau");
      expect(mail?.text).toContain("/connexion?retour=%2Freseau");
      expect(await getNetworkAccess(t.db, { id: user.id, roles: after.roles, status: "active" })).toMatchObject({ viewer: "alumni" });
      const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "network.member_approved"), eq(auditLog.targetId, user.id)));
      expect(audit?.actorId).toBe(networkAdmin.id);

      expect(await decideMembership(t.db, ctx, actor, { userId: user.id, decision: "approve" })).toEqual({ ok: false, reason: "unchanged" });
    });

    it("refusing withdraws the role, tells the applicant in their language and closes the network", async () => {
      const user = (await userByEmail("lea.martin@exemple.test"))!;
      await decideMembership(t.db, ctx, networkAdmin, { userId: user.id, decision: "approve" });
      expect((await userByEmail("lea.martin@exemple.test"))!.roles).toEqual(["organisation_member"]);
      expect(await decideMembership(t.db, ctx, networkAdmin, { userId: user.id, decision: "refuse" })).toEqual({ ok: true, status: "refused" });
      const after = (await userByEmail("lea.martin@exemple.test"))!;
      expect(after.roles).toEqual([]);
      expect((await memberOf(user.id))!.status).toBe("refused");
      expect((await lastEmailTo(t.db, "lea.martin@exemple.test"))?.subject).toContain("Your membership request");
      expect(await getNetworkAccess(t.db, { id: user.id, roles: after.roles, status: "active" })).toBeNull();
    });

    it("keeps a refused member out even if a network role were left on the account", async () => {
      const user = (await userByEmail("lea.martin@exemple.test"))!;
      expect(await getNetworkAccess(t.db, { id: user.id, roles: ["organisation_member"], status: "active" })).toBeNull();
      const pending = await createTestUser(t.db, { roles: ["alumni"] });
      await t.db.insert(networkMembers).values({ userId: pending.id, kind: "alumni", status: "pending" });
      expect(await getNetworkAccess(t.db, pending)).toBeNull();
    });

    it("answers not_found for an account that never applied", async () => {
      expect(await decideMembership(t.db, ctx, networkAdmin, { userId: networkAdmin.id, decision: "approve" })).toEqual({ ok: false, reason: "not_found" });
    });

    const refusedRoles: [string, Role[]][] = [
      ["alumni", ["alumni"]],
      ["organisation member", ["organisation_member"]],
      ["network editor", ["network_editor"]],
      ["network reader", ["network_reader"]],
      ["site administrator", ["admin"]],
      ["registered visitor", []],
    ];

    it.each(refusedRoles)("refuses decisions and edits of others' profiles to a %s", async (_, roles) => {
      const actor = await createTestUser(t.db, { roles });
      const target = (await userByEmail("visiteur.reseau@exemple.test"))!;
      await expect(decideMembership(t.db, ctx, actor, { userId: target.id, decision: "approve" })).rejects.toBeInstanceOf(ForbiddenError);
      const values = alumniProfileSchema("fr").parse({ ...blankProfile(), lastName: "Pirate", firstName: "X", countryOfOrigin: "FR", company: "X" });
      await expect(adminSaveAlumniProfile(t.db, actor, target.id, values)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(adminUpdateMember(t.db, actor, { userId: target.id, name: "Pirate", organisationId: null, adminScope: null })).rejects.toBeInstanceOf(ForbiddenError);
      expect((await memberOf(target.id))!.status).toBe("pending");
      expect((await userByEmail("visiteur.reseau@exemple.test"))!.roles).toEqual([]);
      const [profile] = await t.db.select().from(alumniProfiles).where(eq(alumniProfiles.userId, target.id));
      expect(profile!.lastName).toBe("Nguyen");
    });

    it("refuses a deactivated network administrator", async () => {
      const actor = await createTestUser(t.db, { roles: ["network_admin"], status: "deactivated" });
      const target = (await userByEmail("visiteur.reseau@exemple.test"))!;
      await expect(decideMembership(t.db, ctx, actor, { userId: target.id, decision: "approve" })).rejects.toBeInstanceOf(ForbiddenError);
    });

    it("lets a network administrator set another administrator's scope (their matrix column)", async () => {
      const reader = await createTestUser(t.db, { roles: ["network_reader"] });
      expect(await getNetworkAccess(t.db, reader)).toMatchObject({ viewer: "bricks_admin" });
      expect(await adminUpdateMember(t.db, networkAdmin, { userId: reader.id, name: "Lecteur Campus", organisationId: null, adminScope: "campus" })).toEqual({ ok: true });
      expect(await memberOf(reader.id)).toMatchObject({ kind: "network_admin", status: "approved", adminScope: "campus", adminLevel: "read_only" });
      expect(await getNetworkAccess(t.db, reader)).toMatchObject({ viewer: "campus_admin" });
    });
  });

  describe("yearly reminder", () => {
    it("reminds approved members whose profile and last reminder are over a year old, once, in their language", async () => {
      const now = new Date("2030-06-01T08:00:00Z");
      const old = new Date("2029-05-01T08:00:00Z");
      const recent = new Date("2030-01-01T08:00:00Z");
      const make = async (email: string, status: "approved" | "pending", updatedAt: Date, locale: "fr" | "en", reminderSentAt: Date | null = null) => {
        const user = await createTestUser(t.db, { email, roles: status === "approved" ? ["alumni"] : [] });
        await t.db.insert(networkMembers).values({ userId: user.id, kind: "alumni", status, locale, reminderSentAt, decidedAt: updatedAt, createdAt: updatedAt });
        await t.db.insert(alumniProfiles).values({ userId: user.id, lastName: "R", firstName: "R", countryOfOrigin: "FR", company: "C", updatedAt });
        return user;
      };
      // The members of the earlier tests were reminded recently: only this test's members are in play.
      await t.db.update(networkMembers).set({ reminderSentAt: recent }).where(isNotNull(networkMembers.userId));
      const due = await make("rappel.du@exemple.test", "approved", old, "en");
      await make("rappel.recent@exemple.test", "approved", recent, "fr");
      await make("rappel.attente@exemple.test", "pending", old, "fr");
      await make("rappel.deja@exemple.test", "approved", old, "fr", recent);

      expect(await sendProfileReminders(t.db, { now, ctx })).toBe(1);
      const mail = await lastEmailTo(t.db, "rappel.du@exemple.test");
      expect(mail?.subject).toContain("Is your profile up to date?");
      expect(mail?.text).toContain("http://portail.test/reseau/profil");
      expect((await memberOf(due.id))!.reminderSentAt?.toISOString()).toBe(now.toISOString());
      for (const email of ["rappel.recent@exemple.test", "rappel.attente@exemple.test", "rappel.deja@exemple.test"]) {
        expect(await lastEmailTo(t.db, email)).toBeUndefined();
      }
      // The next day nothing is due any more; a year later, again.
      expect(await sendProfileReminders(t.db, { now: new Date("2030-06-02T08:00:00Z"), ctx })).toBe(0);
      expect(await sendProfileReminders(t.db, { now: new Date("2031-06-02T08:00:00Z"), ctx })).toBeGreaterThanOrEqual(1);
    });
  });
});

function blankProfile() {
  return {
    countryOfOrigin: "",
    countryOfActivity: "",
    lastName: "",
    firstName: "",
    schoolOfOrigin: "",
    company: "",
    position: "",
    trainingType: "",
    speciality: "",
    school: "",
    year: "",
    internshipCompany: "",
    contactEmail: "",
    contactPhone: "",
  };
}
