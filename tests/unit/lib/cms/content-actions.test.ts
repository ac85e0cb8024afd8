import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { contentRevisions, news } from "@/db/schema";
import { FORBIDDEN, SIGNED_OUT } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/config";
import type { Role } from "@/lib/auth/roles";
import { getContentRow, listContentRevisions, saveContent } from "@/lib/cms/service";
import { createPostgresSearchEngine } from "@/lib/search/postgres";
import type { SearchEngine } from "@/lib/search/types";
import { CONTENT_FORM_SCHEMAS } from "@/lib/validations/content";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";

// The actions read the session through getCurrentUser: each test says who asks. The database and
// the search engine are the test's own; revalidatePath is recorded.
const state = vi.hoisted(() => ({ user: null as SessionUser | null, db: null as unknown, engine: null as unknown }));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("@/lib/auth", () => ({ getCurrentUser: async () => state.user }));
vi.mock("@/db", () => ({ getDb: () => state.db }));
vi.mock("@/lib/search/app", () => ({ getSearchEngine: () => state.engine }));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));

const { changeContentStatusAction, restoreContentRevisionAction } = await import("@/app/admin/contenus/[kind]/actions");

function article(title: string) {
  return CONTENT_FORM_SCHEMAS.actualite.parse({ title, summary: "Résumé", body: "<p>Texte</p>", audiences: [], territory: [], status: "draft", themes: [] });
}

describe(`content list actions (${describeDatabaseKind()})`, () => {
  let database: TestDatabase;
  let engine: SearchEngine;
  let editor: SessionUser;
  const refused: Record<string, SessionUser> = {};

  async function draft(title: string) {
    const saved = await saveContent({ db: database.db, engine, actor: editor }, { kind: "actualite", values: article(title) });
    if (!saved.ok) throw new Error(saved.error);
    return saved.data;
  }

  async function revisionCount(id: number) {
    return (await database.db.select().from(contentRevisions).where(and(eq(contentRevisions.kind, "actualite"), eq(contentRevisions.contentId, id)))).length;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    engine = createPostgresSearchEngine(database.db);
    state.db = database.db;
    state.engine = engine;
    editor = await createTestUser(database.db, { roles: ["editor"] });
    const roles: [string, Role[], boolean][] = [
      ["registered visitor", [], true],
      ["content manager", ["content_manager"], true],
      ["deactivated editor", ["editor"], false],
    ];
    for (const [name, userRoles, active] of roles) {
      refused[name] = await createTestUser(database.db, { roles: userRoles, status: active ? "active" : "deactivated" });
    }
  });

  afterAll(async () => {
    await database?.dispose();
  });

  beforeEach(() => {
    revalidated.length = 0;
    state.user = null;
  });

  describe("refusals leave the records and their history as they were", () => {
    it("refuses an anonymous visitor", async () => {
      const { id } = await draft("Refus anonyme");
      expect(await changeContentStatusAction({ kind: "actualite", ids: [id], change: "publish" })).toEqual({ ok: false, error: SIGNED_OUT });
      expect(await restoreContentRevisionAction({ kind: "actualite", id, version: 1 })).toEqual({ ok: false, error: SIGNED_OUT });
      expect((await getContentRow(database.db, "actualite", id))?.status).toBe("draft");
      expect(revalidated).toEqual([]);
    });

    it.each(["registered visitor", "content manager", "deactivated editor"])("refuses a %s", async (name) => {
      const { id } = await draft(`Refus ${name}`);
      state.user = refused[name]!;
      for (const change of ["publish", "unpublish", "archive"] as const) {
        expect(await changeContentStatusAction({ kind: "actualite", ids: [id], change })).toEqual({ ok: false, error: FORBIDDEN });
      }
      expect(await restoreContentRevisionAction({ kind: "actualite", id, version: 1 })).toEqual({ ok: false, error: FORBIDDEN });
      expect((await getContentRow(database.db, "actualite", id))?.status).toBe("draft");
      expect(await revisionCount(id)).toBe(1);
      expect(revalidated).toEqual([]);
    });
  });

  it("rejects an unknown kind or an empty selection", async () => {
    state.user = editor;
    expect((await changeContentStatusAction({ kind: "inconnu", ids: [1], change: "publish" })).ok).toBe(false);
    const empty = await changeContentStatusAction({ kind: "actualite", ids: [], change: "publish" });
    expect(empty.ok).toBe(false);
  });

  it("publishes a selection: the records become public, each with a new revision, and the public pages are refreshed", async () => {
    const first = await draft("Premier article groupé");
    const second = await draft("Second article groupé");
    state.user = editor;
    const result = await changeContentStatusAction({ kind: "actualite", ids: [first.id, second.id], change: "publish" });
    expect(result).toMatchObject({ ok: true, message: "2 contenus publiés.", data: { changed: 2, unchanged: 0 } });
    for (const { id, slug } of [first, second]) {
      expect((await getContentRow(database.db, "actualite", id))?.status).toBe("published");
      const [latest] = await listContentRevisions(database.db, { kind: "actualite", id });
      expect(latest).toMatchObject({ version: 2, operation: "published", actorLabel: editor.email });
      expect(revalidated).toContain(`/actualites/${slug}`);
    }
    expect(revalidated).toEqual(expect.arrayContaining(["/actualites", "/", "/sitemap.xml", "/admin/contenus/actualites"]));

    revalidated.length = 0;
    const again = await changeContentStatusAction({ kind: "actualite", ids: [first.id], change: "publish" });
    expect(again).toMatchObject({ ok: true, message: "Aucun contenu modifié : la sélection était déjà publiée." });
    expect(revalidated).not.toContain("/sitemap.xml");
  });

  it("unpublishes back to draft and archives, saying how many changed", async () => {
    const one = await draft("Article à dépublier");
    const two = await draft("Article à archiver");
    state.user = editor;
    await changeContentStatusAction({ kind: "actualite", ids: [one.id], change: "publish" });
    expect(await changeContentStatusAction({ kind: "actualite", ids: [one.id, two.id], change: "unpublish" })).toMatchObject({
      ok: true,
      message: "1 contenu remis en brouillon ; 1 l'était déjà.",
    });
    expect((await getContentRow(database.db, "actualite", one.id))?.publishedAt).toBeNull();
    expect(await changeContentStatusAction({ kind: "actualite", ids: [two.id], change: "archive" })).toMatchObject({
      ok: true,
      message: "1 contenu archivé.",
    });
    const [row] = await database.db.select().from(news).where(eq(news.id, two.id));
    expect(row?.status).toBe("archived");
  });

  it("restores a former version for an editor, as a new version", async () => {
    const saved = await draft("Titre d'origine");
    await saveContent({ db: database.db, engine, actor: editor }, { kind: "actualite", id: saved.id, values: article("Titre modifié") });
    state.user = editor;
    const result = await restoreContentRevisionAction({ kind: "actualite", id: saved.id, version: 1 });
    expect(result).toMatchObject({ ok: true, message: "Version 1 restaurée : elle devient la version 3." });
    expect((await getContentRow(database.db, "actualite", saved.id))?.title).toBe("Titre d'origine");
    expect((await listContentRevisions(database.db, { kind: "actualite", id: saved.id }))[0]?.operation).toBe("restored");
    expect(revalidated).toContain(`/admin/contenus/actualites/${saved.id}/historique`);
  });
});
