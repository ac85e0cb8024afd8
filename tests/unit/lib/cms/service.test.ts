import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, contentRevisions, events, news, places, resources } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/config";
import { ForbiddenError } from "@/lib/auth/permissions";
import { CONTENT_KINDS, type ContentKind } from "@/lib/cms/kinds";
import {
  type CmsContext,
  changeContentStatus,
  getContentRow,
  listContentRevisions,
  publishDueContent,
  restoreContentRevision,
  saveContent,
} from "@/lib/cms/service";
import { formatPortalDateTimeInput } from "@/lib/dates";
import { createPostgresSearchEngine } from "@/lib/search/postgres";
import type { SearchEngine } from "@/lib/search/types";
import { CONTENT_FORM_SCHEMAS } from "@/lib/validations/content";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";

const NOW = new Date("2026-11-24T10:00:00Z");
const inOneHour = formatPortalDateTimeInput(new Date(NOW.getTime() + 3600_000));

/** A valid form of each kind, as the browser would post it. */
function formOf(kind: ContentKind, overrides: Record<string, unknown> = {}) {
  const common = { title: `Essai ${kind}`, slug: "", summary: "Résumé", body: "<p>Texte</p>", audiences: ["salarie"], territory: ["R76"], status: "draft", publishAt: "" };
  const specific: Record<ContentKind, Record<string, unknown>> = {
    actualite: { themes: ["formation"], imageId: "", imageAlt: null },
    evenement: { type: "salon-forum", startsAt: "2026-12-10T09:00", endsAt: "2026-12-10T17:00", online: false, postcode: "31000", city: "Toulouse" },
    page: { menuPosition: "3" },
    ressource: { kind: "guide", url: "https://www.service-public.fr/", publisher: "DILA", themes: ["formation"] },
    structure: { structureType: "ML", services: [], themes: [], publics: [], city: "Toulouse", postcode: "31000" },
    financement: { kind: "cpf", tags: [], cpfEligible: true, website: "https://www.moncompteformation.gouv.fr/" },
  };
  return CONTENT_FORM_SCHEMAS[kind].parse({ ...common, ...specific[kind], ...overrides });
}

describe(`content workflow (${describeDatabaseKind()})`, () => {
  let database: TestDatabase;
  let engine: SearchEngine;
  let editor: SessionUser;
  let visitor: SessionUser;
  let contentManager: SessionUser;
  const ctx = (actor: SessionUser | null, now = NOW): CmsContext => ({ db: database.db, engine, actor, now });

  beforeAll(async () => {
    database = await createTestDatabase();
    engine = createPostgresSearchEngine(database.db);
    editor = await createTestUser(database.db, { roles: ["editor"] });
    visitor = await createTestUser(database.db, { roles: [] });
    contentManager = await createTestUser(database.db, { roles: ["content_manager"] });
    await database.db.insert(places).values({ key: "p-toulouse", city: "Toulouse", postcode: "31000", department: "31", region: "76", lat: 43.6, lon: 1.44 });
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it.each(CONTENT_KINDS)("an editor creates a draft %s, then publishes it", async (kind) => {
    const saved = await saveContent(ctx(editor), { kind, values: formOf(kind) as never });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.data.status).toBe("draft");
    expect(saved.data.slug).toBe(`essai-${kind}`);

    const published = await changeContentStatus(ctx(editor), { kind, ids: [saved.data.id], change: "publish" });
    expect(published.ok && published.data.changed).toBe(1);
    const row = await getContentRow(database.db, kind, saved.data.id);
    expect(row?.status).toBe("published");
    expect(row?.publishedAt?.toISOString()).toBe(NOW.toISOString());

    const history = await listContentRevisions(database.db, { kind, id: saved.data.id });
    expect(history.map((r) => r.operation)).toEqual(["published", "created"]);
    expect(history[0]?.actorLabel).toBe(editor.email);
  });

  it("indexes an event only while it is published", async () => {
    const saved = await saveContent(ctx(editor), { kind: "evenement", values: formOf("evenement", { title: "Salon zéphyr des métiers" }) as never });
    if (!saved.ok) throw new Error(saved.error);
    const find = async () => (await engine.search({ kinds: ["evenement"], q: "zéphyr" })).hits.map((hit) => hit.doc.id);
    expect(await find()).toEqual([]);
    await changeContentStatus(ctx(editor), { kind: "evenement", ids: [saved.data.id], change: "publish" });
    expect(await find()).toEqual([String(saved.data.id)]);
    await changeContentStatus(ctx(editor), { kind: "evenement", ids: [saved.data.id], change: "archive" });
    expect(await find()).toEqual([]);
  });

  it("geolocates an event from its commune and derives its department and region", async () => {
    const saved = await saveContent(ctx(editor), { kind: "evenement", values: formOf("evenement", { title: "Forum localisé" }) as never });
    if (!saved.ok) throw new Error(saved.error);
    const [row] = await database.db.select().from(events).where(eq(events.id, saved.data.id));
    expect(row).toMatchObject({ lat: 43.6, lon: 1.44, department: "31", region: "76" });
  });

  it("schedules a publication and publishes it when it is due, as the scheduler", async () => {
    const saved = await saveContent(ctx(editor), {
      kind: "actualite",
      values: formOf("actualite", { title: "Annonce programmée", status: "scheduled", publishAt: inOneHour }) as never,
    });
    if (!saved.ok) throw new Error(saved.error);
    expect(saved.data.status).toBe("scheduled");

    expect(await publishDueContent({ db: database.db, engine, now: NOW })).toEqual({});
    const later = new Date(NOW.getTime() + 2 * 3600_000);
    expect(await publishDueContent({ db: database.db, engine, now: later })).toEqual({ actualite: 1 });
    const [row] = await database.db.select().from(news).where(eq(news.id, saved.data.id));
    expect(row?.status).toBe("published");
    const [latest] = await listContentRevisions(database.db, { kind: "actualite", id: saved.data.id });
    expect(latest).toMatchObject({ operation: "published", actorId: null });
  });

  it("refuses a scheduled date in the past", async () => {
    const result = await saveContent(ctx(editor), {
      kind: "actualite",
      values: formOf("actualite", { title: "Trop tard", status: "scheduled", publishAt: "2026-11-01T10:00" }) as never,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.publishAt).toBeDefined();
  });

  it("removes script from rich text before it is stored", async () => {
    const saved = await saveContent(ctx(editor), {
      kind: "page",
      values: formOf("page", {
        title: "Page piégée",
        body: '<p onclick="steal()">Bonjour</p><script>alert(1)</script><a href="javascript:alert(2)">lien</a><img src="x" onerror="alert(3)">',
      }) as never,
    });
    if (!saved.ok) throw new Error(saved.error);
    const row = await getContentRow(database.db, "page", saved.data.id);
    expect(row?.body).toContain("Bonjour");
    expect(row?.body).not.toMatch(/script|onclick|onerror|javascript:|alert/);
  });

  it("records who changed what, and restores a former version", async () => {
    const created = await saveContent(ctx(editor), { kind: "ressource", values: formOf("ressource", { title: "Guide première version" }) as never });
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    const edited = await saveContent(ctx(editor), {
      kind: "ressource",
      id,
      values: formOf("ressource", { title: "Guide seconde version", slug: created.data.slug, publisher: "France compétences" }) as never,
    });
    expect(edited.ok && edited.data.version).toBe(2);
    const [latest] = await listContentRevisions(database.db, { kind: "ressource", id });
    expect(latest?.changedFields.sort()).toEqual(["publisher", "title"]);

    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "content.updated"), eq(auditLog.targetId, String(id))));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: editor.id, targetType: "ressource" });
    expect(audit[0]?.details).toMatchObject({ changedFields: expect.arrayContaining(["title", "publisher"]) });

    const restored = await restoreContentRevision(ctx(editor), { kind: "ressource", id, version: 1 });
    expect(restored.ok).toBe(true);
    const [row] = await database.db.select().from(resources).where(eq(resources.id, id));
    expect(row).toMatchObject({ title: "Guide première version", publisher: "DILA", slug: "guide-premiere-version" });
    const versions = await database.db.select().from(contentRevisions).where(and(eq(contentRevisions.kind, "ressource"), eq(contentRevisions.contentId, id)));
    expect(versions).toHaveLength(3);
  });

  it("keeps the address unique and refuses one already taken", async () => {
    const first = await saveContent(ctx(editor), { kind: "actualite", values: formOf("actualite", { title: "Même titre" }) as never });
    const second = await saveContent(ctx(editor), { kind: "actualite", values: formOf("actualite", { title: "Même titre" }) as never });
    expect(first.ok && first.data.slug).toBe("meme-titre");
    expect(second.ok && second.data.slug).toBe("meme-titre-2");
    const clash = await saveContent(ctx(editor), { kind: "actualite", values: formOf("actualite", { title: "Autre", slug: "meme-titre" }) as never });
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.fieldErrors?.slug).toBeDefined();
  });

  it("does not write a revision when nothing changed", async () => {
    const created = await saveContent(ctx(editor), { kind: "page", values: formOf("page", { title: "Stable" }) as never });
    if (!created.ok) throw new Error(created.error);
    const again = await saveContent(ctx(editor), { kind: "page", id: created.data.id, values: formOf("page", { title: "Stable", slug: "stable" }) as never });
    expect(again.ok && again.data.version).toBeNull();
    expect(await listContentRevisions(database.db, { kind: "page", id: created.data.id })).toHaveLength(1);
  });

  it.each([
    ["an anonymous visitor", () => null],
    ["a registered user", () => visitor],
    ["a content manager", () => contentManager],
  ])("refuses %s every write", async (_label, who) => {
    const actor = who();
    await expect(saveContent(ctx(actor), { kind: "actualite", values: formOf("actualite", { title: "Intrusion" }) as never })).rejects.toThrow(ForbiddenError);
    await expect(changeContentStatus(ctx(actor), { kind: "actualite", ids: [1], change: "publish" })).rejects.toThrow(ForbiddenError);
    await expect(restoreContentRevision(ctx(actor), { kind: "actualite", id: 1, version: 1 })).rejects.toThrow(ForbiddenError);
    const intruded = await database.db.select().from(news).where(eq(news.title, "Intrusion"));
    expect(intruded).toHaveLength(0);
  });
});
