import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { buildSitemap, listSitemapIds, listStaticSitemapPaths, planSitemaps, sitemapIndexXml, sitemapXml } from "@/lib/sitemap";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../helpers/db";

const SITE = "https://passerelle.example.fr";
const now = new Date("2026-11-24T10:00:00Z");

describe("planSitemaps", () => {
  it("fills files up to the limit, a large source running over several files", () => {
    const plan = planSitemaps(
      [
        { source: "static", count: 3 },
        { source: "metiers", count: 0 },
        { source: "formations", count: 8 },
      ],
      5,
    );
    expect(plan).toEqual([
      [
        { source: "static", offset: 0, limit: 3 },
        { source: "formations", offset: 0, limit: 2 },
      ],
      [{ source: "formations", offset: 2, limit: 5 }],
      [{ source: "formations", offset: 7, limit: 1 }],
    ]);
  });

  it("always has a first file", () => {
    expect(planSitemaps([], 5)).toEqual([[]]);
  });
});

describe(`sitemap on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    const db = t.db;
    await db.insert(s.tradeGreatDomains).values({ code: "H", label: "Industrie" });
    await db.insert(s.tradeDomains).values({ code: "H29", label: "Mécanique", greatDomainCode: "H" });
    await db.insert(s.trades).values([
      { code: "H2903", label: "Usinage", parentCode: "H2903", domainCode: "H29" },
      { code: "H2901", label: "Ajustement", parentCode: "H2903", domainCode: "H29" },
    ]);
    const [org] = await db
      .insert(s.organisations)
      .values([
        { lheoKey: "o1", name: "Organisme actif", contentHash: "h" },
        { lheoKey: "o2", name: "Organisme retiré", contentHash: "h", status: "withdrawn" },
      ])
      .returning();
    await db.insert(s.formations).values([
      { lheoId: "f1", title: "Soudeur", contentHash: "h", organisationId: org!.id, updatedAt: new Date("2026-10-01T00:00:00Z") },
      { lheoId: "f2", title: "Boulanger", contentHash: "h", organisationId: org!.id },
      { lheoId: "f3", title: "Retirée", contentHash: "h", status: "withdrawn" },
    ]);
    await db.insert(s.events).values([
      { slug: "salon-publie", title: "Salon", status: "published", startsAt: now },
      { slug: "salon-brouillon", title: "Salon brouillon", status: "draft", startsAt: now },
    ]);
    await db.insert(s.news).values([
      { slug: "actu-publiee", title: "Publiée", status: "published", publishedAt: new Date("2026-11-01T00:00:00Z"), updatedAt: new Date("2026-11-02T00:00:00Z") },
      { slug: "actu-brouillon", title: "Brouillon", status: "draft" },
      { slug: "actu-future", title: "Future", status: "published", publishedAt: new Date("2026-12-01T00:00:00Z") },
    ]);
    await db.insert(s.infoPages).values([
      { slug: "trouver-une-alternance", title: "Alternance", status: "published", menuPosition: 1 },
      { slug: "page-archivee", title: "Archivée", status: "archived" },
    ]);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const urls = async (max?: number) => {
    const ids = await listSitemapIds(t.db, { now, max });
    const files = await Promise.all(ids.map((id) => buildSitemap(t.db, { id, siteUrl: SITE, now, max })));
    return { ids, files, all: files.flat().map((entry) => entry.url) };
  };

  it("lists every public page with absolute addresses, and nothing unpublished", async () => {
    const { ids, all } = await urls();
    expect(ids).toEqual(["0"]);
    for (const url of all) expect(url).toMatch(/^https:\/\/passerelle\.example\.fr\//);
    expect(all).toEqual(
      expect.arrayContaining([
        `${SITE}/`,
        `${SITE}/formations`,
        `${SITE}/actualites`,
        `${SITE}/infos`,
        `${SITE}/profils/salarie`,
        `${SITE}/mentions-legales`,
        `${SITE}/metiers/H2903`,
        `${SITE}/evenements/salon-publie`,
        `${SITE}/actualites/actu-publiee`,
        `${SITE}/infos/trouver-une-alternance`,
      ]),
    );
    const formations = all.filter((url) => /\/formations\/\d+$/.test(url));
    const organisations = all.filter((url) => /\/organismes\/\d+$/.test(url));
    expect(formations).toHaveLength(2);
    expect(organisations).toHaveLength(1);
    for (const hidden of ["actu-brouillon", "actu-future", "salon-brouillon", "page-archivee", "H2901", "/recherche"]) {
      expect(all.some((url) => url.includes(hidden)), hidden).toBe(false);
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it("dates entries by their last update", async () => {
    const [file] = (await urls()).files;
    expect(file!.find((entry) => entry.url === `${SITE}/actualites/actu-publiee`)?.lastModified).toEqual(new Date("2026-11-02T00:00:00Z"));
    expect(file!.find((entry) => entry.url === `${SITE}/`)?.lastModified).toBeUndefined();
  });

  it("splits into several files when the limit is reached, losing nothing", async () => {
    const single = (await urls()).all;
    const split = await urls(5);
    expect(split.ids.length).toBe(Math.ceil(single.length / 5));
    for (const file of split.files) expect(file.length).toBeLessThanOrEqual(5);
    expect(split.all).toEqual(single);
    expect(await buildSitemap(t.db, { id: "99", siteUrl: SITE, now, max: 5 })).toEqual([]);
    expect(await buildSitemap(t.db, { id: "abc", siteUrl: SITE, now })).toEqual([]);
  });

  it("starts with the static pages", () => {
    expect(listStaticSitemapPaths()[0]).toBe("/");
  });
});

describe("sitemap XML", () => {
  it("writes a sitemaps.org urlset with escaped addresses and ISO dates", () => {
    const xml = sitemapXml([
      { url: "https://portail.example/formations?a=1&b=2", lastModified: new Date("2026-11-24T10:00:00Z") },
      { url: "https://portail.example/infos" },
    ]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<loc>https://portail.example/formations?a=1&amp;b=2</loc><lastmod>2026-11-24T10:00:00.000Z</lastmod>");
    expect(xml).toContain("<url><loc>https://portail.example/infos</loc></url>");
  });

  it("writes the index of the files", () => {
    const xml = sitemapIndexXml(["https://portail.example/sitemaps/0.xml", "https://portail.example/sitemaps/1.xml"]);
    expect(xml.match(/<sitemap><loc>https:\/\/portail\.example\/sitemaps\/\d\.xml<\/loc><\/sitemap>/g)).toHaveLength(2);
    expect(xml).toContain("<sitemapindex");
  });
});
