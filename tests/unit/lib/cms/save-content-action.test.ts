import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { auditLog, contentRevisions, events, news, places } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/config";
import type { Role } from "@/lib/auth/roles";
import { createPostgresSearchEngine } from "@/lib/search/postgres";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";

// The action reads the session through getCurrentUser and the database through getDb: each test
// says who asks, and `reached` tells whether a refused call came near the data.
const state = vi.hoisted(() => ({ user: null as SessionUser | null, db: null as unknown, engine: null as unknown, reached: false }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => state.user }));
vi.mock("@/db", () => ({
  getDb: () => {
    state.reached = true;
    return state.db;
  },
}));
vi.mock("@/lib/search/app", () => ({ getSearchEngine: () => state.engine }));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => revalidated.push(path) }));

const { saveContentAction } = await import("@/app/admin/contenus/[kind]/save-action");

function sessionUser(roles: Role[]): SessionUser {
  return { id: `u-${roles.join("-") || "visitor"}`, email: "x@exemple.test", name: "X", roles, status: "active", mustChangePassword: false };
}

const newsForm = {
  title: "La Région ouvre 500 places",
  slug: "",
  summary: "",
  body: "<p>Texte</p>",
  audiences: [],
  territory: ["R76"],
  status: "draft",
  publishAt: "",
  themes: ["formation"],
  imageId: "",
  imageAlt: null,
};

const eventForm = {
  title: "Salon de l'apprentissage",
  slug: "",
  summary: "",
  body: "",
  audiences: ["apprenti"],
  territory: ["D31"],
  status: "draft",
  publishAt: "",
  type: "salon-forum",
  startsAt: "2030-03-10T09:00",
  endsAt: "2030-03-10T17:00",
  online: false,
  onlineUrl: "",
  placeName: "",
  address: "",
  postcode: "31000",
  city: "Toulouse",
  lat: "",
  lon: "",
  registrationUrl: "",
  capacity: "",
  organiserName: "",
};

describe(`saveContentAction (${describeDatabaseKind()})`, () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    state.db = database.db;
    state.engine = createPostgresSearchEngine(database.db);
    await database.db.insert(places).values({ key: "p-toulouse", city: "Toulouse", postcode: "31000", department: "31", region: "76", lat: 43.6, lon: 1.44 });
  });
  afterAll(async () => {
    await database?.dispose();
  });
  beforeEach(() => {
    state.reached = false;
    revalidated.length = 0;
  });

  async function written() {
    const [rows] = await database.db.select({ n: count() }).from(news);
    const [revisions] = await database.db.select({ n: count() }).from(contentRevisions);
    const [audits] = await database.db.select({ n: count() }).from(auditLog);
    return { news: rows!.n, revisions: revisions!.n, audits: audits!.n };
  }

  it.each<[string, SessionUser | null]>([
    ["an anonymous visitor", null],
    ["a registered visitor", sessionUser(["visitor"])],
    ["a content manager", sessionUser(["content_manager"])],
    ["a deactivated editor", { ...sessionUser(["editor"]), status: "deactivated" }],
  ])("refuses %s and writes nothing", async (_label, user) => {
    const before = await written();
    state.reached = false;
    state.user = user;
    const result = await saveContentAction({ kind: "actualite", id: null, values: newsForm });
    expect(result.ok).toBe(false);
    expect(state.reached).toBe(false);
    expect(revalidated).toEqual([]);
    expect(await written()).toEqual(before);
  });

  describe("as an editor", () => {
    beforeAll(async () => {
      state.user = await createTestUser(database.db, { roles: ["editor"] });
    });

    it("rejects an unknown kind", async () => {
      const result = await saveContentAction({ kind: "formation" as never, id: null, values: newsForm });
      expect(result).toMatchObject({ ok: false, fieldErrors: { kind: ["Type de contenu inconnu."] } });
    });

    it.each<[string, string, Record<string, unknown>, string, RegExp]>([
      ["an event ending before it starts", "evenement", { ...eventForm, endsAt: "2030-03-10T08:00" }, "endsAt", /précéder le début/],
      ["a scheduled content without a date", "actualite", { ...newsForm, status: "scheduled" }, "publishAt", /date et l'heure de publication/],
      ["a news image without alternative text", "actualite", { ...newsForm, imageId: "m-1", imageAlt: null }, "imageAlt", /Décrivez l'image/],
      ["an online event without a link", "evenement", { ...eventForm, online: true, city: "" }, "onlineUrl", /lien de connexion/],
      ["a title too short", "actualite", { ...newsForm, title: "A" }, "title", /au moins 3 caractères/],
    ])("returns French field errors for %s, and writes nothing", async (_label, kind, values, field, message) => {
      const before = await written();
      const result = await saveContentAction({ kind: kind as "actualite", id: null, values });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatch(/corrigez les champs/);
      expect(result.fieldErrors?.[field]?.[0]).toMatch(message);
      expect(await written()).toEqual(before);
    });

    it("creates a record, then a second save updates the same one", async () => {
      const created = await saveContentAction({ kind: "evenement", id: null, values: eventForm });
      expect(created).toMatchObject({ ok: true, data: { slug: "salon-de-l-apprentissage", status: "draft", version: 1 } });
      if (!created.ok) return;
      expect(created.message).toMatch(/^Contenu créé\. C'est un brouillon/);
      const [row] = await database.db.select().from(events).where(eq(events.id, created.data.id));
      expect(row).toMatchObject({ title: eventForm.title, city: "Toulouse", department: "31", source: "editor" });
      expect(revalidated).toEqual(expect.arrayContaining(["/evenements", "/evenements/salon-de-l-apprentissage", "/", "/sitemap.xml"]));

      revalidated.length = 0;
      const updated = await saveContentAction({
        kind: "evenement",
        id: created.data.id,
        values: { ...eventForm, title: "Salon de l'apprentissage 2030", status: "published" },
      });
      expect(updated).toMatchObject({ ok: true, data: { id: created.data.id, slug: "salon-de-l-apprentissage", status: "published", version: 2 } });
      if (!updated.ok) return;
      expect(updated.message).toMatch(/^Modifications enregistrées\. Le contenu est publié/);
      const rows = await database.db.select().from(events).where(eq(events.title, "Salon de l'apprentissage 2030"));
      expect(rows).toHaveLength(1);
      expect(rows[0]!.status).toBe("published");
      expect(revalidated).toContain("/evenements/salon-de-l-apprentissage");

      const again = await saveContentAction({
        kind: "evenement",
        id: created.data.id,
        values: { ...eventForm, title: "Salon de l'apprentissage 2030", status: "published" },
      });
      expect(again).toMatchObject({ ok: true, data: { version: null }, message: expect.stringMatching(/^Aucune modification/) });
    });

    it("keeps a record of one kind out of another kind's table", async () => {
      const [before] = await database.db.select({ n: count() }).from(news);
      const result = await saveContentAction({ kind: "actualite", id: null, values: eventForm });
      expect(result.ok).toBe(true);
      const [after] = await database.db.select({ n: count() }).from(news);
      expect(after!.n).toBe(before!.n + 1);
      const [row] = await database.db.select().from(news).where(eq(news.title, eventForm.title));
      expect(row).not.toHaveProperty("startsAt");
    });
  });
});
