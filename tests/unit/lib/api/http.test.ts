import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as formationRoute, OPTIONS as formationOptions } from "@/app/api/v1/formations/[id]/route";
import { GET as listFormationsRoute } from "@/app/api/v1/formations/route";
import { GET as tradeRoute } from "@/app/api/v1/metiers/[rome]/route";
import { GET as organisationRoute } from "@/app/api/v1/organismes/[siret]/route";
import { createApiContext, type ApiContext } from "@/lib/api/context";
import { createApiKey, revokeApiKey } from "@/lib/api/keys";
import { RateLimiter } from "@/lib/api/rate-limit";
import { runImport } from "@/lib/import/lheo/run-import";
import { createPostgresSearchEngine } from "@/lib/search";
import { reindexAll } from "@/lib/search/reindex";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { sample } from "../../../helpers/lheo";
import { createTestUser } from "../../../helpers/users";
import { apiRequest, json, SITE_URL, TODAY } from "./fixtures";

const current = vi.hoisted(() => ({ context: null as ApiContext | null }));
vi.mock("@/lib/api/app-context", () => ({
  getApiContext: () => {
    if (!current.context) throw new Error("no API context");
    return current.context;
  },
}));

const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });
type ProblemBody = { type: string; title: string; status: number; detail: string; errors?: { parameter: string; detail: string }[] };

describe(`public API v1 HTTP behaviour on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  let useContext: (perMinute: number) => ApiContext;
  let formationId: number;

  beforeAll(async () => {
    t = await createTestDatabase();
    for (const file of ["intercarif_trefle/formation.xml", "intercarif_trefle/poec.xml"]) {
      await runImport(t.db, { filePath: sample(file), source: "samples", mode: "partial" });
    }
    const engine = createPostgresSearchEngine(t.db, { today: () => TODAY });
    await reindexAll(t.db, engine, { kinds: ["formation"] });
    const [row] = await t.db.query.formations.findMany({ columns: { id: true }, limit: 1 });
    formationId = row?.id ?? 0;
    useContext = (perMinute) => {
      current.context = createApiContext({ db: t.db, engine, siteUrl: SITE_URL, anonymousPerMinute: perMinute, limiter: new RateLimiter(), today: () => TODAY });
      return current.context;
    };
    useContext(1000);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  describe("bad parameters", () => {
    it.each([
      ["/formations?niveau_sortie=9", "niveau_sortie"],
      ["/formations?page=0", "page"],
      ["/formations?par_page=500", "par_page"],
      ["/formations?debut=2026-02-30", "debut"],
      ["/formations?rome=M18", "rome"],
      ["/formations?tri=alphabetique", "tri"],
      ["/formations?tri=distance", "tri"],
      ["/formations?lat=43.6", "lon"],
      ["/formations?lieu=Nullepart-sur-Mer", "lieu"],
      ["/formations?debut=2026-05-01&fin=2026-04-01", "fin"],
      ["/formations?niveau=4", "niveau"],
      ["/formations?q=a&q=b", "q"],
      ["/formations?curseur=abc", "curseur"],
    ])("%s is a 400 problem naming %s", async (path, parameter) => {
      const response = await listFormationsRoute(apiRequest(path));
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-store");
      const body = await json<ProblemBody>(response);
      expect(body).toMatchObject({ status: 400, title: "Paramètre invalide", type: "/api#parametre-invalide" });
      expect(body.errors?.map((e) => e.parameter)).toContain(parameter);
      expect(body.detail).toContain(parameter);
    });

    it("refuses a cursor followed with other criteria", async () => {
      const first = await json<{ "curseur-suivant": string | null }>(await listFormationsRoute(apiRequest("/formations?inclure_sans_session=1&par_page=1")));
      expect(first["curseur-suivant"]).not.toBeNull();
      const cursor = encodeURIComponent(first["curseur-suivant"] ?? "");
      const followed = await listFormationsRoute(apiRequest(`/formations?inclure_sans_session=1&curseur=${cursor}`));
      expect(followed.status).toBe(200);
      const changed = await listFormationsRoute(apiRequest(`/formations?niveau_sortie=3&curseur=${cursor}`));
      expect(changed.status).toBe(400);
      expect((await json<ProblemBody>(changed)).errors?.[0]?.parameter).toBe("curseur");
    });

    it.each([
      ["abc", 400],
      ["0", 400],
      ["999999", 404],
      ["999999.xml", 404],
    ])("formation id %s is a %i", async (id, status) => {
      const response = await formationRoute(apiRequest(`/formations/${id}`), params({ id }));
      expect(response.status).toBe(status);
      expect((await json<ProblemBody>(response)).status).toBe(status);
    });

    it("answers 400 to a malformed ROME code or SIRET and 404 to unknown ones", async () => {
      expect((await tradeRoute(apiRequest("/metiers/XYZ"), params({ rome: "XYZ" }))).status).toBe(400);
      expect((await tradeRoute(apiRequest("/metiers/M1805"), params({ rome: "M1805" }))).status).toBe(404);
      expect((await organisationRoute(apiRequest("/organismes/123"), params({ siret: "123" }))).status).toBe(400);
      expect((await organisationRoute(apiRequest("/organismes/00000000000000"), params({ siret: "00000000000000" }))).status).toBe(404);
    });
  });

  describe("caching and CORS", () => {
    it("sends an ETag and answers 304 when the partner already has the answer", async () => {
      const path = `/formations/${formationId}`;
      const first = await formationRoute(apiRequest(path), params({ id: String(formationId) }));
      expect(first.status).toBe(200);
      expect(first.headers.get("cache-control")).toBe("public, max-age=300");
      const etag = first.headers.get("etag") ?? "";
      expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
      const again = await formationRoute(apiRequest(path, { "if-none-match": etag }), params({ id: String(formationId) }));
      expect(again.status).toBe(304);
      expect(again.headers.get("etag")).toBe(etag);
      expect(await again.text()).toBe("");
      const stale = await formationRoute(apiRequest(path, { "if-none-match": '"autre"' }), params({ id: String(formationId) }));
      expect(stale.status).toBe(200);
    });

    it("searches are cached for a shorter time", async () => {
      const response = await listFormationsRoute(apiRequest("/formations"));
      expect(response.headers.get("cache-control")).toBe("public, max-age=60");
    });

    it("allows any origin to read, and answers preflights", async () => {
      const response = await listFormationsRoute(apiRequest("/formations", { origin: "https://partenaire.example" }));
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("access-control-expose-headers")).toContain("RateLimit-Remaining");
      const preflight = formationOptions();
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
      expect(preflight.headers.get("access-control-allow-headers")).toContain("Authorization");
      expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
      // Errors are readable cross-origin too, or partners' browsers would hide the problem.
      const problem = await listFormationsRoute(apiRequest("/formations?page=x"));
      expect(problem.headers.get("access-control-allow-origin")).toBe("*");
    });
  });

  describe("rate limits and keys", () => {
    it("answers 429 with Retry-After once a client exceeds its limit", async () => {
      useContext(3);
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 4; i++) {
        last = await listFormationsRoute(apiRequest("/formations"));
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(last?.headers.get("ratelimit-remaining")).toBe("0");
      const body = await json<ProblemBody>(last as Response);
      expect(body).toMatchObject({ status: 429, type: "/api#trop-de-requetes" });
      // Another address has its own quota.
      expect((await listFormationsRoute(apiRequest("/formations", { "x-forwarded-for": "198.51.100.9" }))).status).toBe(200);
      useContext(1000);
    });

    it("counts a keyed client against its key's own limit", async () => {
      useContext(1);
      const admin = await createTestUser(t.db, { roles: ["admin"] });
      const { secret } = await createApiKey(t.db, admin, { name: "Parcours emploi", contact: "dsi@region.example", perMinute: 5 });
      expect((await listFormationsRoute(apiRequest("/formations"))).status).toBe(200);
      expect((await listFormationsRoute(apiRequest("/formations"))).status).toBe(429);
      const keyed = await listFormationsRoute(apiRequest("/formations", { authorization: `Bearer ${secret}` }));
      expect(keyed.status).toBe(200);
      expect(keyed.headers.get("ratelimit-limit")).toBe("5");
      const viaHeader = await listFormationsRoute(apiRequest("/formations", { "x-api-key": secret }));
      expect(viaHeader.headers.get("ratelimit-remaining")).toBe("3");
      useContext(1000);
    });

    it("answers 401 to an unknown or revoked key instead of serving it anonymously", async () => {
      const admin = await createTestUser(t.db, { roles: ["admin"] });
      const { key, secret } = await createApiKey(t.db, admin, { name: "Ancien partenaire", contact: "contact@ancien.example", perMinute: 100 });
      expect((await listFormationsRoute(apiRequest("/formations", { "x-api-key": secret }))).status).toBe(200);
      await revokeApiKey(t.db, admin, { id: key.id });
      const revoked = await listFormationsRoute(apiRequest("/formations", { "x-api-key": secret }));
      expect(revoked.status).toBe(401);
      expect(revoked.headers.get("www-authenticate")).toContain("Bearer");
      expect(await json<ProblemBody>(revoked)).toMatchObject({ status: 401, type: "/api#cle-invalide" });
      const unknown = await listFormationsRoute(apiRequest("/formations", { authorization: "Bearer psr_inconnue" }));
      expect(unknown.status).toBe(401);
      const empty = await listFormationsRoute(apiRequest("/formations", { authorization: "Basic dXNlcjpwYXNz" }));
      expect(empty.status).toBe(401);
    });
  });
});
