import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countContentByStatus,
  listContent,
  type ListContentParams,
  listRecentDrafts,
  listScheduledContent,
} from "@/db/queries/admin-content";
import { contentRevisions, events, news } from "@/db/schema";
import { parseContentQuery } from "@/lib/cms/list-params";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";

const T0 = new Date("2026-11-01T09:00:00Z");
const at = (hours: number) => new Date(T0.getTime() + hours * 3600_000);

const base = { page: 1, perPage: 20, sort: "updatedAt", order: "desc" } as const;

describe(`back-office content lists (${describeDatabaseKind()})`, () => {
  let database: TestDatabase;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    const rows = await db
      .insert(news)
      .values([
        { slug: "ecole-ete", title: "École d'été des métiers", status: "published", publishedAt: at(1), updatedAt: at(5), audiences: ["etudiant"], themes: ["formation"] },
        { slug: "alternance-2027", title: "Alternance : la rentrée 2027", status: "draft", updatedAt: at(8), audiences: ["apprenti", "etudiant"] },
        { slug: "salon-annuel", title: "Salon annuel", status: "scheduled", publishedAt: at(48), updatedAt: at(3), audiences: [] },
        { slug: "vieux-dispositif", title: "Ancien dispositif", status: "archived", publishedAt: at(-100), updatedAt: at(2), audiences: ["salarie"] },
        { slug: "brouillon-ancien", title: "Zèbre en brouillon", status: "draft", updatedAt: at(1), audiences: [] },
      ])
      .returning({ id: news.id, slug: news.slug });
    for (const row of rows) ids[row.slug] = row.id;
    await db.insert(contentRevisions).values([
      { kind: "actualite", contentId: ids["ecole-ete"]!, version: 1, operation: "created", status: "draft", title: "x", data: {}, actorLabel: "premiere@exemple.test" },
      { kind: "actualite", contentId: ids["ecole-ete"]!, version: 2, operation: "published", status: "published", title: "x", data: {}, actorLabel: "seconde@exemple.test" },
      // Same id, other kind: must not be taken for the article's editor.
      { kind: "evenement", contentId: ids["ecole-ete"]!, version: 9, operation: "updated", status: "draft", title: "x", data: {}, actorLabel: "autre@exemple.test" },
    ]);
    await db.insert(events).values([
      { slug: "forum-tard", title: "Forum tardif", status: "draft", startsAt: at(300), updatedAt: at(0) },
      { slug: "forum-tot", title: "Forum matinal", status: "scheduled", publishedAt: at(24), startsAt: at(200), updatedAt: at(2) },
    ]);
  });

  afterAll(async () => {
    await database?.dispose();
  });

  const list = (params: Partial<ListContentParams> = {}) => listContent(database.db, { ...base, kind: "actualite", ...params });
  const slugsOf = async (params: Partial<ListContentParams> = {}) => (await list(params)).rows.map((row) => row.slug);

  it("lists every state, most recently modified first, with the last editor and the kind's column", async () => {
    const result = await list();
    expect(result.total).toBe(5);
    expect(result.rows.map((row) => row.slug)).toEqual(["alternance-2027", "ecole-ete", "salon-annuel", "vieux-dispositif", "brouillon-ancien"]);
    const article = result.rows.find((row) => row.slug === "ecole-ete");
    expect(article).toMatchObject({ status: "published", lastEditor: "seconde@exemple.test", detail: { kind: "actualite", themes: ["formation"] } });
    expect(result.rows.find((row) => row.slug === "salon-annuel")?.lastEditor).toBeNull();
  });

  it("searches the title and the address, ignoring accents and case", async () => {
    expect(await slugsOf({ q: "ecole" })).toEqual(["ecole-ete"]);
    expect(await slugsOf({ q: "ZEBRE" })).toEqual(["brouillon-ancien"]);
    expect(await slugsOf({ q: "2027" })).toEqual(["alternance-2027"]);
    expect(await slugsOf({ q: "100%" })).toEqual([]);
  });

  it("filters by state and by audience", async () => {
    expect(await slugsOf({ status: "draft" })).toEqual(["alternance-2027", "brouillon-ancien"]);
    expect(await slugsOf({ audience: "etudiant" })).toEqual(["alternance-2027", "ecole-ete"]);
    expect(await slugsOf({ status: "draft", audience: "etudiant" })).toEqual(["alternance-2027"]);
  });

  it("sorts by title (accents folded), state, and publication date with unpublished rows last", async () => {
    expect(await slugsOf({ sort: "title", order: "asc" })).toEqual(["alternance-2027", "vieux-dispositif", "ecole-ete", "salon-annuel", "brouillon-ancien"]);
    expect((await list({ sort: "status", order: "asc" })).rows.map((row) => row.status)).toEqual([
      "draft",
      "draft",
      "scheduled",
      "published",
      "archived",
    ]);
    expect(await slugsOf({ sort: "publishedAt", order: "desc" })).toEqual([
      "salon-annuel",
      "ecole-ete",
      "vieux-dispositif",
      "brouillon-ancien",
      "alternance-2027",
    ]);
    expect((await slugsOf({ sort: "publishedAt", order: "asc" })).slice(0, 3)).toEqual(["vieux-dispositif", "ecole-ete", "salon-annuel"]);
  });

  it("pages, clamping a page past the end to the last one", async () => {
    const second = await list({ perPage: 2, page: 2 });
    expect(second).toMatchObject({ total: 5, page: 2, perPage: 2 });
    expect(second.rows.map((row) => row.slug)).toEqual(["salon-annuel", "vieux-dispositif"]);
    const beyond = await list({ perPage: 2, page: 9 });
    expect(beyond.page).toBe(3);
    expect(beyond.rows.map((row) => row.slug)).toEqual(["brouillon-ancien"]);
  });

  it("sorts events by their start and shows it", async () => {
    const result = await listContent(database.db, { ...base, kind: "evenement", sort: "startsAt", order: "asc" });
    expect(result.rows.map((row) => row.slug)).toEqual(["forum-tot", "forum-tard"]);
    expect(result.rows[0]?.detail).toEqual({ kind: "evenement", startsAt: at(200) });
  });

  it("reads the URL: unknown values are ignored, startsAt only for events", () => {
    expect(parseContentQuery("actualite", { q: " école ", etat: "draft", public: "inconnu", tri: "startsAt" })).toMatchObject({
      kind: "actualite",
      q: "école",
      status: "draft",
      audience: undefined,
      sort: "updatedAt",
    });
    expect(parseContentQuery("evenement", { tri: "startsAt", ordre: "asc", etat: "supprime" })).toMatchObject({
      sort: "startsAt",
      order: "asc",
      status: undefined,
    });
  });

  it("counts each kind by state, zeros included", async () => {
    const counts = await countContentByStatus(database.db);
    expect(counts.actualite).toEqual({ draft: 2, scheduled: 1, published: 1, archived: 1, total: 5 });
    expect(counts.evenement).toEqual({ draft: 1, scheduled: 1, published: 0, archived: 0, total: 2 });
    expect(counts.financement.total).toBe(0);
  });

  it("lists scheduled content of all kinds soonest first, and recent drafts newest first", async () => {
    expect((await listScheduledContent(database.db, { limit: 10 })).map((row) => [row.kind, row.title])).toEqual([
      ["evenement", "Forum matinal"],
      ["actualite", "Salon annuel"],
    ]);
    expect((await listScheduledContent(database.db, { limit: 1 })).map((row) => row.title)).toEqual(["Forum matinal"]);
    expect((await listRecentDrafts(database.db, { limit: 10 })).map((row) => row.title)).toEqual([
      "Alternance : la rentrée 2027",
      "Zèbre en brouillon",
      "Forum tardif",
    ]);
  });
});
