import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actions, formations, sessions } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { generateLheoChunks, generateLheoStream, writeLheoFile } from "@/lib/import/lheo/generator";
import { GENERATOR_TRADES } from "@/lib/import/lheo/generator-trades";
import { importLheoFile } from "@/lib/import/lheo/importer";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { writeTemp } from "../../../helpers/lheo";

const TODAY = "2025-06-15";

describe("LHEO generator", () => {
  it("is deterministic for a seed and a date", () => {
    const a = [...generateLheoChunks({ formations: 5, seed: 42, today: TODAY })].join("");
    const b = [...generateLheoChunks({ formations: 5, seed: 42, today: TODAY })].join("");
    const c = [...generateLheoChunks({ formations: 5, seed: 43, today: TODAY })].join("");
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(a).toContain('xmlns="http://lheo.gouv.fr/2.3"');
    expect([...generateLheoChunks({ formations: 1, version: "2.2", today: TODAY })].join("")).toContain('xmlns="http://www.lheo.org/2.2"');
  });
});

describe(`LHEO generator output imported on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it.each(["2.2", "2.3"] as const)("imports the requested number of formations (LHEO %s)", async (version) => {
    const prefix = `G${version.replace(".", "")}_`;
    const file = writeTemp(`gen-${version}.xml`, "");
    await writeLheoFile(file, { formations: 120, version, seed: 7, today: TODAY, idPrefix: prefix });
    const report = await importLheoFile(t.db, { filePath: file, source: `gen-${version}`, mode: "full" });
    expect(report.lheoVersion).toBe(version);
    expect(report.counts.formation).toMatchObject({ read: 120, created: 120, rejected: 0 });
    expect(report.counts.action.created).toBe(report.counts.action.read);
    expect(report.counts.session.created).toBe(report.counts.session.read);
    expect(report.counts.action.read).toBeGreaterThan(120);
    expect(report.counts.session.read).toBeGreaterThan(report.counts.action.read);
    expect(report.anomalies.filter((a) => a.severity === "error")).toEqual([]);
    const stored = await t.db.select().from(formations).where(eq(formations.source, `gen-${version}`));
    expect(stored).toHaveLength(120);
    expect(stored.every((f) => f.lheoId.startsWith(prefix))).toBe(true);
  });

  it("produces realistic offers", async () => {
    const regional = await t.db.select({ id: actions.id }).from(actions).where(eq(actions.regionFunded, true));
    const all = await t.db.select({ id: actions.id }).from(actions);
    expect(regional.length / all.length).toBeGreaterThan(0.2);
    expect(regional.length / all.length).toBeLessThan(0.45);

    const dates = await t.db.select({ start: sessions.startDate, end: sessions.endDate }).from(sessions);
    expect(dates.every((d) => d.start !== null && d.start >= "2025-05-01" && d.start <= "2026-12-31")).toBe(true);
    expect(dates.every((d) => d.end !== null && d.start !== null && d.end > d.start)).toBe(true);

    const trades = await queryRows<{ trade_code: string }>(t.db, sql`select distinct trade_code from formation_trades`);
    const known = new Set(GENERATOR_TRADES.map((g) => g.rome));
    expect(trades.length).toBeGreaterThan(30);
    expect(trades.every((r) => known.has(r.trade_code))).toBe(true);

    const places = await queryRows<{ lat: number; lon: number }>(t.db, sql`select lat, lon from places`);
    expect(places.every((p) => p.lat > 41 && p.lat < 51.5 && p.lon > -5.5 && p.lon < 10)).toBe(true);

    const levels = await t.db.select({ level: formations.exitLevel }).from(formations).where(eq(formations.source, "gen-2.3"));
    expect(new Set(levels.map((l) => l.level))).toEqual(new Set([null, 3, 4, 5, 6]));
  });

  it("streams straight into the importer", async () => {
    const report = await importLheoFile(t.db, {
      input: generateLheoStream({ formations: 30, seed: 7, today: TODAY, idPrefix: "ST_" }),
      fileName: "demo.xml",
      source: "stream",
      mode: "full",
    });
    expect(report.fileName).toBe("demo.xml");
    expect(report.counts.formation.created).toBe(30);
  });
});
