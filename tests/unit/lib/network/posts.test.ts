import { eq } from "drizzle-orm";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getPublishedPost, listPastEvents, listPublishedNews, listUpcomingEvents } from "@/db/queries/network-posts";
import { networkPosts } from "@/db/schema";
import { FORBIDDEN as FORBIDDEN_MESSAGE, SIGNED_OUT } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/config";
import { localizePost } from "@/lib/network/posts-view";
import { type NetworkPostInput, networkPostSchema } from "@/lib/validations/network-post";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { decodedHtml, type Fixture, seedDirectory } from "./directory-fixtures";

/**
 * Network news and events: only publishers write, read-only administrators see drafts without
 * editing, members see published items only, bodies are sanitised, English falls back to French.
 */

const state = vi.hoisted(() => ({ user: null as SessionUser | null, db: null as unknown }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => state.user }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", async (original) => ({ ...(await original<typeof import("next/navigation")>()), useRouter: () => ({ refresh() {}, push() {} }) }));

const FORBIDDEN = { digest: "NEXT_HTTP_ERROR_FALLBACK;403" };
const NOT_FOUND = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };

const actions = () => import("@/app/(network)/reseau/admin/actualites/actions");

function values(overrides: Partial<NetworkPostInput> = {}): NetworkPostInput {
  return {
    kind: "news",
    status: "draft",
    titleFr: "Rencontre des alumni",
    titleEn: "",
    bodyFr: "<p>Texte de l'actualité</p>",
    bodyEn: "",
    startsAt: "",
    endsAt: "",
    place: "",
    onlineUrl: "",
    ...overrides,
  };
}

/** As the form does: it sends the action what its own parse produced (null for empty optional fields). */
async function save(input: NetworkPostInput) {
  const parsed = networkPostSchema("fr").safeParse(input);
  return (await actions()).saveNetworkPostAction(parsed.success ? parsed.data : input);
}

async function renderList(query: Record<string, string> = {}): Promise<string> {
  const { default: Page } = await import("@/app/(network)/reseau/actualites/page");
  return decodedHtml(renderToStaticMarkup(await Page({ searchParams: Promise.resolve(query) })));
}
async function renderPost(id: number, query: Record<string, string> = {}): Promise<string> {
  const { default: Page } = await import("@/app/(network)/reseau/actualites/[id]/page");
  return decodedHtml(renderToStaticMarkup(await Page({ params: Promise.resolve({ id: String(id) }), searchParams: Promise.resolve(query) })));
}
async function renderAdmin(path: "list" | "new" | number): Promise<string> {
  if (path === "list") {
    const { default: Page } = await import("@/app/(network)/reseau/admin/actualites/page");
    return decodedHtml(renderToStaticMarkup(await Page({ searchParams: Promise.resolve({}) })));
  }
  if (path === "new") {
    const { default: Page } = await import("@/app/(network)/reseau/admin/actualites/nouveau/page");
    return decodedHtml(renderToStaticMarkup(await Page({ searchParams: Promise.resolve({}) })));
  }
  const { default: Page } = await import("@/app/(network)/reseau/admin/actualites/[id]/page");
  return decodedHtml(renderToStaticMarkup(await Page({ params: Promise.resolve({ id: String(path) }), searchParams: Promise.resolve({}) })));
}
async function ics(id: number): Promise<Response> {
  const { GET } = await import("@/app/(network)/reseau/actualites/[id]/evenement.ics/route");
  return GET(new Request(`http://portail.test/reseau/actualites/${id}/evenement.ics`), { params: Promise.resolve({ id: String(id) }) });
}

describe(`network news and events, on ${describeDatabaseKind()}`, () => {
  let db: TestDatabase;
  let fixture: Fixture;
  const byLabel = (label: string) => fixture.viewers.find((v) => v.label.startsWith(label))!.user;
  const editor = () => byLabel("Campus administrator (network_editor");
  const reader = () => byLabel("Campus administrator (network_reader");

  async function created(input: NetworkPostInput): Promise<number> {
    state.user = editor();
    const result = await save(input);
    if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
    return result.data.id;
  }

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

  describe("refused access", () => {
    it("refuses writing to everyone but publishers, and stores nothing", async () => {
      expect(await save(values())).toEqual({ ok: false, error: SIGNED_OUT });
      const refused = [...fixture.refused, { label: "alumni", user: byLabel("alumni") }, { label: "organisation member", user: byLabel("organisation member") }, { label: "read-only administrator", user: reader() }];
      for (const { label, user } of refused) {
        state.user = user;
        expect(await save(values()), label).toEqual({ ok: false, error: FORBIDDEN_MESSAGE });
      }
      expect(await db.db.select().from(networkPosts)).toHaveLength(0);
    });

    it("refuses deleting to the read-only administrator and to members", async () => {
      const id = await created(values({ status: "published" }));
      const { deleteNetworkPostAction } = await actions();
      for (const user of [reader(), byLabel("alumni"), byLabel("organisation member")]) {
        state.user = user;
        expect(await deleteNetworkPostAction({ id })).toEqual({ ok: false, error: FORBIDDEN_MESSAGE });
      }
      expect(await getPublishedPost(db.db, { id })).toBeDefined();
      state.user = editor();
      expect((await deleteNetworkPostAction({ id })).ok).toBe(true);
      expect(await getPublishedPost(db.db, { id })).toBeUndefined();
    });

    it("keeps the administrators' pages from members and applicants; the read-only administrator views without editing", async () => {
      const id = await created(values({ titleFr: "Brouillon interne" }));
      state.user = null;
      await expect(renderAdmin("list")).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/connexion/) });
      await expect(renderList()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/connexion/) });
      for (const user of [...fixture.refused.map((r) => r.user), byLabel("alumni"), byLabel("organisation member")]) {
        state.user = user;
        await expect(renderAdmin("list")).rejects.toMatchObject(FORBIDDEN);
        await expect(renderAdmin("new")).rejects.toMatchObject(FORBIDDEN);
        await expect(renderAdmin(id)).rejects.toMatchObject(FORBIDDEN);
      }
      for (const { user } of fixture.refused) {
        state.user = user;
        await expect(renderList()).rejects.toMatchObject(FORBIDDEN);
        await expect(renderPost(id)).rejects.toMatchObject(FORBIDDEN);
      }
      state.user = reader();
      await expect(renderAdmin("new")).rejects.toMatchObject(FORBIDDEN);
      const list = await renderAdmin("list");
      expect(list).toContain("Brouillon interne");
      expect(list).not.toContain('href="/reseau/admin/actualites/nouveau"');
      const detail = await renderAdmin(id);
      expect(detail).toContain("lecture seule");
      expect(detail).not.toContain("<form");
      state.user = editor();
      expect(await renderAdmin(id)).toContain("<form");
    });
  });

  describe("drafts and publication", () => {
    it("keeps drafts out of every member read, then shows the item once published", async () => {
      const input = values({ titleFr: "Soirée des diplômés" });
      const id = await created(input);
      expect((await listPublishedNews(db.db, { limit: 50 })).map((p) => p.id)).not.toContain(id);
      expect(await getPublishedPost(db.db, { id })).toBeUndefined();
      state.user = byLabel("alumni");
      expect(await renderList()).not.toContain("Soirée des diplômés");
      await expect(renderPost(id)).rejects.toMatchObject(NOT_FOUND);

      await created({ ...input, id, status: "published" });
      const published = await getPublishedPost(db.db, { id });
      expect(published?.publishedAt).toBeInstanceOf(Date);
      state.user = byLabel("organisation member");
      expect(await renderList()).toContain("Soirée des diplômés");
      expect(await renderPost(id)).toContain("Soirée des diplômés");

      // A correction keeps the first publication date; back to draft hides it again.
      await created({ ...input, id, status: "published", titleFr: "Soirée des diplômés 2026" });
      expect((await getPublishedPost(db.db, { id }))?.publishedAt?.getTime()).toBe(published!.publishedAt!.getTime());
      await created({ ...input, id, status: "draft" });
      expect(await getPublishedPost(db.db, { id })).toBeUndefined();
    });

    it("lists upcoming and past events by their dates", async () => {
      const now = new Date();
      const future = new Date(now.getTime() + 10 * 86_400_000);
      const past = new Date(now.getTime() - 10 * 86_400_000);
      const local = (d: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" }).format(d).replace(" ", "T");
      const upcoming = await created(values({ kind: "event", status: "published", titleFr: "Forum à venir", startsAt: local(future), place: "Toulouse" }));
      const over = await created(values({ kind: "event", status: "published", titleFr: "Forum passé", startsAt: local(past) }));
      expect((await listUpcomingEvents(db.db, { limit: 10 })).map((p) => p.id)).toEqual([upcoming]);
      expect((await listPastEvents(db.db, { limit: 10 })).map((p) => p.id)).toEqual([over]);
    });

    it("accepts its own output, as the form sends it", () => {
      const schema = networkPostSchema("en");
      const once = schema.parse(values({ kind: "event", startsAt: "2030-01-02T10:00", titleEn: "", bodyEn: "<p></p>" }));
      expect(once).toMatchObject({ titleEn: null, bodyEn: null, place: null, onlineUrl: null });
      expect(schema.parse(once)).toEqual(once);
    });

    it("requires a start date for an event", async () => {
      state.user = editor();
      const result = await save(values({ kind: "event", status: "published" }));
      expect(result.ok).toBe(false);
      expect(result.ok ? null : result.fieldErrors?.startsAt).toBeTruthy();
      expect(networkPostSchema("en").safeParse(values({ kind: "event" })).error?.issues[0]?.message).toBe("Enter the date and time the event starts.");
    });
  });

  describe("sanitising", () => {
    it("stores bodies without scripts, event handlers or javascript: links", async () => {
      const id = await created(
        values({
          status: "published",
          bodyFr: '<p onclick="steal()">Bonjour <script>alert(1)</script><a href="javascript:alert(2)">lien</a><img src="x" onerror="alert(3)"></p>',
          bodyEn: '<p>Hello</p><iframe src="https://evil.example/"></iframe>',
        }),
      );
      const [row] = await db.db.select().from(networkPosts).where(eq(networkPosts.id, id));
      for (const body of [row!.bodyFr, row!.bodyEn ?? ""]) {
        expect(body).not.toMatch(/script|onclick|onerror|javascript:|evil\.example/i);
      }
      expect(row!.bodyFr).toContain("Bonjour");
      expect(row!.bodyEn).toBe("<p>Hello</p>");
    });

    it("refuses a body that held nothing but removed content", async () => {
      state.user = editor();
      const result = await save(values({ bodyFr: "<script>alert(1)</script>" }));
      expect(result.ok).toBe(false);
      expect(result.ok ? null : result.fieldErrors?.bodyFr).toBeTruthy();
    });
  });

  describe("languages", () => {
    it("shows English where translated and French otherwise, marked with its language", async () => {
      const translated = { titleFr: "Titre", titleEn: "Title", bodyFr: "<p>Texte</p>", bodyEn: "<p>Text</p>" };
      expect(localizePost(translated, "en")).toEqual({ title: "Title", titleLang: "en", body: "<p>Text</p>", bodyLang: "en" });
      expect(localizePost(translated, "fr").title).toBe("Titre");
      expect(localizePost({ ...translated, titleEn: null, bodyEn: "<p></p>" }, "en")).toEqual({ title: "Titre", titleLang: "fr", body: "<p>Texte</p>", bodyLang: "fr" });

      const id = await created(values({ status: "published", titleFr: "Seulement en français", bodyFr: "<p>Corps français</p>" }));
      state.user = byLabel("alumni");
      const html = await renderPost(id, { lang: "en" });
      expect(html).toMatch(/<h1[^>]*lang="fr"[^>]*>Seulement en français<\/h1>/);
      expect(html).toContain("has not been translated");
    });
  });

  describe("calendar file", () => {
    it("serves a published event to members only", async () => {
      const start = new Date(Date.now() + 5 * 86_400_000);
      const local = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" }).format(start).replace(" ", "T");
      const id = await created(values({ kind: "event", status: "published", titleFr: "Afterwork alumni", titleEn: "Alumni afterwork", startsAt: local, place: "Blagnac" }));
      const draft = await created(values({ kind: "event", status: "draft", titleFr: "Brouillon", startsAt: local }));
      const news = await created(values({ status: "published" }));

      state.user = null;
      expect((await ics(id)).status).toBe(401);
      for (const { label, user } of fixture.refused) {
        state.user = user;
        expect((await ics(id)).status, label).toBe(403);
      }
      state.user = byLabel("organisation member");
      const response = await ics(id);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/calendar");
      const body = await response.text();
      expect(body).toContain("SUMMARY:Afterwork alumni");
      expect(body).toContain("LOCATION:Blagnac");
      expect((await ics(draft)).status).toBe(404);
      expect((await ics(news)).status).toBe(404);
    });
  });
});
