import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCatalogStats } from "@/db/queries/catalog-stats";
import { listUpcomingFormations } from "@/db/queries/formations";
import { listTradeGreatDomains } from "@/db/queries/trades";
import * as s from "@/db/schema";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";

const TODAY = "2026-03-10";

describe(`home page queries on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("answers zeros and empty lists on an empty database", async () => {
    await expect(getCatalogStats(t.db, { today: TODAY })).resolves.toEqual({
      activeFormations: 0,
      upcomingFormations: 0,
      trades: 0,
      appellations: 0,
      organisations: 0,
    });
    await expect(listUpcomingFormations(t.db, { today: TODAY })).resolves.toEqual([]);
    await expect(listTradeGreatDomains(t.db)).resolves.toEqual([]);
  });

  describe("with a small catalogue", () => {
    beforeAll(async () => {
      await seedCatalogue(t);
    });

    it("counts only active offers, upcoming sessions and ROME fiches", async () => {
      const stats = await getCatalogStats(t.db, { today: TODAY });
      expect(stats).toEqual({
        // "withdrawn" formation excluded
        activeFormations: 4,
        // past-only, withdrawn-session and withdrawn-action formations excluded
        upcomingFormations: 2,
        // H2901 is a sub-trade of H2903's fiche: two fiches for three codes
        trades: 2,
        appellations: 3,
        organisations: 2,
      });
    });

    it("lists each formation once, by its next session, with trainer and city", async () => {
      const rows = await listUpcomingFormations(t.db, { today: TODAY, limit: 6 });
      expect(rows.map((r) => r.title)).toEqual(["Soudeur", "Boulanger"]);
      expect(rows[0]).toMatchObject({
        startDate: "2026-03-10",
        organisationName: "Atelier formateur",
        city: "Albi",
        regionFunded: true,
      });
      // No trainer: falls back to the organisation responsible for the formation.
      expect(rows[1]).toMatchObject({ startDate: "2026-04-01", organisationName: "Organisme responsable", city: null });
    });

    it("honours the limit", async () => {
      await expect(listUpcomingFormations(t.db, { today: TODAY, limit: 1 })).resolves.toHaveLength(1);
    });

    it("gives every great domain with its number of fiches, empty ones included", async () => {
      await expect(listTradeGreatDomains(t.db)).resolves.toEqual([
        { code: "H", label: "Industrie", tradeCount: 2 },
        { code: "J", label: "Santé", tradeCount: 0 },
      ]);
    });
  });
});

async function seedCatalogue(t: TestDatabase) {
  const db = t.db;
  await db.insert(s.tradeGreatDomains).values([
    { code: "H", label: "Industrie" },
    { code: "J", label: "Santé" },
  ]);
  await db.insert(s.tradeDomains).values({ code: "H29", label: "Mécanique, travail des métaux", greatDomainCode: "H" });
  await db.insert(s.trades).values([
    { code: "H2903", label: "Conduite d'équipement d'usinage", parentCode: "H2903", domainCode: "H29" },
    { code: "H2901", label: "Ajustement et montage de fabrication", parentCode: "H2903", domainCode: "H29" },
    { code: "H2913", label: "Soudage manuel", parentCode: "H2913", domainCode: "H29" },
  ]);
  await db.insert(s.tradeAppellations).values([
    { ogrCode: "1", tradeCode: "H2913", label: "Soudeur / Soudeuse", shortLabel: "Soudeur" },
    { ogrCode: "2", tradeCode: "H2913", label: "Soudeur TIG", shortLabel: "Soudeur TIG" },
    { ogrCode: "3", tradeCode: "H2903", label: "Fraiseur / Fraiseuse", shortLabel: "Fraiseur" },
  ]);
  const [responsible, trainer] = await db
    .insert(s.organisations)
    .values([
      { lheoKey: "o1", name: "Organisme responsable", contentHash: "h" },
      { lheoKey: "o2", name: "Atelier formateur", contentHash: "h" },
      { lheoKey: "o3", name: "Organisme retiré", contentHash: "h", status: "withdrawn" },
    ])
    .returning();
  const place = (await db.insert(s.places).values({ key: "albi", city: "Albi" }).returning())[0]!;

  async function formation(
    title: string,
    sessions: { start: string; status?: "active" | "withdrawn" }[],
    options: { status?: "active" | "withdrawn"; actionStatus?: "active" | "withdrawn"; withTrainer?: boolean } = {},
  ) {
    const [f] = await db
      .insert(s.formations)
      .values({ lheoId: title, title, contentHash: "h", organisationId: responsible!.id, status: options.status ?? "active" })
      .returning();
    const [a] = await db
      .insert(s.actions)
      .values({
        lheoId: `${title}-a`,
        formationId: f!.id,
        contentHash: "h",
        regionFunded: Boolean(options.withTrainer),
        status: options.actionStatus ?? "active",
      })
      .returning();
    if (options.withTrainer) {
      await db.insert(s.actionTrainers).values({ actionId: a!.id, organisationId: trainer!.id });
      await db.insert(s.actionPlaces).values({ actionId: a!.id, placeId: place.id });
    }
    for (const [i, session] of sessions.entries()) {
      await db.insert(s.sessions).values({
        lheoId: `${title}-s${i}`,
        actionId: a!.id,
        startDate: session.start,
        contentHash: "h",
        status: session.status ?? "active",
      });
    }
  }

  await formation("Soudeur", [{ start: "2026-05-01" }, { start: TODAY }, { start: "2026-01-05" }], { withTrainer: true });
  await formation("Boulanger", [{ start: "2026-04-01" }, { start: "2026-03-20", status: "withdrawn" }]);
  await formation("Ancienne session", [{ start: "2026-02-01" }]);
  await formation("Action retirée", [{ start: "2026-04-02" }], { actionStatus: "withdrawn" });
  await formation("Formation retirée", [{ start: "2026-04-03" }], { status: "withdrawn" });
}
