import { count, eq, inArray, isNotNull } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { listFeaturedTalents, setTalentFeatured } from "@/db/queries/network-talents";
import { listPublishedNews, listUpcomingEvents } from "@/db/queries/network-posts";
import { setSystemState } from "@/db/queries/system";
import { networkMembers, networkPosts, places, users } from "@/db/schema";
import { addEditorialDemo, needsEditorialDemo, SEED_STATE_KEY } from "@/db/seed";
import { seedNetwork } from "@/db/seed/network";
import { DEMO_NETWORK_POST_TITLES } from "@/db/seed/network-posts";
import type { SessionUser } from "@/lib/auth/config";
import { createPostgresSearchEngine } from "@/lib/search/postgres";
import { getFeaturedTalentsFor } from "@/lib/network/talents";
import { visibleFields } from "@/lib/network/matrix";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../helpers/db";
import { decodedHtml } from "../lib/network/directory-fixtures";

/**
 * The network's demo (db/seed/network.ts): running it again adds nothing and keeps what the
 * administrators changed, its news and events reach the home of a demo alumni, and its
 * highlighted talents are projected per viewer like any other.
 */

const state = vi.hoisted(() => ({ user: null as SessionUser | null, db: null as unknown }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => state.user }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const DEMO_EVENTS = 3;
const DEMO_NEWS = 3;
const DEMO_TALENTS = 6;

async function renderHome(): Promise<string> {
  const { default: Page } = await import("@/app/(network)/reseau/page");
  return decodedHtml(renderToStaticMarkup(await Page({ searchParams: Promise.resolve({}) })));
}

describe(`network demo seed (${describeDatabaseKind()})`, () => {
  let t: TestDatabase;
  const today = new Date();

  async function demoUser(email: string): Promise<SessionUser> {
    const [row] = await t.db.select().from(users).where(eq(users.email, email));
    return { id: row!.id, email: row!.email, name: row!.name, roles: row!.roles, status: row!.status, mustChangePassword: row!.mustChangePassword };
  }
  const postCount = async () => (await t.db.select({ n: count() }).from(networkPosts))[0]!.n;

  beforeAll(async () => {
    t = await createTestDatabase();
    state.db = t.db;
  });
  afterAll(async () => {
    await t?.dispose();
  });
  beforeEach(() => {
    state.user = null;
  });

  it("adds the news, events and talents once: a second run adds nothing", async () => {
    const first = await seedNetwork(t.db, { today });
    expect(first).toMatchObject({ organisations: 40, postsAdded: DEMO_EVENTS + DEMO_NEWS, talentsFeatured: DEMO_TALENTS });
    const second = await seedNetwork(t.db, { today });
    expect(second).toMatchObject({ organisations: 40, alumni: first.alumni, postsAdded: 0, talentsFeatured: 0 });
    expect(await postCount()).toBe(DEMO_EVENTS + DEMO_NEWS);
    expect(await listFeaturedTalents(t.db)).toHaveLength(DEMO_TALENTS);
    const [accounts] = await t.db.select({ n: count() }).from(users);
    await seedNetwork(t.db, { today });
    expect((await t.db.select({ n: count() }).from(users))[0]!.n).toBe(accounts!.n);
  });

  it("labels every item as a demo, in French and in English", async () => {
    const posts = await t.db.select().from(networkPosts);
    for (const post of posts) {
      expect(post.titleFr).toMatch(/\(démonstration\)$/);
      expect(post.titleEn).toMatch(/\(demo\)$/);
      expect(post.bodyFr).toMatch(/démonstration/);
      expect(post.bodyEn).toMatch(/[Dd]emo/);
      expect(post.status).toBe("published");
      expect(post.publishedAt!.getTime()).toBeLessThan(today.getTime());
    }
  });

  it("shows a demo alumni the upcoming events and the news on the network home", async () => {
    const events = await listUpcomingEvents(t.db, { limit: 3 });
    expect(events).toHaveLength(DEMO_EVENTS);
    for (const event of events) expect(event.startsAt!.getTime()).toBeGreaterThan(today.getTime());
    expect(await listPublishedNews(t.db, { limit: 3 })).toHaveLength(DEMO_NEWS);

    // Koffi reads the network in French, Amina in English (their saved language).
    state.user = await demoUser("koffi.yao@demo-reseau.invalid");
    const html = await renderHome();
    expect(html).toContain("Bienvenue dans le réseau, Koffi Yao");
    for (const title of DEMO_NETWORK_POST_TITLES) expect(html).toContain(title);
    expect(html).not.toContain("Aucun événement n'est annoncé");
    expect(html).not.toContain("Aucune actualité n'a encore été publiée");

    state.user = await demoUser("amina.benali@demo-reseau.invalid");
    const english = await renderHome();
    expect(english).toContain("Welcome to the network, Amina Benali");
    const titlesEn = (await t.db.select({ titleEn: networkPosts.titleEn }).from(networkPosts)).map((row) => row.titleEn!);
    for (const title of titlesEn) expect(english).toContain(title);
  });

  it("projects the demo talents per viewer: contact details for alumni, not for organisation members", async () => {
    const forAlumni = await getFeaturedTalentsFor(t.db, "alumni");
    const forOrganisations = await getFeaturedTalentsFor(t.db, "organisation_member");
    expect(forAlumni.map((talent) => talent.profile.lastName)).toEqual(["Benali", "Yao", "Trabelsi", "Oliveira", "Nguyen", "Tremblay"]);
    for (const talent of forAlumni) expect(Object.keys(talent.profile).sort()).toEqual([...visibleFields("alumni")].sort());
    for (const talent of forOrganisations) {
      expect(Object.keys(talent.profile).sort()).toEqual([...visibleFields("organisation_member")].sort());
      expect(talent.profile).not.toHaveProperty("contactEmail");
      expect(talent.profile).not.toHaveProperty("countryOfOrigin");
    }

    state.user = await demoUser("claire.martin@demo-reseau.invalid");
    const html = await renderHome();
    expect(html).toContain("Amina Benali");
    expect(html).not.toContain("amina.benali@demo-reseau.invalid");
    state.user = await demoUser("sana.trabelsi@demo-reseau.invalid");
    expect(await renderHome()).toContain("amina.benali@demo-reseau.invalid");
  });

  it("keeps the administrators' changes: an edited item and their own choice of talents", async () => {
    const [post] = await t.db.select().from(networkPosts).where(eq(networkPosts.kind, "news")).limit(1);
    await t.db.update(networkPosts).set({ bodyFr: "<p>Corrigé par l'équipe</p>" }).where(eq(networkPosts.id, post!.id));
    await t.db.update(networkMembers).set({ featuredAt: null }).where(isNotNull(networkMembers.featuredAt));
    const [chosen] = await t.db.select({ id: users.id }).from(users).where(eq(users.email, "paul.mbarga@demo-reseau.invalid"));
    await setTalentFeatured(t.db, { userId: chosen!.id, featuredAt: new Date() });

    expect(await seedNetwork(t.db, { today })).toMatchObject({ postsAdded: 0, talentsFeatured: 0 });
    const [after] = await t.db.select().from(networkPosts).where(eq(networkPosts.id, post!.id));
    expect(after!.bodyFr).toBe("<p>Corrigé par l'équipe</p>");
    expect((await listFeaturedTalents(t.db)).map((row) => row.userId)).toEqual([chosen!.id]);
  });

  it("brings the network's news and talents to a demo seeded before them (seed version 4)", async () => {
    await t.db.delete(networkPosts).where(inArray(networkPosts.titleFr, DEMO_NETWORK_POST_TITLES));
    await t.db.update(networkMembers).set({ featuredAt: null }).where(isNotNull(networkMembers.featuredAt));
    await t.db.insert(places).values({ key: "blagnac", city: "Blagnac", postcode: "31700", department: "31", region: "76", lat: 43.64, lon: 1.39 });
    await setSystemState(t.db, SEED_STATE_KEY, { version: 4, at: "2026-01-01T00:00:00Z" });
    expect(await needsEditorialDemo(t.db)).toBe(true);

    await addEditorialDemo(t.db, { today, engine: createPostgresSearchEngine(t.db) });
    expect(await postCount()).toBe(DEMO_EVENTS + DEMO_NEWS);
    expect(await listFeaturedTalents(t.db)).toHaveLength(DEMO_TALENTS);
    expect(await needsEditorialDemo(t.db)).toBe(false);
  });
});
