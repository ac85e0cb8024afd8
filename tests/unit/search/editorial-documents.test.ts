import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { events, financingSchemes, formations, organisations, places, resources, supportStructures } from "@/db/schema";
import { type EditorialSeedCounts, seedEditorial } from "@/db/seed/editorial";
import { isoDateInTimeZone } from "@/lib/dates";
import { buildEditorialDocuments } from "@/lib/search/editorial-documents";
import { createPostgresSearchEngine } from "@/lib/search/postgres";
import { reindexAll, reindexChanged } from "@/lib/search/reindex";
import type { SearchEngine } from "@/lib/search/types";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../helpers/db";

const hash = { contentHash: "test" };

const COMMUNES = [
  { city: "Toulouse", postcode: "31000", department: "31", lat: 43.6045, lon: 1.444, weight: 6 },
  { city: "Montpellier", postcode: "34000", department: "34", lat: 43.6108, lon: 3.8767, weight: 5 },
  { city: "Nîmes", postcode: "30000", department: "30", lat: 43.8367, lon: 4.3601, weight: 4 },
  { city: "Albi", postcode: "81000", department: "81", lat: 43.9289, lon: 2.1464, weight: 3 },
  { city: "Tarbes", postcode: "65000", department: "65", lat: 43.2328, lon: 0.0781, weight: 2 },
  { city: "Rodez", postcode: "12000", department: "12", lat: 44.3506, lon: 2.575, weight: 1 },
];

/** Training places in six Occitanie communes (and one elsewhere), and organisations with trainings. */
async function seedCatalogue(db: Db) {
  const rows = COMMUNES.flatMap((c) =>
    Array.from({ length: c.weight }, (_, i) => ({
      key: `${c.city}-${i}`,
      city: c.city,
      postcode: c.postcode,
      department: c.department,
      region: "76",
      lat: c.lat + i * 0.001,
      lon: c.lon,
    })),
  );
  rows.push({ key: "paris", city: "Paris", postcode: "75010", department: "75", region: "11", lat: 48.876, lon: 2.359 });
  await db.insert(places).values(rows);
  for (const [i, c] of COMMUNES.entries()) {
    const [org] = await db
      .insert(organisations)
      .values({
        lheoKey: `org-${i}`,
        name: `Centre de formation de ${c.city}`,
        address: { lines: ["1 rue de l'École"], postcode: c.postcode, city: c.city, department: c.department, region: "76" },
        lat: c.lat,
        lon: c.lon,
        ...hash,
      })
      .returning({ id: organisations.id });
    await db.insert(formations).values({ lheoId: `F${i}`, title: `Titre professionnel ${i}`, organisationId: org!.id, ...hash });
  }
}

describe(`editorial seed and search documents (${describeDatabaseKind()})`, () => {
  let database: TestDatabase;
  let engine: SearchEngine;
  let counts: EditorialSeedCounts;
  const today = new Date();

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedCatalogue(database.db);
    counts = await seedEditorial(database.db, { today });
    engine = createPostgresSearchEngine(database.db);
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it("seeds the four tables in the catalogue's region, all published", async () => {
    // National schemes and those of the catalogue's region (Occitanie) only.
    expect(counts.financingSchemes).toBe(38);
    expect(counts.resources).toBeGreaterThanOrEqual(18);
    expect(counts.structures).toBeGreaterThan(20);
    expect(counts.events).toBeGreaterThan(20);
    expect(counts.codes).toBeGreaterThan(150);
    const cities = (await database.db.select({ city: supportStructures.city }).from(supportStructures)).map((r) => r.city);
    expect(cities).not.toContain("Paris");
    expect(new Set(cities)).toEqual(new Set(COMMUNES.map((c) => c.city)));
    const open = await database.db.select().from(events).where(eq(events.type, "journee-portes-ouvertes"));
    expect(open.length).toBe(COMMUNES.length);
    expect(open.every((e) => e.organisationId !== null && e.status === "published")).toBe(true);
  });

  it("is idempotent: a second run updates rows in place", async () => {
    const again = await seedEditorial(database.db, { today });
    expect(again).toEqual(counts);
    const rows = await database.db.select({ id: financingSchemes.id }).from(financingSchemes);
    expect(rows).toHaveLength(counts.financingSchemes);
  });

  it("builds event documents with their date range, place, type and online facets", async () => {
    const { documents } = await buildEditorialDocuments(database.db, "evenement");
    expect(documents).toHaveLength(counts.events);
    const webinar = documents.find((d) => d.facets.type?.[0] === "webinaire");
    expect(webinar?.facets).toMatchObject({ online: ["en-ligne"], origin: ["demo"] });
    expect(webinar?.geo).toEqual([]);
    const open = documents.find((d) => d.facets.type?.[0] === "journee-portes-ouvertes");
    expect(open?.facets).toMatchObject({ online: ["sur-place"], region: ["76"] });
    expect(open?.geo).toHaveLength(1);
    expect(open?.url).toMatch(/^\/evenements\/[a-z0-9-]+$/);
    const first = open?.dates?.[0];
    expect(first?.start).toBe(open?.sortDate);
    expect(first!.start! > isoDateInTimeZone(today)).toBe(true);
  });

  it("makes structures findable by their type's label and themes", async () => {
    const { documents } = await buildEditorialDocuments(database.db, "structure");
    const local = documents.find((d) => d.facets.type?.[0] === "ML");
    expect(local?.keywords).toContain("Mission Locale");
    expect(local?.body).toContain("Trouver sa formation");
    expect(local?.facets).toMatchObject({ public: ["jeunes"], department: [expect.any(String)] });
  });

  it("indexes every kind and answers the engines' filters", async () => {
    const indexed = await reindexAll(database.db, engine);
    expect(indexed.evenement.indexed).toBe(counts.events);
    expect(indexed.structure.indexed).toBe(counts.structures);
    expect(indexed.financement.indexed).toBe(counts.financingSchemes);
    expect(indexed.ressource.indexed).toBe(counts.resources);

    const upcoming = await engine.search({ kinds: ["evenement"], upcomingOnly: true, sort: "date", perPage: 100, facets: ["type"] });
    expect(upcoming.total).toBe(counts.events);
    const dates = upcoming.hits.map((h) => h.doc.sortDate ?? "");
    expect(dates).toEqual([...dates].sort());
    const online = await engine.search({ kinds: ["evenement"], filters: { online: ["en-ligne"] } });
    expect(online.total).toBe(7);
    const inToulouse = await engine.search({ kinds: ["structure"], near: { lat: 43.6045, lon: 1.444, radiusKm: 10 }, perPage: 100 });
    expect(inToulouse.hits.every((h) => h.doc.subtitle?.startsWith("Toulouse"))).toBe(true);
    expect(inToulouse.total).toBeGreaterThan(3);

    const cpf = await engine.search({ kinds: ["financement"], filters: { cpf: ["eligible"], territory: ["R76"] } });
    expect(cpf.total).toBeGreaterThan(5);
    const byName = await engine.search({ kinds: ["financement"], q: "transition professionnelle" });
    expect(byName.hits[0]?.doc.title).toMatch(/transition professionnelle/i);
    const sites = await engine.search({ kinds: ["ressource"], q: "onisep" });
    expect(sites.hits[0]?.doc.url).toBe("/ressources/onisep");
  });

  it("drops unpublished content from the index on an incremental update", async () => {
    const [resource] = await database.db.select().from(resources).where(eq(resources.slug, "parcoursup"));
    await database.db.update(resources).set({ status: "archived" }).where(eq(resources.id, resource!.id));
    const changed = await reindexChanged(database.db, engine, { resourceIds: [resource!.id, 999_999] });
    expect(changed.ressource).toEqual({ indexed: 0, removed: 2 });
    expect(await engine.listIds("ressource")).not.toContain(String(resource!.id));
  });
});
