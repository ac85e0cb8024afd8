import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMigrations } from "@/db/migrate";
import { queryRows } from "@/db/sql";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../helpers/db";

describe(`migrations on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("creates the catalogue tables", async () => {
    const rows = await queryRows<{ table_name: string }>(
      t.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = rows.map((r) => r.table_name);
    for (const table of ["formations", "actions", "sessions", "organisations", "trades", "trade_appellations", "places"]) {
      expect(names).toContain(table);
    }
  });

  it("enables accent folding and trigram similarity", async () => {
    const [row] = await queryRows<{ folded: string; sim: number }>(
      t.db,
      sql`select immutable_unaccent('Mécanicien aéronautique') as folded, similarity('patisier', 'patissier') as sim`,
    );
    expect(row?.folded).toBe("Mecanicien aeronautique");
    expect(Number(row?.sim)).toBeGreaterThan(0.4);
  });

  it("is idempotent", async () => {
    await expect(runMigrations(t)).resolves.toBeUndefined();
  });
});
