import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  actionFinancers,
  actionPlaces,
  actions,
  certifications,
  domainCodes,
  formationCertifications,
  formationDomains,
  formations,
  formationTrades,
  organisations,
  places,
  sessions,
  tradeAppellations,
  tradeDomains,
  tradeGreatDomains,
  trades,
} from "@/db/schema";
import { buildFormationDocuments, buildOrganisationDocuments, buildTradeDocuments } from "@/lib/search/documents";
import { createPostgresSearchEngine } from "@/lib/search/postgres";
import { reindexAll, reindexChanged } from "@/lib/search/reindex";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../helpers/db";
import { inDays } from "./fixtures";

const hash = { contentHash: "test" };

/** A small catalogue: three formations (one withdrawn), two organisations, one ROME fiche with a sub-code. */
async function seed(db: Db) {
  const [cfa, closed] = await db
    .insert(organisations)
    .values([
      { lheoKey: "cfa", name: "CFA des métiers de bouche", address: { lines: [], city: "Toulouse", department: "31", region: "76" }, lat: 43.6, lon: 1.44, ...hash },
      { lheoKey: "closed", name: "Organisme fermé", status: "withdrawn", ...hash },
    ])
    .returning({ id: organisations.id });
  const [patissier, compta, withdrawn] = await db
    .insert(formations)
    .values([
      { lheoId: "F1", title: "Pâtissier", objective: "Réaliser des <b>entremets</b>.", entryLevel: 2, exitLevel: 3, certifying: true, organisationId: cfa?.id, ...hash },
      { lheoId: "F2", title: "Assistant comptable", exitLevel: 4, organisationId: cfa?.id, ...hash },
      { lheoId: "F3", title: "Ancienne formation", status: "withdrawn", ...hash },
    ])
    .returning({ id: formations.id });
  if (!patissier || !compta || !withdrawn || !cfa || !closed) throw new Error("seed failed");

  const [a1, a2, a3] = await db
    .insert(actions)
    .values([
      // Region-funded through its financer code only: the flag on the action is false.
      { lheoId: "A1", formationId: patissier.id, alternance: "toutes", modality: "presentiel", cpfEligible: true, ...hash },
      { lheoId: "A2", formationId: compta.id, modality: "distance", ...hash },
      { lheoId: "A3", formationId: compta.id, status: "withdrawn", regionFunded: true, ...hash },
    ])
    .returning({ id: actions.id });
  if (!a1 || !a2 || !a3) throw new Error("seed failed");
  await db.insert(actionFinancers).values([
    { actionId: a1.id, financerCode: "2" },
    { actionId: a2.id, financerCode: "16" },
  ]);
  await db.insert(sessions).values([
    { lheoId: "S1", actionId: a1.id, startDate: inDays(20), endDate: inDays(200), ...hash },
    { lheoId: "S2", actionId: a1.id, startDate: inDays(-300), endDate: inDays(-100), ...hash },
    { lheoId: "S3", actionId: a1.id, startDate: inDays(50), endDate: inDays(60), status: "withdrawn", ...hash },
  ]);
  const [toulouse, albi] = await db
    .insert(places)
    .values([
      { key: "p1", city: "Toulouse", department: "31", region: "76", lat: 43.6045, lon: 1.4442 },
      { key: "p2", city: "Albi", department: "81", region: "76", lat: 43.9289, lon: 2.1464 },
    ])
    .returning({ id: places.id });
  if (!toulouse || !albi) throw new Error("seed failed");
  await db.insert(actionPlaces).values([
    { actionId: a1.id, placeId: albi.id, position: 1 },
    { actionId: a1.id, placeId: toulouse.id, position: 0 },
  ]);
  const [rncp] = await db
    .insert(certifications)
    .values({ kind: "RNCP", code: "35316", label: "CAP Pâtissier", level: 3 })
    .returning({ id: certifications.id });
  if (!rncp) throw new Error("seed failed");
  await db.insert(formationCertifications).values({ formationId: patissier.id, certificationId: rncp.id });
  await db.insert(domainCodes).values({ system: "nsf", code: "221", label: "Agro-alimentaire, alimentation, cuisine" });
  await db.insert(formationDomains).values({ formationId: patissier.id, system: "nsf", code: "221" });
  await db.insert(formationTrades).values([
    { formationId: patissier.id, tradeCode: "D1104" },
    { formationId: compta.id, tradeCode: "D1115" },
  ]);

  await db.insert(tradeGreatDomains).values({ code: "D", label: "Commerce, vente et grande distribution" });
  await db.insert(tradeDomains).values({ code: "D11", label: "Commerce alimentaire et métiers de bouche", greatDomainCode: "D" });
  await db.insert(trades).values([
    { code: "D1104", label: "Pâtissier / Pâtissière", parentCode: "D1104", domainCode: "D11", definition: ["Réalise des pâtisseries."], transitionEco: "Emploi Blanc" },
    { code: "D1115", label: "Chocolatier / Chocolatière", parentCode: "D1104", domainCode: "D11" },
  ]);
  await db.insert(tradeAppellations).values([
    { ogrCode: "17576", tradeCode: "D1104", label: "Pâtissier / Pâtissière", shortLabel: "Pâtissier / Pâtissière" },
    { ogrCode: "17580", tradeCode: "D1104", label: "Pâtissier-confiseur / Pâtissière-confiseuse", shortLabel: "Pâtissier-confiseur(se)" },
    { ogrCode: "17579", tradeCode: "D1115", label: "Pâtissier-chocolatier / Pâtissière-chocolatière", shortLabel: "Pâtissier-chocolatier(ère)" },
  ]);
  return { cfa: cfa.id, closed: closed.id, patissier: patissier.id, compta: compta.id, withdrawn: withdrawn.id };
}

describe(`search documents from the catalogue (${describeDatabaseKind()})`, () => {
  let database: TestDatabase;
  let ids: Awaited<ReturnType<typeof seed>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    ids = await seed(database.db);
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it("builds one document per active formation and lists the others for removal", async () => {
    const built = await buildFormationDocuments(database.db, [ids.patissier, ids.compta, ids.withdrawn, 999_999]);
    expect(built.documents.map((doc) => doc.id).sort()).toEqual([String(ids.patissier), String(ids.compta)].sort());
    expect(built.removedIds.sort()).toEqual([String(ids.withdrawn), "999999"].sort());
    const all = await buildFormationDocuments(database.db);
    expect(all.documents).toHaveLength(2);
  });

  it("denormalises actions, sessions, places, certifications, domains and trades", async () => {
    const { documents } = await buildFormationDocuments(database.db, [ids.patissier]);
    const doc = documents[0];
    expect(doc).toBeDefined();
    expect(doc?.regionFunded).toBe(true);
    expect(doc?.facets).toMatchObject({
      level: ["3"],
      entryLevel: ["2"],
      alternance: ["apprentissage", "professionnalisation"],
      modality: ["presentiel"],
      certification: ["rncp"],
      domain: ["nsf:221"],
      department: ["31", "81"],
      region: ["76"],
      type: ["certifiante"],
    });
    expect(doc?.facets.financing).toEqual(expect.arrayContaining(["region", "cpf"]));
    expect(doc?.keywords).toEqual(expect.arrayContaining(["RNCP35316", "CAP Pâtissier", "D1104", "Pâtissier / Pâtissière"]));
    expect(doc?.body).toBe("Réaliser des entremets .");
    expect(doc?.subtitle).toBe("CFA des métiers de bouche — Toulouse, Albi");
    // Place order follows the action's positions; the withdrawn session is left out.
    expect(doc?.geo?.[0]).toEqual({ lat: 43.6045, lon: 1.4442 });
    expect(doc?.dates).toHaveLength(2);
    expect(doc?.sortDate).toBe(inDays(20));
  });

  it("lets a ROME fiche code find the formations tagged with one of its sub-codes", async () => {
    const { documents } = await buildFormationDocuments(database.db, [ids.compta]);
    expect(documents[0]?.keywords).toEqual(expect.arrayContaining(["D1115", "D1104", "Chocolatier / Chocolatière"]));
  });

  it("ignores withdrawn actions when deciding Region funding", async () => {
    const { documents } = await buildFormationDocuments(database.db, [ids.compta]);
    expect(documents[0]?.regionFunded).toBe(false);
    expect(documents[0]?.facets.financing).toEqual(["opco"]);
    expect(documents[0]?.facets.modality).toEqual(["distance"]);
  });

  it("builds trades per parent fiche with every appellation of the fiche and its sub-codes", async () => {
    const { documents, removedIds } = await buildTradeDocuments(database.db);
    expect(documents.map((doc) => doc.id)).toEqual(["D1104"]);
    expect(removedIds).toEqual([]);
    const keywords = documents[0]?.keywords ?? [];
    expect(keywords).toEqual(
      expect.arrayContaining([
        "D1104",
        "D1115",
        "Chocolatier / Chocolatière",
        "Pâtissier-confiseur / Pâtissière-confiseuse",
        "Pâtissier-confiseur(se)",
        "Pâtissier-chocolatier / Pâtissière-chocolatière",
      ]),
    );
    expect(documents[0]?.subtitle).toBe("Commerce alimentaire et métiers de bouche");
    expect(documents[0]?.facets.greatDomain).toEqual(["D"]);
    expect(documents[0]?.facets.domain).toEqual(["D11"]);
    const bySubCode = await buildTradeDocuments(database.db, ["D1115"]);
    expect(bySubCode.documents.map((doc) => doc.id)).toEqual(["D1104"]);
    expect((await buildTradeDocuments(database.db, ["Z9999"])).removedIds).toEqual(["Z9999"]);
  });

  it("builds organisations, Region-funded when one of their offers is", async () => {
    const { documents, removedIds } = await buildOrganisationDocuments(database.db);
    expect(documents.map((doc) => doc.title)).toEqual(["CFA des métiers de bouche"]);
    expect(documents[0]?.regionFunded).toBe(true);
    expect(documents[0]?.facets.department).toEqual(["31"]);
    expect(removedIds).toEqual([String(ids.closed)]);
  });

  it("reindexes everything, then only what changed", async () => {
    const engine = createPostgresSearchEngine(database.db);
    await engine.index([
      {
        kind: "formation",
        id: "stale",
        title: "Plus au catalogue",
        body: "",
        keywords: [],
        url: "/formations/stale",
        facets: {},
        regionFunded: false,
      },
    ]);
    const counts = await reindexAll(database.db, engine);
    expect(counts.formation).toEqual({ indexed: 2, removed: 1 });
    expect(counts.metier.indexed).toBe(1);
    expect(counts.organisme.indexed).toBe(1);
    const trade = await engine.search({ q: "patissiere chocolatiere", kinds: ["metier"] });
    expect(trade.hits[0]?.doc.id).toBe("D1104");

    await database.db.update(formations).set({ status: "withdrawn" }).where(eq(formations.id, ids.compta));
    const changed = await reindexChanged(database.db, engine, { formationIds: [ids.compta] });
    expect(changed.formation).toEqual({ indexed: 0, removed: 1 });
    expect(await engine.listIds("formation")).toEqual([String(ids.patissier)]);
  });
});
