import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFormationDetail } from "@/db/queries/formation-detail";
import { findPlaceCoordinates, listPlaceNames } from "@/db/queries/places";
import * as s from "@/db/schema";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";

describe(`training page queries on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  let ids: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    t = await createTestDatabase();
    ids = await seed(t);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  describe("getFormationDetail", () => {
    it("gathers the formation, its active offers, sessions, places, financers and links", async () => {
      const detail = await getFormationDetail(t.db, { id: ids.formation });
      expect(detail).toMatchObject({
        id: ids.formation,
        title: "Boulanger",
        objective: "Devenir boulanger.",
        // "-" in a feed means "nothing to say".
        content: null,
        certifying: true,
        entryLevel: 3,
        exitLevel: 4,
        generalObjective: "Certification",
        organisation: { id: ids.responsible, name: "Fournil Formation", city: "Albi", active: true },
        regionFunded: true,
      });
      // RNCP before Certif Info, whatever the insertion order.
      expect(detail?.certifications.map((c) => `${c.kind}${c.code}`)).toEqual(["RNCP35316", "CERTIFINFO999"]);
      expect(detail?.domains).toEqual([
        { system: "formacode", code: "21528", label: null, principal: true },
        { system: "nsf", code: "221", label: "Agro-alimentaire, alimentation, cuisine", principal: false },
      ]);
      // The feed named a sub-trade: the page links its parent fiche, once.
      expect(detail?.trades).toEqual([{ code: "D1102", label: "Boulangerie - viennoiserie" }]);

      expect(detail?.actions).toHaveLength(1);
      const action = detail!.actions[0]!;
      expect(action).toMatchObject({
        modality: "presentiel",
        alternance: "apprentissage",
        hoursTotal: 800,
        totalPrice: 6400.5,
        cpfEligible: true,
        regionFunded: true,
        disabilityAccess: "Locaux accessibles.",
      });
      // Regional Council first, labels from the LHEO dictionary.
      expect(action.financers).toEqual([
        { code: "2", label: "Collectivité territoriale - Conseil régional", fundedPlaces: 12 },
        { code: "4", label: "Pôle emploi", fundedPlaces: null },
      ]);
      expect(action.trainers).toEqual([{ id: ids.trainer, name: "Atelier du pain", active: true }]);
      expect(action.places.map((p) => p.city)).toEqual(["Albi", "Castres"]);
      // Withdrawn sessions are left out; undated ones come last.
      expect(action.sessions.map((x) => x.startDate)).toEqual(["2026-04-01", "2026-09-01", null]);
      expect(action.sessions[0]).toMatchObject({ endDate: "2026-07-01", recruitmentState: "1" });
    });

    it("answers null for a withdrawn formation, an unknown id or an id out of range", async () => {
      await expect(getFormationDetail(t.db, { id: ids.withdrawn })).resolves.toBeNull();
      await expect(getFormationDetail(t.db, { id: 987654 })).resolves.toBeNull();
      await expect(getFormationDetail(t.db, { id: 0 })).resolves.toBeNull();
      await expect(getFormationDetail(t.db, { id: Number.NaN })).resolves.toBeNull();
      // Beyond PostgreSQL's integer: must not reach the database as an out-of-range error.
      await expect(getFormationDetail(t.db, { id: 99_999_999_999 })).resolves.toBeNull();
    });

    it("keeps a formation whose offers are all withdrawn, without them", async () => {
      const detail = await getFormationDetail(t.db, { id: ids.bare });
      expect(detail).toMatchObject({ title: "Sans offre", actions: [], trades: [], certifications: [], regionFunded: false });
      expect(detail?.organisation).toBeNull();
    });
  });

  describe("findPlaceCoordinates", () => {
    it("finds a commune by name, ignoring case, accents and hyphens, at the average of its places", async () => {
      const place = await findPlaceCoordinates(t.db, { query: "saint jean de vedas" });
      expect(place).toMatchObject({ city: "Saint-Jean-de-Védas", postcode: "34430", label: "Saint-Jean-de-Védas (34430)" });
      expect(place?.lat).toBeCloseTo(43.58, 5);
      expect(place?.lon).toBeCloseTo(3.83, 5);
      await expect(findPlaceCoordinates(t.db, { query: "St-Jean-de-Védas" })).resolves.toMatchObject({ city: "Saint-Jean-de-Védas" });
    });

    it("finds a postcode, then a name prefix, and nothing for unknown text", async () => {
      await expect(findPlaceCoordinates(t.db, { query: "81100" })).resolves.toMatchObject({ city: "Castres" });
      await expect(findPlaceCoordinates(t.db, { query: "81000 Albi" })).resolves.toMatchObject({ city: "Albi" });
      await expect(findPlaceCoordinates(t.db, { query: "cast" })).resolves.toMatchObject({ city: "Castres" });
      await expect(findPlaceCoordinates(t.db, { query: "Atlantis" })).resolves.toBeNull();
      await expect(findPlaceCoordinates(t.db, { query: "%" })).resolves.toBeNull();
      await expect(findPlaceCoordinates(t.db, { query: "  " })).resolves.toBeNull();
      // A place without coordinates cannot centre a radius search.
      await expect(findPlaceCoordinates(t.db, { query: "Nulle-Part" })).resolves.toBeNull();
    });

    it("lists communes with most places first", async () => {
      await expect(listPlaceNames(t.db)).resolves.toEqual(["Saint-Jean-de-Védas", "Albi", "Castres"]);
    });
  });
});

async function seed(t: TestDatabase) {
  const db = t.db;
  await db.insert(s.tradeGreatDomains).values({ code: "D", label: "Commerce" });
  await db.insert(s.tradeDomains).values({ code: "D11", label: "Commerce alimentaire", greatDomainCode: "D" });
  await db.insert(s.trades).values([
    { code: "D1102", label: "Boulangerie - viennoiserie", parentCode: "D1102", domainCode: "D11" },
    { code: "D1102b", label: "Tourier", parentCode: "D1102", domainCode: "D11" },
  ]);
  await db.insert(s.domainCodes).values({ system: "nsf", code: "221", label: "Agro-alimentaire, alimentation, cuisine" });

  const [responsible, trainer] = await db
    .insert(s.organisations)
    .values([
      { lheoKey: "o1", name: "Fournil Formation", contentHash: "h", address: { lines: [], city: "Albi" } },
      { lheoKey: "o2", name: "Atelier du pain", contentHash: "h" },
    ])
    .returning();
  const [formation, withdrawn, bare] = await db
    .insert(s.formations)
    .values([
      {
        lheoId: "F1",
        title: "Boulanger",
        objective: "Devenir boulanger.",
        content: "-",
        certifying: true,
        entryLevel: 3,
        exitLevel: 4,
        generalObjective: "6",
        organisationId: responsible!.id,
        contentHash: "h",
      },
      { lheoId: "F2", title: "Retirée", contentHash: "h", status: "withdrawn", organisationId: responsible!.id },
      { lheoId: "F3", title: "Sans offre", contentHash: "h" },
    ])
    .returning();

  const [action] = await db
    .insert(s.actions)
    .values([
      {
        lheoId: "A1",
        formationId: formation!.id,
        contentHash: "h",
        modality: "presentiel",
        alternance: "apprentissage",
        hoursTotal: 800,
        totalPrice: 6400.5,
        cpfEligible: true,
        disabilityAccess: "Locaux accessibles.",
      },
      { lheoId: "A2", formationId: formation!.id, contentHash: "h", status: "withdrawn" },
      { lheoId: "A3", formationId: bare!.id, contentHash: "h", status: "withdrawn" },
    ])
    .returning();

  const placeRows = await db
    .insert(s.places)
    .values([
      { key: "castres", city: "Castres", postcode: "81100", lat: 43.606, lon: 2.241 },
      { key: "albi", city: "Albi", postcode: "81000", lat: 43.9289, lon: 2.1464 },
      { key: "sjv1", city: "Saint-Jean-de-Védas", postcode: "34430", lat: 43.57, lon: 3.82 },
      { key: "sjv2", city: "Saint-Jean-de-Védas", postcode: "34430", lat: 43.59, lon: 3.84 },
      { key: "sjv3", city: "Saint-Jean-de-Védas", postcode: "34430", lat: 43.58, lon: 3.83 },
      { key: "albi2", city: "Albi", postcode: "81000", lat: 43.93, lon: 2.15 },
      { key: "nowhere", city: "Nulle-Part", postcode: null, lat: null, lon: null },
    ])
    .returning();
  const placeId = (key: string) => placeRows.find((p) => p.key === key)!.id;
  await db.insert(s.actionPlaces).values([
    { actionId: action!.id, placeId: placeId("albi"), position: 0 },
    { actionId: action!.id, placeId: placeId("castres"), position: 1 },
  ]);
  await db.insert(s.actionTrainers).values({ actionId: action!.id, organisationId: trainer!.id });
  await db.insert(s.actionFinancers).values([
    { actionId: action!.id, financerCode: "4" },
    { actionId: action!.id, financerCode: "2", fundedPlaces: 12 },
  ]);
  await db.insert(s.sessions).values([
    { lheoId: "S3", actionId: action!.id, contentHash: "h", startDate: null },
    { lheoId: "S2", actionId: action!.id, contentHash: "h", startDate: "2026-09-01" },
    { lheoId: "S1", actionId: action!.id, contentHash: "h", startDate: "2026-04-01", endDate: "2026-07-01", recruitmentState: "1" },
    { lheoId: "S4", actionId: action!.id, contentHash: "h", startDate: "2026-05-01", status: "withdrawn" },
  ]);

  const certs = await db
    .insert(s.certifications)
    .values([
      { kind: "CERTIFINFO", code: "999" },
      { kind: "RNCP", code: "35316", label: "CAP Boulanger", level: 3 },
    ])
    .returning();
  await db.insert(s.formationCertifications).values(certs.map((c) => ({ formationId: formation!.id, certificationId: c.id })));
  await db.insert(s.formationDomains).values([
    { formationId: formation!.id, system: "nsf", code: "221" },
    { formationId: formation!.id, system: "formacode", code: "21528", principal: true },
  ]);
  await db.insert(s.formationTrades).values([
    { formationId: formation!.id, tradeCode: "D1102b" },
    { formationId: formation!.id, tradeCode: "D1102" },
    // Retired ROME v3 code: no fiche, no link.
    { formationId: formation!.id, tradeCode: "D1199" },
  ]);
  return { formation: formation!.id, withdrawn: withdrawn!.id, bare: bare!.id, responsible: responsible!.id, trainer: trainer!.id };
}
