import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { networkPosts } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/config";
import { getNetworkStanding } from "@/lib/network/access";
import { listStaticPages } from "@/lib/navigation";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";
import { decodedHtml, type Fixture, seedDirectory } from "./directory-fixtures";

/**
 * The ways into the alumni network from the portal: the footer link for everyone, the header link
 * for members, the card of the personal space, and the presentation /reseau shows to whoever is
 * not a member (sign-in and application, never a refusal, and nothing from inside the area).
 */

const state = vi.hoisted(() => ({ user: null as SessionUser | null, db: null as unknown }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => state.user }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const MEMBER_POST = "Rencontre réservée aux membres du réseau";

async function renderPresentation(lang?: string): Promise<string> {
  const { default: Page } = await import("@/app/(network)/reseau/page");
  return decodedHtml(renderToStaticMarkup(await Page({ searchParams: Promise.resolve(lang ? { lang } : {}) })));
}

async function renderAccountLinks(): Promise<string> {
  const { AccountLinks } = await import("@/components/layout/account-links");
  return decodedHtml(renderToStaticMarkup(await AccountLinks({ layout: "bar" })));
}

async function renderSpace(): Promise<string> {
  const { default: Page } = await import("@/app/(account)/espace/page");
  return decodedHtml(renderToStaticMarkup(await Page()));
}

describe(`links from the portal to the alumni network, on ${describeDatabaseKind()}`, () => {
  let db: TestDatabase;
  let fixture: Fixture;
  const viewer = (label: string) => fixture.viewers.find((v) => v.label.startsWith(label))!.user;
  const refused = (label: string) => fixture.refused.find((r) => r.label.startsWith(label))!.user;

  beforeAll(async () => {
    vi.stubEnv("__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS", "true");
    db = await createTestDatabase();
    state.db = db.db;
    fixture = await seedDirectory(db.db);
    await db.db.insert(networkPosts).values({ kind: "news", titleFr: MEMBER_POST, bodyFr: "<p>Texte</p>", status: "published", publishedAt: new Date(Date.now() - 60_000) });
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await db?.dispose();
  });
  beforeEach(() => {
    state.user = null;
  });

  describe("footer", () => {
    it("links every visitor to /reseau in its own group, apart from the institutional pages", async () => {
      const { SiteFooter } = await import("@/components/layout/site-footer");
      const html = decodedHtml(renderToStaticMarkup(SiteFooter({ siteName: "Passerelle", regionName: "Occitanie" })));
      expect(html).toMatch(/<h2[^>]*>Réseau des alumni<\/h2><ul[^>]*><li><a[^>]*href="\/reseau"[^>]*>Réseau international des alumni<\/a>/);
      expect(listStaticPages().map((page) => page.href)).not.toContain("/reseau");
    });
  });

  describe("header account links", () => {
    it("show the network to its members only", async () => {
      expect(await renderAccountLinks()).not.toContain('href="/reseau"');
      for (const label of ["alumni", "organisation member", "Campus administrator (network_reader"]) {
        state.user = viewer(label);
        expect(await renderAccountLinks(), label).toMatch(/<a[^>]*href="\/reseau"[^>]*>Réseau alumni<\/a>/);
      }
      for (const label of ["registered visitor", "pending alumni applicant", "refused alumni applicant"]) {
        state.user = refused(label);
        expect(await renderAccountLinks(), label).not.toContain('href="/reseau"');
      }
    });
  });

  describe("presentation at /reseau for those outside the network", () => {
    it("offers anonymous visitors to apply or to sign in, and nothing from inside", async () => {
      const html = await renderPresentation();
      expect(html).toMatch(/<h1[^>]*>Réseau international des alumni<\/h1>/);
      expect(html).toMatch(/<a[^>]*href="\/reseau\/inscription"[^>]*>Demander mon adhésion<\/a>/);
      expect(html).toMatch(/<a[^>]*href="\/connexion\?retour=%2Freseau"[^>]*>Se connecter<\/a>/);
      expect(html).not.toContain(MEMBER_POST);
      expect(html).not.toContain("Talents à l'honneur");
    });

    it("offers a signed-in visitor to apply with their account", async () => {
      state.user = refused("registered visitor");
      const html = await renderPresentation();
      expect(html).toContain('href="/reseau/inscription"');
      expect(html).not.toContain('href="/connexion');
      expect(html).not.toContain(MEMBER_POST);
    });

    it("tells applicants where their request stands instead of inviting them again", async () => {
      state.user = refused("pending alumni applicant");
      const pending = await renderPresentation();
      expect(pending).toContain("en cours d'examen");
      expect(pending).not.toContain('href="/reseau/inscription"');
      state.user = refused("refused alumni applicant");
      const refusedHtml = await renderPresentation();
      expect(refusedHtml).toContain("n'a pas été acceptée");
      expect(refusedHtml).toContain('href="/contact"');
      expect(refusedHtml).not.toContain('href="/reseau/inscription"');
      expect(refusedHtml).not.toContain(MEMBER_POST);
    });

    it("speaks English with ?lang=en", async () => {
      const html = await renderPresentation("en");
      expect(html).toContain("Apply for membership");
      expect(html).toContain("What the network offers");
    });

    it("gives members their home, not the presentation", async () => {
      state.user = viewer("alumni");
      const html = await renderPresentation();
      expect(html).toContain(MEMBER_POST);
      expect(html).not.toContain("Demander mon adhésion");
    });
  });

  describe("personal space", () => {
    it("knows where each user stands with the network", async () => {
      expect(await getNetworkStanding(db.db, viewer("alumni"))).toBe("member");
      expect(await getNetworkStanding(db.db, viewer("Bricks administrator"))).toBe("member");
      expect(await getNetworkStanding(db.db, refused("registered visitor"))).toBe("none");
      expect(await getNetworkStanding(db.db, refused("pending alumni applicant"))).toBe("pending");
      expect(await getNetworkStanding(db.db, refused("pending member still holding the alumni role"))).toBe("pending");
      expect(await getNetworkStanding(db.db, refused("refused alumni applicant"))).toBe("refused");
    });

    it("leads members to the network and invites the others to apply", async () => {
      state.user = viewer("alumni");
      const member = await renderSpace();
      expect(member).toMatch(/<a[^>]*href="\/reseau"[^>]*>Accéder au réseau des alumni<\/a>/);
      expect(member).not.toContain('href="/reseau/inscription"');

      state.user = await createTestUser(db.db, { roles: ["visitor"] });
      const visitor = await renderSpace();
      expect(visitor).toMatch(/<a[^>]*href="\/reseau\/inscription"[^>]*>Demander mon adhésion<\/a>/);
      expect(visitor).not.toContain('href="/reseau"');

      state.user = refused("pending alumni applicant");
      const pending = await renderSpace();
      expect(pending).toContain("est en cours d'examen");
      expect(pending).not.toContain('href="/reseau');

      state.user = refused("refused alumni applicant");
      expect(await renderSpace()).not.toContain("Réseau international des alumni");
    });
  });
});
