import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tradeAppellations, trades, tradeSkills } from "@/db/schema";
import { loadDomainCodes } from "@/db/seed/referentials";
import { loadRome, type RomeCounts } from "@/db/seed/rome";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../helpers/db";

describe(`ROME 4.60 seed on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  let counts: RomeCounts;
  beforeAll(async () => {
    t = await createTestDatabase();
    counts = await loadRome(t.db);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("loads the whole referential", async () => {
    expect(counts).toMatchObject({ greatDomains: 14, domains: 110, trades: 1584, appellations: 13120 });
    const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(trades).where(sql`${trades.code} = ${trades.parentCode}`);
    expect(row?.n).toBe(532);
  });

  it("keeps definitions, access conditions and skills of a trade", async () => {
    const trade = await t.db.query.trades.findFirst({ where: eq(trades.code, "M1805") });
    expect(trade?.label).toBe("Développeur / Développeuse informatique");
    expect(trade?.definition.length).toBeGreaterThan(0);
    expect(trade?.accessConditions.join(" ")).toMatch(/bac|diplôme|formation/i);
    expect(trade?.medianNetMonthlySalary).toBeNull();
    const skills = await t.db.select().from(tradeSkills).where(eq(tradeSkills.tradeCode, "M1805"));
    expect(skills.some((s) => s.kind === "savoir-faire")).toBe(true);
  });

  it("attaches every job title to its trade", async () => {
    const rows = await t.db
      .select({ code: tradeAppellations.tradeCode })
      .from(tradeAppellations)
      .where(sql`${tradeAppellations.label} ilike 'Pâtissier%'`);
    expect(rows.map((r) => r.code)).toContain("D1104");
  });

  it("is repeatable", async () => {
    await expect(loadRome(t.db)).resolves.toMatchObject({ trades: 1584 });
    await expect(loadDomainCodes(t.db)).resolves.toBe(93);
  });
});
