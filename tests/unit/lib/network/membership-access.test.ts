import { eq } from "drizzle-orm";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { alumniProfiles, networkMembers, networkOrganisations, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/config";
import type { Role } from "@/lib/auth/roles";
import { NETWORK_ACTION_MESSAGES } from "@/lib/network/safe-action";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";

// Pages and actions read the session through getCurrentUser: each test says who asks. forbidden()
// and redirect() throw as they do in Next, with a recognisable message.
const state = vi.hoisted(() => ({ user: null as SessionUser | null, db: null as unknown }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => state.user }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("@/lib/auth/app-context", () => ({
  getAccountContext: () => ({ siteUrl: "http://portail.test", siteName: "Passerelle", mail: { from: "x@portail.test", transport: null } }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  forbidden: () => {
    throw new Error("FORBIDDEN_PAGE");
  },
  notFound: () => {
    throw new Error("NOT_FOUND_PAGE");
  },
  redirect: (to: string) => {
    throw new Error(`REDIRECT ${to}`);
  },
  usePathname: () => "/reseau",
  useRouter: () => ({ push: () => undefined, refresh: () => undefined }),
}));

const { requireNetworkAccess, getNetworkAccessForRequest } = await import("@/lib/network/guards");
const adminActions = await import("@/app/(network)/reseau/admin/actions");
const profileActions = await import("@/app/(network)/reseau/profil/actions");
const { applyToNetworkAction } = await import("@/app/(network)/reseau/inscription/actions");
const pages = {
  profile: (await import("@/app/(network)/reseau/profil/page")).default,
  requests: (await import("@/app/(network)/reseau/admin/demandes/page")).default,
  request: (await import("@/app/(network)/reseau/admin/demandes/[userId]/page")).default,
  members: (await import("@/app/(network)/reseau/admin/membres/page")).default,
  member: (await import("@/app/(network)/reseau/admin/membres/[userId]/page")).default,
};
type PageName = keyof typeof pages;

const SIGNED_OUT = { ok: false, error: NETWORK_ACTION_MESSAGES.fr.signedOut };
const FORBIDDEN = { ok: false, error: NETWORK_ACTION_MESSAGES.fr.forbidden };

const PROFILE = {
  countryOfOrigin: "MA",
  countryOfActivity: "FR",
  lastName: "Benali",
  firstName: "Amina",
  schoolOfOrigin: "",
  company: "Aéro Sud",
  position: "Technicienne",
  trainingType: "",
  speciality: "",
  school: "",
  year: "2019",
  internshipCompany: "",
  contactEmail: "amina@exemple.test",
  contactPhone: "+33 6 12 34 56 78",
};

describe(`network membership pages and actions refuse those without the right (${describeDatabaseKind()})`, () => {
  let database: TestDatabase;
  const who: Record<string, SessionUser> = {};
  let applicantId: string;

  async function member(roles: Role[], kind: "alumni" | "organisation_member" | null, status: "pending" | "approved" | "refused" = "approved") {
    const user = await createTestUser(database.db, { roles });
    if (kind) await database.db.insert(networkMembers).values({ userId: user.id, kind, status });
    if (kind === "alumni") {
      await database.db.insert(alumniProfiles).values({ userId: user.id, lastName: "Nom", firstName: "Prénom", countryOfOrigin: "SN", company: "Société" });
    }
    return user;
  }

  function open(name: PageName, userId = applicantId) {
    const params = Promise.resolve({ userId });
    const searchParams = Promise.resolve({});
    return (pages[name] as (props: { params: typeof params; searchParams: typeof searchParams }) => Promise<unknown>)({ params, searchParams });
  }
  const render = async (name: PageName, userId?: string) => renderToStaticMarkup((await open(name, userId)) as ReactElement);

  async function profileOf(userId: string) {
    return (await database.db.select().from(alumniProfiles).where(eq(alumniProfiles.userId, userId)))[0];
  }
  async function statusOf(userId: string) {
    return (await database.db.select().from(networkMembers).where(eq(networkMembers.userId, userId)))[0]?.status;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    state.db = database.db;
    who.visitor = await createTestUser(database.db);
    who.pending = await member([], "alumni", "pending");
    who.refused = await member([], "organisation_member", "refused");
    // A role left behind on a refused account must not open anything either.
    who.refusedWithRole = await member(["alumni"], "alumni", "refused");
    who.alumni = await member(["alumni"], "alumni");
    who.otherAlumni = await member(["alumni"], "alumni");
    who.organisationMember = await member(["organisation_member"], "organisation_member");
    who.networkEditor = await createTestUser(database.db, { roles: ["network_editor"] });
    who.networkReader = await createTestUser(database.db, { roles: ["network_reader"] });
    who.siteAdmin = await createTestUser(database.db, { roles: ["admin"] });
    who.networkAdmin = await createTestUser(database.db, { roles: ["network_admin"] });
    applicantId = (await member([], "alumni", "pending")).id;
  });

  afterAll(async () => {
    await database?.dispose();
  });

  beforeEach(() => {
    state.user = null;
  });

  describe("guards", () => {
    it("sends anonymous visitors to sign in, with the way back", async () => {
      await expect(requireNetworkAccess("/reseau/profil")).rejects.toThrow("REDIRECT /connexion?retour=%2Freseau%2Fprofil");
      expect(await getNetworkAccessForRequest()).toBeNull();
    });

    it.each(["visitor", "pending", "refused", "refusedWithRole", "siteAdmin"])("refuses a %s everywhere in the network", async (name) => {
      state.user = who[name]!;
      await expect(requireNetworkAccess("/reseau")).rejects.toThrow("FORBIDDEN_PAGE");
      expect(await getNetworkAccessForRequest()).toBeNull();
      for (const page of Object.keys(pages) as PageName[]) await expect(open(page)).rejects.toThrow("FORBIDDEN_PAGE");
    });

    it.each([
      ["alumni", "alumni"],
      ["organisationMember", "organisation_member"],
      ["networkReader", "bricks_admin"],
      ["networkAdmin", "bricks_admin"],
    ])("lets an approved %s in, as the %s column of the matrix", async (name, viewer) => {
      state.user = who[name]!;
      expect((await requireNetworkAccess("/reseau")).viewer).toBe(viewer);
      expect((await getNetworkAccessForRequest())?.viewer).toBe(viewer);
    });

    it("checks the action when one is given", async () => {
      state.user = who.alumni!;
      await expect(requireNetworkAccess("/reseau/admin/demandes", "network:read_all")).rejects.toThrow("FORBIDDEN_PAGE");
      expect(await getNetworkAccessForRequest("network:approve")).toBeNull();
    });
  });

  describe("administration pages", () => {
    it("sends anonymous visitors to sign in", async () => {
      for (const page of Object.keys(pages) as PageName[]) await expect(open(page)).rejects.toThrow(/^REDIRECT \/connexion\?retour=/);
    });

    it.each(["alumni", "organisationMember"])("refuses every administration page to a %s", async (name) => {
      state.user = who[name]!;
      for (const page of ["requests", "request", "members", "member"] as const) await expect(open(page)).rejects.toThrow("FORBIDDEN_PAGE");
    });

    it.each(["networkReader", "networkEditor"])("shows the lists to a %s, without the decision buttons, and refuses profile editing", async (name) => {
      state.user = who[name]!;
      expect(await render("requests")).toContain(`/reseau/admin/demandes/${applicantId}`);
      const request = await render("request");
      expect(request).not.toContain("Activer le profil");
      expect(request).toContain("ne permet pas de décider");
      expect(await render("members")).not.toContain(`/reseau/admin/membres/${applicantId}`);
      await expect(open("member")).rejects.toThrow("FORBIDDEN_PAGE");
    });

    it("gives a network administrator the decision and the full profile", async () => {
      state.user = who.networkAdmin!;
      expect(await render("request")).toContain("Activer le profil");
      const page = await render("member");
      expect(page).toContain("Profil alumni");
      expect(page).toContain('name="contactPhone"');
    });
  });

  describe("administration actions", () => {
    const calls = () => [
      () => adminActions.decideMembershipAction({ userId: applicantId, decision: "approve" }),
      () => adminActions.adminUpdateAlumniProfileAction({ ...PROFILE, lastName: "Pirate", userId: applicantId }),
      () => adminActions.adminUpdateMemberAction({ userId: applicantId, name: "Pirate", organisationId: "", adminScope: "" }),
    ];

    it("refuses an anonymous visitor", async () => {
      for (const call of calls()) expect(await call()).toEqual(SIGNED_OUT);
    });

    it.each(["visitor", "pending", "refused", "alumni", "organisationMember", "networkEditor", "networkReader", "siteAdmin"])(
      "refuses a %s and changes nothing",
      async (name) => {
        state.user = who[name]!;
        for (const call of calls()) expect(await call()).toEqual(FORBIDDEN);
        expect(await statusOf(applicantId)).toBe("pending");
        expect((await profileOf(applicantId))!.lastName).toBe("Nom");
      },
    );

    it("lets a network administrator edit a profile and approve", async () => {
      state.user = who.networkAdmin!;
      expect(await adminActions.adminUpdateAlumniProfileAction({ ...PROFILE, userId: applicantId })).toMatchObject({ ok: true });
      expect(await profileOf(applicantId)).toMatchObject({ lastName: "Benali", year: 2019, contactPhone: "+33 6 12 34 56 78" });
      expect(await adminActions.decideMembershipAction({ userId: applicantId, decision: "approve" })).toMatchObject({ ok: true, data: { status: "approved" } });
      expect(await statusOf(applicantId)).toBe("approved");
      const [row] = await database.db.select({ roles: users.roles }).from(users).where(eq(users.id, applicantId));
      expect(row!.roles).toContain("alumni");
    });
  });

  describe("own profile", () => {
    it("writes the signed-in alumni's profile only, whatever userId the form carries", async () => {
      state.user = who.alumni!;
      const result = await profileActions.updateOwnAlumniProfileAction({ ...PROFILE, company: "Ma société", userId: who.otherAlumni!.id });
      expect(result).toMatchObject({ ok: true });
      expect((await profileOf(who.alumni!.id))!.company).toBe("Ma société");
      expect((await profileOf(who.otherAlumni!.id))!.company).toBe("Société");
    });

    it("validates years, e-mail and phone on the server", async () => {
      state.user = who.alumni!;
      const result = await profileActions.updateOwnAlumniProfileAction({ ...PROFILE, year: "1890", contactEmail: "pas-une-adresse", contactPhone: "abc" });
      expect(result.ok).toBe(false);
      expect(Object.keys((result as { fieldErrors: Record<string, string[]> }).fieldErrors).sort()).toEqual(["contactEmail", "contactPhone", "year"]);
    });

    it.each(["visitor", "pending", "refusedWithRole"])("refuses a %s", async (name) => {
      state.user = who[name]!;
      expect(await profileActions.updateOwnAlumniProfileAction(PROFILE)).toEqual(FORBIDDEN);
      expect(await profileActions.updateOwnNameAction({ name: "Pirate" })).toEqual(FORBIDDEN);
    });

    it("refuses an alumni profile to an organisation member, who edits their name", async () => {
      state.user = who.organisationMember!;
      expect(await profileActions.updateOwnAlumniProfileAction(PROFILE)).toEqual(FORBIDDEN);
      expect(await profileOf(who.organisationMember!.id)).toBeUndefined();
      expect(await profileActions.updateOwnNameAction({ name: "Olga Organisme" })).toMatchObject({ ok: true });
      const [row] = await database.db.select({ name: users.name }).from(users).where(eq(users.id, who.organisationMember!.id));
      expect(row!.name).toBe("Olga Organisme");
    });

    it("renders the alumni's own profile form with their values", async () => {
      state.user = who.alumni!;
      const page = await render("profile");
      expect(page).toContain("Mon profil");
      expect(page).toContain('value="Ma société"');
    });
  });

  describe("sign-up action", () => {
    it("creates a pending request for an anonymous applicant", async () => {
      const [organisation] = await database.db.insert(networkOrganisations).values({ name: "Organisme (accès)" }).returning();
      const result = await applyToNetworkAction({
        kind: "organisation_member",
        lastName: "Fabre",
        firstName: "Tom",
        organisationId: String(organisation!.id),
        email: "tom.fabre@exemple.test",
        password: "Reseau-alumni-2026",
        passwordConfirmation: "Reseau-alumni-2026",
        acceptTerms: true,
      });
      expect(result).toEqual({ ok: true, data: { signedIn: false } });
      const [row] = await database.db.select().from(users).where(eq(users.email, "tom.fabre@exemple.test"));
      expect(await statusOf(row!.id)).toBe("pending");
      expect(row!.roles).toEqual([]);
    });

    it("refuses a request without the acceptance of the legal notice", async () => {
      const result = await applyToNetworkAction({ kind: "alumni", lastName: "A", firstName: "B", countryOfOrigin: "FR", company: "C", email: "sans.accord@exemple.test", password: "Reseau-alumni-2026", passwordConfirmation: "Reseau-alumni-2026" });
      expect(result.ok).toBe(false);
      expect((result as { fieldErrors: Record<string, string[]> }).fieldErrors.acceptTerms).toBeDefined();
    });
  });
});
