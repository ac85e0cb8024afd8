import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/sql";
import { Vocabulary } from "@/lib/search/vocabulary";
import { createTestDatabase, type TestDatabase } from "../../helpers/db";

describe("typo vocabulary", () => {
  let database: TestDatabase;
  const vocabulary = new Vocabulary();

  beforeAll(async () => {
    database = await createTestDatabase();
    vocabulary.addText("Pâtissier / Pâtissière");
    vocabulary.addText("Développeur web et web mobile");
    vocabulary.addText("Mécanicien / Mécanicienne aéronautique");
    vocabulary.addText("Œuvre 2024 de");
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it("keeps accent-folded words of three letters or more, with their first spelling", () => {
    expect(vocabulary.has("patissier")).toBe(true);
    expect(vocabulary.has("oeuvre")).toBe(true);
    expect(vocabulary.has("de")).toBe(false);
    expect(vocabulary.has("2024")).toBe(false);
    expect(vocabulary.closest("patisier", 1, 0.4)[0]).toMatchObject({ word: "patissier", display: "pâtissier" });
  });

  it("computes the same similarity as pg_trgm", async () => {
    const pairs: [string, string][] = [
      ["patisier", "patissier"],
      ["developeur", "developpeur"],
      ["mecanicein", "mecanicien"],
      ["mecanicien", "mecanicienne"],
    ];
    for (const [typed, known] of pairs) {
      const [row] = await queryRows<{ sim: number }>(database.db, sql`select similarity(${typed}, ${known})::float8 as sim`);
      const found = vocabulary.closest(typed, 10, 0).find((candidate) => candidate.word === known);
      expect(found?.similarity).toBeCloseTo(Number(row?.sim), 5);
    }
  });

  it("orders candidates by similarity and drops distant ones", () => {
    const close = vocabulary.closest("mecanicein", 3, 0.4);
    expect(close[0]?.word).toBe("mecanicien");
    expect(vocabulary.closest("xylophone", 3, 0.4)).toEqual([]);
  });
});
