import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTradeDetail, parseRomeCode, type TradeDetail } from "@/db/queries/trade-detail";
import * as s from "@/db/schema";
import { loadRome } from "@/db/seed/rome";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";

const TODAY = "2026-03-10";

describe("parseRomeCode", () => {
  it("accepts a letter and four digits, in any case", () => {
    expect(parseRomeCode("M1805")).toBe("M1805");
    expect(parseRomeCode("m1805")).toBe("M1805");
  });

  it.each(["", "M180", "M18055", "1805", "MM1805", "M18O5", "M1805'; drop table trades; --", "../M1805"])(
    "rejects %j",
    (value) => {
      expect(parseRomeCode(value)).toBeNull();
    },
  );
});

describe(`trade detail on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  // The full ROME takes seconds to load: one database for the whole file.
  beforeAll(async () => {
    t = await createTestDatabase();
    await loadRome(t.db);
    await seedFormations(t);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const detail = async (code: string) => {
    const trade = await getTradeDetail(t.db, { code, today: TODAY });
    expect(trade, code).not.toBeNull();
    return trade as TradeDetail;
  };

  it("answers null for unknown or malformed codes", async () => {
    await expect(getTradeDetail(t.db, { code: "Z9999", today: TODAY })).resolves.toBeNull();
    await expect(getTradeDetail(t.db, { code: "M18", today: TODAY })).resolves.toBeNull();
    await expect(getTradeDetail(t.db, { code: "not a code", today: TODAY })).resolves.toBeNull();
  });

  it("gives a fiche with its domains, texts, job titles and codes", async () => {
    const trade = await detail("M1805");
    expect(trade).toMatchObject({
      code: "M1805",
      label: "Développeur / Développeuse informatique",
      subTrade: null,
      greatDomain: { code: "M" },
      domain: { code: "M18" },
    });
    expect(trade.definition.length).toBeGreaterThan(0);
    expect(trade.accessConditions.join(" ")).toMatch(/bac/i);
    // texte.csv escapes apostrophes SQL-style; the page must never show "l''analyse".
    expect([...trade.definition, ...trade.accessConditions].join(" ")).not.toContain("''");
    expect(trade.codes[0]).toEqual({ code: "M1805", label: trade.label });
    expect(trade.codes.map((c) => c.code)).toContain("M1813");
    // Job titles of the sub-codes belong to the fiche too, sorted the French way.
    const labels = trade.appellations.map((a) => a.label);
    expect(labels.length).toBeGreaterThan(50);
    expect(new Set(trade.appellations.map((a) => a.tradeCode)).size).toBeGreaterThan(1);
    expect(labels).toEqual([...labels].sort(new Intl.Collator("fr", { sensitivity: "base" }).compare));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("keeps the salary unknown (null), never 0, when ROME does not publish it", async () => {
    const trade = await detail("M1805");
    expect(trade.medianNetMonthlySalary).toBeNull();
  });

  it("groups skills by kind and work contexts by type", async () => {
    const { skills, workContexts } = await detail("M1805");
    expect(skills.knowHow.flatMap((g) => g.items).length).toBeGreaterThan(5);
    expect(skills.softSkills.length).toBeGreaterThan(0);
    expect(skills.knowledge.flatMap((g) => g.items).length).toBeGreaterThan(0);
    expect(workContexts.length).toBeGreaterThan(0);
    expect(workContexts.every((group) => group.items.length > 0)).toBe(true);
    // Named context types first, in French order; an uncategorised group would come last.
    const named = workContexts.map((g) => g.category).filter((c): c is string => c !== null);
    expect(named).toEqual([...named].sort(new Intl.Collator("fr").compare));
  });

  it("lists related trades outside the fiche, each once", async () => {
    const trade = await detail("M1805");
    const codes = trade.relatedTrades.map((r) => r.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes).size).toBe(codes.length);
    const ownCodes = new Set(trade.codes.map((c) => c.code));
    expect(codes.some((code) => ownCodes.has(code))).toBe(false);
  });

  it("shows a sub-trade's parent fiche and names the sub-trade", async () => {
    const trade = await detail("m1813");
    expect(trade.code).toBe("M1805");
    expect(trade.subTrade).toMatchObject({ code: "M1813" });
    expect(trade.subTrade?.label).toMatch(/\w/);
  });

  it("finds the fiche of a pastry cook", async () => {
    const trade = await detail("D1104");
    expect(trade.appellations.some((a) => /^Pâtissier/.test(a.label))).toBe(true);
  });

  it("lists active formations of every code of the fiche, upcoming sessions first", async () => {
    const trade = await detail("M1805");
    expect(trade.formations.map((f) => f.title)).toEqual([
      "Développeur web",
      "Intégrateur logiciels",
      "Concepteur d'applications",
    ]);
    expect(trade.formationTotal).toBe(3);
    expect(trade.formations[0]).toMatchObject({
      organisationName: "Campus numérique",
      nextSession: { startDate: "2026-04-01", city: "Toulouse" },
    });
    // Only a past session: listed, without a next session.
    expect(trade.formations[2]?.nextSession).toBeNull();
  });

  it("caps the list but still counts every formation", async () => {
    const trade = await getTradeDetail(t.db, { code: "M1805", today: TODAY, formationLimit: 1 });
    expect(trade?.formations).toHaveLength(1);
    expect(trade?.formationTotal).toBe(3);
  });

  it("gives an empty offer for a trade no formation leads to", async () => {
    const trade = await detail("A1101");
    expect(trade.formations).toEqual([]);
    expect(trade.formationTotal).toBe(0);
  });
});

async function seedFormations(t: TestDatabase) {
  const db = t.db;
  const [org] = await db.insert(s.organisations).values({ lheoKey: "o1", name: "Campus numérique", contentHash: "h" }).returning();
  const [place] = await db.insert(s.places).values({ key: "tls", city: "Toulouse" }).returning();

  async function formation(
    title: string,
    tradeCodes: string[],
    sessions: { start: string; status?: "active" | "withdrawn" }[],
    status: "active" | "withdrawn" = "active",
  ) {
    const [f] = await db
      .insert(s.formations)
      .values({ lheoId: title, title, contentHash: "h", organisationId: org!.id, status })
      .returning();
    for (const tradeCode of tradeCodes) await db.insert(s.formationTrades).values({ formationId: f!.id, tradeCode });
    const [a] = await db.insert(s.actions).values({ lheoId: `${title}-a`, formationId: f!.id, contentHash: "h" }).returning();
    await db.insert(s.actionPlaces).values({ actionId: a!.id, placeId: place!.id });
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

  // Two codes of the same fiche on one formation: listed once.
  await formation("Développeur web", ["M1805", "M1813"], [{ start: "2026-04-01" }, { start: "2026-03-01" }]);
  // A sub-code alone still leads to the parent fiche.
  await formation("Intégrateur logiciels", ["M1813"], [{ start: "2026-05-01" }, { start: "2026-04-15", status: "withdrawn" }]);
  await formation("Concepteur d'applications", ["M1805"], [{ start: "2026-01-10" }]);
  await formation("Formation retirée", ["M1805"], [{ start: "2026-04-02" }], "withdrawn");
  // Retired ROME v3 code: kept by the import, matches nothing.
  await formation("Ancien code", ["M9999"], [{ start: "2026-04-03" }]);
}
