import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { API_ENDPOINTS } from "@/lib/api/openapi/endpoints";
import { buildOpenApiDocument } from "@/lib/api/openapi/document";
import { formationListParams } from "@/lib/api/params/definitions";

type Operation = { parameters: { name?: string; in?: string; schema?: Record<string, unknown> }[]; responses: Record<string, unknown> };
type Doc = { paths: Record<string, { get: Operation }>; components: { schemas: Record<string, Record<string, unknown>> } };

describe("OpenAPI description", () => {
  const document = buildOpenApiDocument({ siteUrl: "https://portail.example/" }) as unknown as Doc;

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(document as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("describes every endpoint, each query parameter the handlers accept, and their errors", () => {
    for (const endpoint of API_ENDPOINTS) {
      const operation = document.paths[endpoint.path]?.get;
      expect(operation, endpoint.path).toBeDefined();
      const names = operation?.parameters.filter((p) => p.in === "query").map((p) => p.name);
      expect(names).toEqual(Object.keys(endpoint.query));
      for (const status of endpoint.errors) expect(operation?.responses[String(status)], `${endpoint.path} ${status}`).toBeDefined();
    }
    expect(Object.keys(document.paths)).toContain("/openapi.json");
  });

  it("derives parameter schemas from the validation schemas", () => {
    const parameters = document.paths["/formations"]?.get.parameters ?? [];
    const level = parameters.find((p) => p.name === "niveau_sortie");
    expect(level?.schema).toMatchObject({ type: "array", items: { enum: ["1", "2", "3", "4", "5", "6", "7", "8"] } });
    const perPage = parameters.find((p) => p.name === "par_page");
    expect(perPage?.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 100, default: 20 });
    expect(parameters.filter((p) => p.in === "query")).toHaveLength(Object.keys(formationListParams).length);
  });

  it("names response components in LHEO terms, closed to undocumented fields", () => {
    const formation = document.components.schemas.Formation;
    expect(formation?.additionalProperties).toBe(false);
    expect(Object.keys((formation?.properties ?? {}) as object)).toEqual(
      expect.arrayContaining(["intitule-formation", "action", "organisme-formation-responsable", "domaine-formation"]),
    );
    expect(document.components.schemas.Probleme).toBeDefined();
    expect(JSON.stringify(document)).not.toContain("$schema");
  });
});
