import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getPublishedInfoPage,
  getPublishedNews,
  listLatestNews,
  listNewsFacetCounts,
  listNewsForFeed,
  listNewsTerritories,
  listPublishedInfoPages,
  listPublishedNews,
} from "@/db/queries/news";
import { infoPages, type NewNews, news } from "@/db/schema";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";

const now = new Date("2026-11-24T10:00:00Z");
const at = (iso: string) => new Date(iso);

const article = (slug: string, values: Partial<NewNews> = {}): NewNews => ({
  slug,
  title: slug,
  status: "published",
  publishedAt: at("2026-11-01T09:00:00Z"),
  ...values,
});

describe(`news and Infos+ queries on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(news).values([
      article("cpf-national", { themes: ["financement"], audiences: ["salarie"], territory: ["FR"], publishedAt: at("2026-11-20T09:00:00Z") }),
      article("forum-toulouse", { themes: ["emploi"], audiences: ["demandeur-emploi"], territory: ["D31"], publishedAt: at("2026-11-10T09:00:00Z") }),
      article("semaine-occitanie", { themes: ["orientation"], audiences: ["collegien-lyceen"], territory: ["R76"], publishedAt: at("2026-10-05T09:00:00Z") }),
      article("salon-bordeaux", { themes: ["emploi"], audiences: [], territory: ["D33"], publishedAt: at("2026-09-01T09:00:00Z") }),
      article("brouillon", { status: "draft", publishedAt: null, territory: ["FR"] }),
      article("programmee", { status: "scheduled", publishedAt: at("2026-12-01T09:00:00Z"), territory: ["FR"] }),
      // Published with a date to come (an editor's slip): still not public before that date.
      article("publiee-demain", { publishedAt: at("2026-11-25T09:00:00Z"), territory: ["FR"] }),
      article("archivee", { status: "archived", territory: ["FR"] }),
      // A scheduled article whose date has passed stays private until the job publishes it.
      article("programmee-passee", { status: "scheduled", publishedAt: at("2026-11-01T09:00:00Z") }),
    ]);
    await t.db.insert(infoPages).values([
      { slug: "vae", title: "Faire valider son expérience", status: "published", menuPosition: 2, audiences: ["salarie"] },
      { slug: "alternance", title: "Trouver une alternance", status: "published", menuPosition: 1, audiences: ["apprenti"] },
      { slug: "tous-publics", title: "Bien choisir", status: "published", menuPosition: 3, audiences: [] },
      { slug: "hors-menu", title: "Créer son entreprise", status: "published", menuPosition: null, audiences: ["salarie"] },
      { slug: "page-brouillon", title: "Brouillon", status: "draft", menuPosition: 0, audiences: ["salarie"] },
      { slug: "page-archivee", title: "Archivée", status: "archived", menuPosition: 4 },
    ]);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const slugs = (items: { slug: string }[]) => items.map((item) => item.slug);
  const PUBLIC = ["cpf-national", "forum-toulouse", "semaine-occitanie", "salon-bordeaux"];

  it("lists only published articles whose date has come, newest first", async () => {
    const { items, total } = await listPublishedNews(t.db, { now });
    expect(slugs(items)).toEqual(PUBLIC);
    expect(total).toBe(4);
    expect(items[0]!.date).toEqual(at("2026-11-20T09:00:00Z"));
  });

  it("never finds a draft, a scheduled, an archived or a future article by its slug", async () => {
    for (const slug of ["brouillon", "programmee", "publiee-demain", "archivee", "programmee-passee", "inconnue"]) {
      expect(await getPublishedNews(t.db, { slug, now }), slug).toBeNull();
    }
    expect(await getPublishedNews(t.db, { slug: "cpf-national", now })).toMatchObject({ title: "cpf-national", image: null });
    // The scheduled article shows once its date has come and it is published.
    expect(await getPublishedNews(t.db, { slug: "publiee-demain", now: at("2026-11-26T00:00:00Z") })).not.toBeNull();
  });

  it("refuses slugs that cannot be slugs before any SQL", async () => {
    expect(await getPublishedNews(t.db, { slug: "CPF National'; --", now })).toBeNull();
    expect(await getPublishedInfoPage(t.db, { slug: "../vae", now })).toBeNull();
  });

  it("filters by theme and by profile (articles for everyone match every profile)", async () => {
    const byTheme = await listPublishedNews(t.db, { filters: { themes: ["emploi"] }, now });
    expect(slugs(byTheme.items)).toEqual(["forum-toulouse", "salon-bordeaux"]);
    const byAudience = await listPublishedNews(t.db, { filters: { audiences: ["salarie"] }, now });
    expect(slugs(byAudience.items)).toEqual(["cpf-national", "salon-bordeaux"]);
  });

  it("matches national articles in every territory, and a region's with its departments", async () => {
    const haute = await listPublishedNews(t.db, { filters: { territories: ["D31"] }, now });
    expect(slugs(haute.items)).toEqual(["cpf-national", "forum-toulouse", "semaine-occitanie"]);
    const region = await listPublishedNews(t.db, { filters: { territories: ["R76"] }, now });
    expect(slugs(region.items)).toEqual(["cpf-national", "forum-toulouse", "semaine-occitanie"]);
    const national = await listPublishedNews(t.db, { filters: { territories: ["FR"] }, now });
    expect(slugs(national.items)).toEqual(["cpf-national"]);
    const gironde = await listPublishedNews(t.db, { filters: { territories: ["D33"] }, now });
    expect(slugs(gironde.items)).toEqual(["cpf-national", "salon-bordeaux"]);
  });

  it("filters by publication period and pages through the results", async () => {
    const october = await listPublishedNews(t.db, {
      filters: { publishedFrom: at("2026-10-01T00:00:00Z"), publishedBefore: at("2026-11-10T09:00:00Z") },
      now,
    });
    expect(slugs(october.items)).toEqual(["semaine-occitanie"]);
    const page2 = await listPublishedNews(t.db, { page: 2, perPage: 3, now });
    expect(slugs(page2.items)).toEqual(["salon-bordeaux"]);
    expect(page2.total).toBe(4);
  });

  it("counts what each filter value would give, with the other filters applied", async () => {
    const facets = await listNewsFacetCounts(t.db, { filters: { themes: ["emploi"] }, territories: ["FR", "R76", "D31"], now });
    const count = (facet: keyof typeof facets, value: string) => facets[facet].find((f) => f.value === value)?.count;
    // The theme facet ignores the theme filter itself.
    expect(count("theme", "financement")).toBe(1);
    expect(count("theme", "emploi")).toBe(2);
    expect(count("territory", "D31")).toBe(1);
    expect(count("territory", "FR")).toBe(0);
    expect(await listNewsTerritories(t.db, { now })).toEqual(expect.arrayContaining(["FR", "D31", "R76", "D33"]));
    expect(await listNewsTerritories(t.db, { now })).toHaveLength(4);
  });

  it("gives the latest articles, for one profile too, and the feed's articles", async () => {
    expect(slugs(await listLatestNews(t.db, { limit: 2, now }))).toEqual(["cpf-national", "forum-toulouse"]);
    expect(slugs(await listLatestNews(t.db, { limit: 3, audience: "collegien-lyceen", now }))).toEqual([
      "semaine-occitanie",
      "salon-bordeaux",
    ]);
    expect(slugs(await listNewsForFeed(t.db, { now }))).toEqual(PUBLIC);
  });

  it("lists published Infos+ pages in menu order, by profile, and finds one by slug", async () => {
    expect(slugs(await listPublishedInfoPages(t.db, { now }))).toEqual(["alternance", "vae", "tous-publics", "hors-menu"]);
    expect(slugs(await listPublishedInfoPages(t.db, { menuOnly: true, now }))).toEqual(["alternance", "vae", "tous-publics"]);
    expect(slugs(await listPublishedInfoPages(t.db, { audience: "salarie", menuOnly: true, now }))).toEqual([
      "vae",
      "tous-publics",
    ]);
    expect(await getPublishedInfoPage(t.db, { slug: "vae", now })).toMatchObject({ title: "Faire valider son expérience" });
    expect(await getPublishedInfoPage(t.db, { slug: "page-brouillon", now })).toBeNull();
    expect(await getPublishedInfoPage(t.db, { slug: "page-archivee", now })).toBeNull();
  });
});
