import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setSystemState } from "@/db/queries/system";
import { places } from "@/db/schema";
import { addEditorialDemo, needsEditorialDemo, SEED_STATE_KEY, SEED_VERSION } from "@/db/seed";
import { createPostgresSearchEngine } from "@/lib/search/postgres";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../helpers/db";

describe(`editorial demo for installs seeded before it existed (${describeDatabaseKind()})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("leaves fresh and current installs alone", async () => {
    expect(await needsEditorialDemo(t.db)).toBe(false);
    await setSystemState(t.db, SEED_STATE_KEY, { version: SEED_VERSION, at: "2026-01-01T00:00:00Z" });
    expect(await needsEditorialDemo(t.db)).toBe(false);
  });

  it("adds and indexes the editorial content of a version 1 demo, once", async () => {
    await setSystemState(t.db, SEED_STATE_KEY, { version: 1, at: "2026-01-01T00:00:00Z" });
    await t.db.insert(places).values({ key: "albi", city: "Albi", postcode: "81000", department: "81", region: "76", lat: 43.93, lon: 2.15 });
    expect(await needsEditorialDemo(t.db)).toBe(true);
    const engine = createPostgresSearchEngine(t.db);
    const counts = await addEditorialDemo(t.db, { today: new Date(), engine });
    expect(counts.financingSchemes).toBeGreaterThan(30);
    expect(counts.structures).toBeGreaterThan(5);
    expect((await engine.search({ kinds: ["financement"], perPage: 1 })).total).toBe(counts.financingSchemes);
    expect((await engine.search({ kinds: ["structure"], q: "Albi", perPage: 1 })).total).toBeGreaterThan(0);
    expect(await needsEditorialDemo(t.db)).toBe(false);
  });
});
