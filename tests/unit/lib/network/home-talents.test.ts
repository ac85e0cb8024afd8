import { and, eq } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { listFeaturedTalents, MAX_FEATURED_TALENTS } from "@/db/queries/network-talents";
import { alumniProfiles, auditLog, networkMembers } from "@/db/schema";
import { FORBIDDEN as FORBIDDEN_MESSAGE, SIGNED_OUT } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/config";
import { formatFieldValue } from "@/lib/network/directory/columns";
import { ALUMNI_FIELDS, visibleFields } from "@/lib/network/matrix";
import { getFeaturedTalentsFor } from "@/lib/network/talents";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";
import { ALPHA, decodedHtml, type Fixture, seedDirectory } from "./directory-fixtures";

/**
 * The network home (one interface per kind of member, featured talents projected per viewer),
 * the administrators' talents page and its action, the help page: who is refused, and which
 * fields of a featured alumni each viewer receives.
 */

const state = vi.hoisted(() => ({ user: null as SessionUser | null, db: null as unknown }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => state.user }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// Client buttons of the talents page render outside an app router here.
vi.mock("next/navigation", async (original) => ({ ...(await original<typeof import("next/navigation")>()), useRouter: () => ({ refresh() {}, push() {} }) }));

const FORBIDDEN = { digest: "NEXT_HTTP_ERROR_FALLBACK;403" };
const signInTo = (path: string) => ({ digest: expect.stringMatching(new RegExp(`^NEXT_REDIRECT;.*/connexion\\?retour=${encodeURIComponent(path)}`)) });

type PageModule = { default: (props: { searchParams: Promise<Record<string, string>> }) => Promise<React.ReactElement> };
const PAGES = {
  home: () => import("@/app/(network)/reseau/page") as Promise<PageModule>,
  help: () => import("@/app/(network)/reseau/aide/page") as Promise<PageModule>,
  talents: () => import("@/app/(network)/reseau/admin/talents/page") as Promise<PageModule>,
};

async function render(page: keyof typeof PAGES, searchParams: Record<string, string> = {}): Promise<string> {
  const { default: Page } = await PAGES[page]();
  return decodedHtml(renderToStaticMarkup(await Page({ searchParams: Promise.resolve(searchParams) })));
}

async function feature(userId: string, featured: boolean) {
  const { setTalentFeaturedAction } = await import("@/app/(network)/reseau/admin/talents/actions");
  return setTalentFeaturedAction({ userId, featured });
}

/** A rendered value of a field as a page would show it (country names, not codes). */
function shown(field: (typeof ALUMNI_FIELDS)[number]): string {
  return formatFieldValue(field, ALPHA[field], "fr");
}

describe(`network home and featured talents, on ${describeDatabaseKind()}`, () => {
  let db: TestDatabase;
  let fixture: Fixture;
  const byLabel = (label: string) => fixture.viewers.find((v) => v.label.startsWith(label))!.user;

  beforeAll(async () => {
    vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
    db = await createTestDatabase();
    state.db = db.db;
    fixture = await seedDirectory(db.db);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await db?.dispose();
  });
  beforeEach(() => {
    state.user = null;
  });

  describe("featured profile per viewer", () => {
    it("gives each viewer exactly the fields of their matrix column", async () => {
      for (const { label, viewer } of fixture.viewers) {
        const talents = await getFeaturedTalentsFor(db.db, viewer);
        const alpha = talents.find((talent) => talent.userId === fixture.ids.alpha);
        expect(alpha, label).toBeDefined();
        expect(Object.keys(alpha!.profile).sort(), label).toEqual([...visibleFields(viewer)].sort());
      }
    });

    it("never puts a hidden field of the featured alumni in the home page's HTML", async () => {
      for (const { label, viewer, user } of fixture.viewers) {
        state.user = user;
        const html = await render("home");
        expect(html, label).toContain(ALPHA.lastName);
        for (const field of ALUMNI_FIELDS) {
          if (visibleFields(viewer).includes(field)) continue;
          expect(html, `${label} must not see ${field}`).not.toContain(shown(field));
        }
      }
    });

    it("an organisation member never receives the country of origin or contact details", async () => {
      state.user = byLabel("organisation member");
      const html = await render("home");
      for (const field of ["countryOfOrigin", "contactEmail", "contactPhone", "schoolOfOrigin", "internshipCompany"] as const) {
        expect(html, field).not.toContain(shown(field));
      }
      expect(html).toContain(ALPHA.company);
    });

    it("lists only approved alumni with an active account", async () => {
      await db.db.update(networkMembers).set({ featuredAt: new Date() }).where(eq(networkMembers.userId, fixture.ids.pending));
      const ids = (await listFeaturedTalents(db.db)).map((row) => row.userId);
      expect(ids).toContain(fixture.ids.alpha);
      expect(ids).not.toContain(fixture.ids.pending);
      await db.db.update(networkMembers).set({ featuredAt: null }).where(eq(networkMembers.userId, fixture.ids.pending));
    });
  });

  describe("each kind of member in their own interface", () => {
    it("welcomes alumni, organisation members and administrators differently", async () => {
      state.user = byLabel("alumni");
      const alumniHtml = await render("home");
      state.user = byLabel("organisation member");
      const organisationHtml = await render("home");
      state.user = byLabel("Bricks administrator");
      const adminHtml = await render("home");
      expect(alumniHtml).toContain("Bienvenue dans le réseau");
      expect(alumniHtml).toContain('href="/reseau/aide#confidentialite"');
      expect(organisationHtml).toContain("Lycée Airbus de test");
      expect(organisationHtml).not.toContain('href="/reseau/admin/talents"');
      expect(adminHtml).toContain("Administration du réseau des alumni");
      expect(adminHtml).toContain('href="/reseau/admin/demandes"');
      expect(adminHtml).toContain("Administrateur complet");
    });

    it("shows the read-only administrator no publishing shortcut", async () => {
      state.user = byLabel("Campus administrator (network_reader");
      const html = await render("home");
      expect(html).toContain("Lecture seule");
      expect(html).not.toContain('href="/reseau/admin/talents"');
      expect(html).toContain('href="/reseau/admin/actualites"');
    });

    it("serves English with ?lang=en", async () => {
      state.user = byLabel("alumni");
      expect(await render("home", { lang: "en" })).toContain("Welcome to the network");
    });
  });

  describe("refused access", () => {
    it("sends anonymous visitors to sign in from every page but the home", async () => {
      await expect(render("help")).rejects.toMatchObject(signInTo("/reseau/aide"));
      await expect(render("talents")).rejects.toMatchObject(signInTo("/reseau/admin/talents"));
    });

    it("gives visitors and unapproved applicants the 403 page everywhere but the home", async () => {
      for (const { label, user } of fixture.refused) {
        state.user = user;
        for (const page of ["help", "talents"] as const) {
          await expect(render(page), `${label} on ${page}`).rejects.toMatchObject(FORBIDDEN);
        }
      }
    });

    it("shows anonymous visitors and non-members the network's presentation, without any featured talent", async () => {
      for (const { label, user } of [{ label: "anonymous", user: null }, ...fixture.refused]) {
        state.user = user;
        const html = await render("home");
        expect(html, label).toContain("<h1");
        expect(html, label).toContain("Ce que le réseau vous apporte");
        expect(html, label).not.toContain(ALPHA.lastName);
        expect(html, label).not.toContain(ALPHA.contactEmail);
        expect(html, label).not.toContain("Talents à l'honneur");
      }
    });

    it("keeps the talents page to full and partial administrators", async () => {
      for (const label of ["alumni", "organisation member", "Campus administrator (network_reader"]) {
        state.user = byLabel(label);
        await expect(render("talents"), label).rejects.toMatchObject(FORBIDDEN);
      }
      for (const label of ["Bricks administrator", "Campus administrator (network_editor"]) {
        state.user = byLabel(label);
        expect(await render("talents", { q: "lodie" }), label).toContain(ALPHA.lastName);
      }
    });

    it("refuses the feature action to everyone but publishers, and changes nothing", async () => {
      const target = fixture.ids.beta;
      expect(await feature(target, true)).toEqual({ ok: false, error: SIGNED_OUT });
      const refused = [...fixture.refused.map((r) => r.user), byLabel("alumni"), byLabel("organisation member"), byLabel("Campus administrator (network_reader")];
      for (const user of refused) {
        state.user = user;
        expect(await feature(target, true)).toEqual({ ok: false, error: FORBIDDEN_MESSAGE });
        expect(await feature(fixture.ids.alpha, false)).toEqual({ ok: false, error: FORBIDDEN_MESSAGE });
      }
      const ids = (await listFeaturedTalents(db.db)).map((row) => row.userId);
      expect(ids).toEqual([fixture.ids.alpha]);
    });
  });

  describe("featuring talents", () => {
    it("features and unfeatures an approved alumni, with an audit entry each time", async () => {
      const editor = byLabel("Campus administrator (network_editor");
      state.user = editor;
      expect((await feature(fixture.ids.beta, true)).ok).toBe(true);
      expect((await listFeaturedTalents(db.db)).map((row) => row.userId)).toContain(fixture.ids.beta);
      expect((await feature(fixture.ids.beta, false)).ok).toBe(true);
      expect((await listFeaturedTalents(db.db)).map((row) => row.userId)).not.toContain(fixture.ids.beta);
      const entries = await db.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.targetId, fixture.ids.beta), eq(auditLog.actorId, editor.id)));
      expect(entries.map((entry) => entry.action).sort()).toEqual(["network.talent_featured", "network.talent_unfeatured"]);
    });

    it("refuses to feature an applicant who is not approved", async () => {
      state.user = byLabel("Bricks administrator");
      const result = await feature(fixture.ids.pending, true);
      expect(result.ok).toBe(false);
      const [row] = await db.db.select().from(networkMembers).where(eq(networkMembers.userId, fixture.ids.pending));
      expect(row?.featuredAt).toBeNull();
    });

    it(`stops at ${MAX_FEATURED_TALENTS} featured talents`, async () => {
      state.user = byLabel("Bricks administrator");
      const extra: string[] = [];
      for (let i = 0; i < MAX_FEATURED_TALENTS; i += 1) {
        const user = await createTestUser(db.db, { roles: ["alumni"] });
        await db.db.insert(networkMembers).values({ userId: user.id, kind: "alumni", status: "approved" });
        await db.db.insert(alumniProfiles).values({ userId: user.id, lastName: `Limite${i}`, firstName: "Test", countryOfOrigin: "FR", company: "Société" });
        extra.push(user.id);
      }
      // ALPHA is already featured: 11 more fill the home, the 12th extra is one too many.
      for (const id of extra.slice(0, MAX_FEATURED_TALENTS - 1)) expect((await feature(id, true)).ok).toBe(true);
      const over = await feature(extra[MAX_FEATURED_TALENTS - 1]!, true);
      expect(over.ok).toBe(false);
      expect(await listFeaturedTalents(db.db)).toHaveLength(MAX_FEATURED_TALENTS);
      for (const id of extra) await feature(id, false);
    });
  });

  describe("online help per role", () => {
    it("tells alumni what organisation members see of them, from the matrix", async () => {
      state.user = byLabel("alumni");
      const html = await render("help");
      expect(html).toContain('id="confidentialite"');
      expect(html).not.toContain('id="administration"');
      expect(html).not.toContain('id="ce-que-vous-voyez"');
      const privacy = html.slice(html.indexOf('id="confidentialite"'));
      const neverSee = privacy.slice(privacy.indexOf("Ils ne voient jamais"), privacy.indexOf("</ul>", privacy.indexOf("Ils ne voient jamais")));
      for (const label of ["Pays d'origine", "Adresse électronique de contact", "Téléphone de contact", "Société de stage"]) expect(neverSee).toContain(label);
      expect(neverSee).not.toContain("Pays d'activité");
    });

    it("tells organisation members what they can search and see, and administrators everything", async () => {
      state.user = byLabel("organisation member");
      const organisation = await render("help");
      expect(organisation).toContain('id="ce-que-vous-voyez"');
      expect(organisation).not.toContain('id="confidentialite"');
      expect(organisation).not.toContain('id="administration"');
      state.user = byLabel("Campus administrator (network_reader");
      const admin = await render("help");
      for (const id of ["administration", "confidentialite", "ce-que-vous-voyez", "grille"]) expect(admin).toContain(`id="${id}"`);
      expect(admin).toContain("Votre niveau d'administration : Lecture seule.");
    });
  });
});
