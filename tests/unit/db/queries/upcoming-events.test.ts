import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listUpcomingEvents } from "@/db/queries/editorial";
import { events } from "@/db/schema";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";

const now = new Date("2026-11-24T10:00:00Z");
const at = (iso: string) => new Date(iso);

describe(`listUpcomingEvents on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await t.db.insert(events).values([
      { slug: "passe", title: "Salon passé", status: "published", startsAt: at("2026-11-20T09:00:00Z"), endsAt: at("2026-11-20T17:00:00Z") },
      { slug: "en-cours", title: "Forum en cours", status: "published", startsAt: at("2026-11-24T08:00:00Z"), endsAt: at("2026-11-24T18:00:00Z") },
      { slug: "brouillon", title: "Brouillon", status: "draft", startsAt: at("2026-11-25T09:00:00Z") },
      { slug: "bientot", title: "Portes ouvertes", status: "published", startsAt: at("2026-11-26T09:00:00Z"), city: "Albi" },
      { slug: "plus-tard", title: "Job dating", status: "published", startsAt: at("2026-12-10T09:00:00Z"), online: true },
    ]);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("lists published events still running or to come, soonest first", async () => {
    const rows = await listUpcomingEvents(t.db, { limit: 10, now });
    expect(rows.map((r) => r.slug)).toEqual(["en-cours", "bientot", "plus-tard"]);
    expect(rows[1]).toMatchObject({ title: "Portes ouvertes", city: "Albi", online: false });
  });

  it("honours the limit", async () => {
    expect(await listUpcomingEvents(t.db, { limit: 1, now })).toHaveLength(1);
  });
});
