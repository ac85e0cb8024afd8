import Ajv2020 from "ajv/dist/2020";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as listEventsRoute } from "@/app/api/v1/evenements/route";
import { GET as exportRoute } from "@/app/api/v1/export/lheo/route";
import { GET as formationRoute } from "@/app/api/v1/formations/[id]/route";
import { GET as listFormationsRoute } from "@/app/api/v1/formations/route";
import { GET as tradeRoute } from "@/app/api/v1/metiers/[rome]/route";
import { GET as listTradesRoute } from "@/app/api/v1/metiers/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as organisationRoute } from "@/app/api/v1/organismes/[siret]/route";
import type { ApiContext } from "@/lib/api/context";
import { buildOpenApiDocument } from "@/lib/api/openapi/document";
import { runImport } from "@/lib/import/lheo/run-import";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { catalogueCounts, writeTemp } from "../../../helpers/lheo";
import { type ApiTestBed, apiRequest, createApiTestBed, json, SITE_URL } from "./fixtures";
import { validateLheo } from "./xsd";

// The route files read the application's context; here it is the test bed's.
const current = vi.hoisted(() => ({ context: null as ApiContext | null }));
vi.mock("@/lib/api/app-context", () => ({
  getApiContext: () => {
    if (!current.context) throw new Error("no API context");
    return current.context;
  },
}));

const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

type Document = ReturnType<typeof buildOpenApiDocument> & { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> } }> };

/** Every real answer is checked against the schema the OpenAPI document gives for it. */
function responseValidator(document: Document) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat("date-time", (value: string) => !Number.isNaN(Date.parse(value)));
  ajv.addSchema({ $id: "https://openapi.test/doc.json", components: document.components });
  return (path: string, body: unknown) => {
    const schema = document.paths[path]?.get.responses["200"]?.content?.["application/json"]?.schema as { $ref: string };
    const validate = ajv.compile({ $ref: `https://openapi.test/doc.json${schema.$ref}` });
    const ok = validate(body);
    return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

describe(`public API v1 endpoints on ${describeDatabaseKind()}`, () => {
  let bed: ApiTestBed;
  let validate: ReturnType<typeof responseValidator>;
  beforeAll(async () => {
    bed = await createApiTestBed();
    current.context = bed.context();
    validate = responseValidator(buildOpenApiDocument({ siteUrl: SITE_URL }) as Document);
  });
  afterAll(async () => {
    await bed?.t.dispose();
  });

  it("searches formations like the public engine, with LHEO-named summaries", async () => {
    const response = await listFormationsRoute(apiRequest("/formations?par_page=5"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = await json<{ total: number; page: number; resultats: { id: number; "url-api": string }[]; "curseur-suivant": string | null; liens: { suivant: string } }>(response);
    expect(body.total).toBeGreaterThan(5);
    expect(body.resultats).toHaveLength(5);
    expect(body.resultats[0]?.["url-api"]).toBe(`${SITE_URL}/api/v1/formations/${body.resultats[0]?.id}`);
    expect(validate("/formations", body)).toEqual([]);

    // Following the cursor gives the next five, none repeated.
    const next = await json<typeof body>(await listFormationsRoute(new Request(body.liens.suivant.replace(SITE_URL, "http://127.0.0.1:3000"))));
    expect(next.page).toBe(2);
    expect(next.resultats.map((r) => r.id).some((id) => body.resultats.some((r) => r.id === id))).toBe(false);
  });

  it("applies the filters: level, financing, place and radius, ROME code", async () => {
    const level = await json<{ total: number; resultats: { "niveau-sortie-europeen": number | null }[] }>(
      await listFormationsRoute(apiRequest("/formations?niveau_sortie=4&inclure_sans_session=1&par_page=100")),
    );
    expect(level.total).toBeGreaterThan(0);
    expect(level.resultats.every((r) => r["niveau-sortie-europeen"] === 4)).toBe(true);

    const all = await json<{ total: number }>(await listFormationsRoute(apiRequest("/formations?inclure_sans_session=1")));
    const regional = await json<{ total: number; resultats: { "financement-region": boolean }[] }>(
      await listFormationsRoute(apiRequest("/formations?financement=region&inclure_sans_session=1&par_page=100")),
    );
    expect(regional.total).toBeGreaterThan(0);
    expect(regional.total).toBeLessThan(all.total);
    expect(regional.resultats.every((r) => r["financement-region"])).toBe(true);

    const near = await json<{ total: number; resultats: { "distance-km": number | null }[] }>(
      await listFormationsRoute(apiRequest("/formations?lat=43.6045&lon=1.4442&rayon=50&tri=distance&inclure_sans_session=1")),
    );
    const distances = near.resultats.map((r) => r["distance-km"] ?? Number.NaN);
    expect(distances.every((d) => d <= 50)).toBe(true);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);

    const first = await json<{ "domaine-formation": { "code-ROME": { code: string }[] } }>(await formationRoute(apiRequest("/formations/1"), params({ id: "1" })));
    const rome = first["domaine-formation"]["code-ROME"][0]?.code ?? "";
    const byRome = await json<{ total: number; resultats: { id: number }[] }>(
      await listFormationsRoute(apiRequest(`/formations?rome=${rome}&inclure_sans_session=1&par_page=100`)),
    );
    expect(byRome.resultats.map((r) => r.id)).toContain(1);
    expect(byRome.total).toBeLessThan(all.total);
  });

  it("gives a formation in LHEO names, with actions, sessions, places and organisations", async () => {
    const response = await formationRoute(apiRequest("/formations/1"), params({ id: "1" }));
    expect(response.status).toBe(200);
    const body = await json<Record<string, unknown> & { action: { session: unknown[]; "lieu-de-formation": { coordonnees: { adresse: { geolocalisation: unknown } } }[] }[] }>(response);
    expect(body).toMatchObject({ id: 1, "url-lheo": `${SITE_URL}/api/v1/formations/1.xml` });
    expect(typeof body["intitule-formation"]).toBe("string");
    expect(body.action.length).toBeGreaterThan(0);
    expect(body.action[0]?.session.length).toBeGreaterThan(0);
    expect(body["organisme-formation-responsable"]).toMatchObject({ "nom-organisme": expect.any(String) });
    const placed = body.action.flatMap((a) => a["lieu-de-formation"]);
    expect(placed.some((p) => p.coordonnees.adresse.geolocalisation !== null)).toBe(true);
    expect(validate("/formations/{id}", body)).toEqual([]);
  });

  it("gives the same formation as a valid LHEO 2.3 document", async () => {
    const response = await formationRoute(apiRequest("/formations/1.xml"), params({ id: "1.xml" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const xml = await response.text();
    const result = await validateLheo(xml);
    expect(result.errors).toEqual([]);
    expect(xml.match(/<formation /g)).toHaveLength(1);
  });

  it("searches trades and gives a fiche with its formations and labour-market figures", async () => {
    const list = await json<{ total: number; resultats: { code: string }[] }>(await listTradesRoute(apiRequest("/metiers?q=boulanger")));
    expect(list.resultats.map((r) => r.code)).toContain("D1102");
    expect(validate("/metiers", list)).toEqual([]);

    const response = await tradeRoute(apiRequest("/metiers/d1102"), params({ rome: "d1102" }));
    expect(response.status).toBe(200);
    const trade = await json<{ code: string; "marche-du-travail": Record<string, unknown>; formations: { "url-api": string } }>(response);
    expect(trade.code).toBe("D1102");
    expect(trade["marche-du-travail"]).toHaveProperty("salaire-median-net-mensuel");
    expect(trade.formations["url-api"]).toBe(`${SITE_URL}/api/v1/formations?rome=D1102&inclure_sans_session=1`);
    expect(validate("/metiers/{rome}", trade)).toEqual([]);
  });

  it("gives an organisation by SIRET with its offer and places", async () => {
    const response = await organisationRoute(apiRequest("/organismes/82422814200660"), params({ siret: "82422814200660" }));
    expect(response.status).toBe(200);
    const body = await json<{ SIRET: string; "nom-organisme": string; formations: { total: number } }>(response);
    expect(body).toMatchObject({ SIRET: "82422814200660", "nom-organisme": "DRAFPA d'Olivet" });
    expect(body.formations.total).toBeGreaterThan(0);
    expect(validate("/organismes/{siret}", body)).toEqual([]);
  });

  it("lists upcoming events, soonest first", async () => {
    const body = await json<{ total: number; resultats: { debut: string; fin: string | null }[] }>(await listEventsRoute(apiRequest("/evenements?par_page=50")));
    expect(body.total).toBeGreaterThan(0);
    // The agenda orders by day; within a day, any order.
    const days = body.resultats.map((e) => e.debut.slice(0, 10));
    expect([...days].sort()).toEqual(days);
    expect(body.resultats.every((e) => (e.fin ?? e.debut).slice(0, 10) >= "2026-03-09")).toBe(true);
    expect(validate("/evenements", body)).toEqual([]);
  });

  it("serves its OpenAPI description", async () => {
    const response = await openApiRoute(apiRequest("/openapi.json"));
    expect(response.status).toBe(200);
    const document = await json<{ openapi: string; servers: { url: string }[] }>(response);
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers[0]?.url).toBe(`${SITE_URL}/api/v1`);
  });

  describe("bulk LHEO export", () => {
    let copy: TestDatabase;
    let xml: string;
    beforeAll(async () => {
      copy = await createTestDatabase();
      const response = await exportRoute(apiRequest("/export/lheo"));
      expect(response.status).toBe(200);
      xml = await response.text();
    });
    afterAll(async () => {
      await copy?.dispose();
    });

    it("streams the demo catalogue as valid LHEO 2.3", async () => {
      expect((await validateLheo(xml)).errors).toEqual([]);
    });

    it("re-imports through the import pipeline with the same counts", async () => {
      const { report } = await runImport(copy.db, { filePath: writeTemp("api-export.xml", xml), source: "round-trip", mode: "full" });
      expect(report?.anomalies.filter((a) => a.severity === "error")).toEqual([]);
      expect(await catalogueCounts(copy.db)).toEqual(await catalogueCounts(bed.t.db));
    });

    it("answers 304 to a partner who already has this version", async () => {
      const first = await exportRoute(apiRequest("/export/lheo"));
      const etag = first.headers.get("etag") ?? "";
      await first.body?.cancel();
      expect(etag).toMatch(/^".+"$/);
      const again = await exportRoute(apiRequest("/export/lheo", { "if-none-match": etag }));
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
    });
  });
});
