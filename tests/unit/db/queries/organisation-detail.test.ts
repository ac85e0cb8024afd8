import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countOrganisationFormations,
  getOrganisationDetail,
  parseOrganisationId,
} from "@/db/queries/organisation-detail";
import * as s from "@/db/schema";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";

const TODAY = "2026-03-10";

describe("parseOrganisationId", () => {
  it("accepts positive int4 ids only", () => {
    expect(parseOrganisationId("42")).toBe(42);
    expect(parseOrganisationId("2147483647")).toBe(2_147_483_647);
  });

  it.each(["", "0", "-1", "4.2", "42abc", "abc", "2147483648", "99999999999", " 42", "1e3"])("rejects %j", (value) => {
    expect(parseOrganisationId(value)).toBeNull();
  });
});

describe(`organisation detail on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  let ids: Record<"campus" | "atelier" | "lycee", number>;
  beforeAll(async () => {
    t = await createTestDatabase();
    ids = await seed(t);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("answers null for an unknown id", async () => {
    await expect(getOrganisationDetail(t.db, { id: 999_999, today: TODAY })).resolves.toBeNull();
  });

  it("gives the identity, address point and de-duplicated contacts", async () => {
    const org = await getOrganisationDetail(t.db, { id: ids.campus, today: TODAY });
    expect(org).toMatchObject({
      name: "Campus Sud",
      legalName: "SAS Campus Sud Formation",
      siret: "12345678900012",
      activityNumber: "76310000031",
      active: true,
      geo: { lat: 43.6, lon: 1.44 },
    });
    expect(org?.address?.city).toBe("Toulouse");
    // The main contact repeated in the list is shown once.
    expect(org?.contacts).toEqual([
      { phones: ["05 61 00 00 00"], email: "contact@campus.example" },
      { firstName: "Anne", lastName: "Martin", email: "anne@campus.example" },
    ]);
  });

  it("hides a legal name that only repeats the name", async () => {
    const org = await getOrganisationDetail(t.db, { id: ids.atelier, today: TODAY });
    expect(org?.legalName).toBeNull();
  });

  it("lists its active offer as responsible or trainer, upcoming sessions first", async () => {
    const org = await getOrganisationDetail(t.db, { id: ids.campus, today: TODAY });
    expect(org?.formations.map((f) => [f.title, f.roles])).toEqual([
      ["Soudeur", ["responsible"]],
      ["Électricien", ["trainer"]],
      ["Boulanger", ["responsible", "trainer"]],
    ]);
    expect(org?.formationTotal).toBe(3);
    expect(org?.formations[0]?.nextSession).toEqual({ startDate: "2026-04-01", city: "Albi" });
    expect(org?.formations[1]).toMatchObject({ organisationName: "Lycée des métiers" });
    expect(org?.formations[2]?.nextSession).toBeNull();
  });

  it("lists the distinct places of that offer by city, without withdrawn offers", async () => {
    const org = await getOrganisationDetail(t.db, { id: ids.campus, today: TODAY });
    expect(org?.places.map((p) => p.city)).toEqual(["Albi", "Montpellier", "Toulouse"]);
  });

  it("shows an organisation that trains only through another's formations", async () => {
    const org = await getOrganisationDetail(t.db, { id: ids.atelier, today: TODAY });
    expect(org?.formations.map((f) => f.title)).toEqual(["Soudeur"]);
    expect(org?.formations[0]?.roles).toEqual(["trainer"]);
    expect(org?.places.map((p) => p.city)).toEqual(["Albi"]);
  });

  it("counts active formations per organisation for list cards", async () => {
    const counts = await countOrganisationFormations(t.db, { ids: [ids.campus, ids.atelier, ids.lycee, 999_999] });
    expect(counts.get(ids.campus)).toBe(3);
    expect(counts.get(ids.atelier)).toBe(1);
    // Plombier stays the lycée's offer (active formation) though its only action is withdrawn.
    expect(counts.get(ids.lycee)).toBe(2);
    expect(counts.has(999_999)).toBe(false);
    await expect(countOrganisationFormations(t.db, { ids: [] })).resolves.toEqual(new Map());
  });
});

async function seed(t: TestDatabase) {
  const db = t.db;
  const main = { phones: ["05 61 00 00 00"], email: "contact@campus.example" };
  const [campus, atelier, lycee] = await db
    .insert(s.organisations)
    .values([
      {
        lheoKey: "12345678900012",
        name: "Campus Sud",
        legalName: "SAS Campus Sud Formation",
        siret: "12345678900012",
        activityNumber: "76310000031",
        address: { lines: ["2 rue des Arts"], postcode: "31000", city: "Toulouse", department: "31", lat: 43.6, lon: 1.44 },
        contact: main,
        contacts: [main, { firstName: "Anne", lastName: "Martin", email: "anne@campus.example" }],
        contentHash: "h",
      },
      { lheoKey: "atelier", name: "Atelier du métal", legalName: "Atelier du métal", contentHash: "h" },
      { lheoKey: "lycee", name: "Lycée des métiers", contentHash: "h" },
    ])
    .returning();
  const [albi, toulouse, montpellier, rodez] = await db
    .insert(s.places)
    .values([
      { key: "albi", city: "Albi" },
      { key: "tls", city: "Toulouse" },
      { key: "mtp", city: "Montpellier" },
      { key: "rodez", city: "Rodez" },
    ])
    .returning();

  async function formation(
    title: string,
    organisationId: number,
    actions: { place: number; trainer?: number; sessions?: string[]; status?: "active" | "withdrawn" }[],
    status: "active" | "withdrawn" = "active",
  ) {
    const [f] = await db
      .insert(s.formations)
      .values({ lheoId: title, title, contentHash: "h", organisationId, status })
      .returning();
    for (const [i, spec] of actions.entries()) {
      const [a] = await db
        .insert(s.actions)
        .values({ lheoId: `${title}-a${i}`, formationId: f!.id, contentHash: "h", status: spec.status ?? "active" })
        .returning();
      await db.insert(s.actionPlaces).values({ actionId: a!.id, placeId: spec.place });
      if (spec.trainer) await db.insert(s.actionTrainers).values({ actionId: a!.id, organisationId: spec.trainer });
      for (const [j, start] of (spec.sessions ?? []).entries()) {
        await db.insert(s.sessions).values({ lheoId: `${title}-a${i}-s${j}`, actionId: a!.id, startDate: start, contentHash: "h" });
      }
    }
  }

  await formation("Soudeur", campus!.id, [{ place: albi!.id, trainer: atelier!.id, sessions: ["2026-04-01", "2026-02-01"] }]);
  // Two actions in Toulouse: one place. The campus also trains on its own formation.
  await formation("Boulanger", campus!.id, [
    { place: toulouse!.id, trainer: campus!.id },
    { place: toulouse!.id, sessions: ["2026-01-15"] },
  ]);
  await formation("Ancienne offre", campus!.id, [{ place: rodez!.id, sessions: ["2026-06-01"] }], "withdrawn");
  await formation("Électricien", lycee!.id, [{ place: montpellier!.id, trainer: campus!.id, sessions: ["2026-05-01"] }]);
  // The campus trained on this action once; the action is withdrawn, so it is no longer its offer.
  await formation("Plombier", lycee!.id, [{ place: rodez!.id, trainer: campus!.id, status: "withdrawn" }]);

  return { campus: campus!.id, atelier: atelier!.id, lycee: lycee!.id };
}
