import { expect, test } from "@playwright/test";

test("GET /api/health reports the database and the search engine", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(body.database).toMatchObject({ ok: true });
  expect(["pglite", "postgres"]).toContain(body.database.kind);
  // The demo seed ran on first start: the catalogue and the ROME referential are there.
  expect(body.database.catalogue.formations).toBeGreaterThan(0);
  expect(body.database.catalogue.trades).toBe(1584);
  expect(body.search).toMatchObject({ ok: true, engine: "postgres" });
});
