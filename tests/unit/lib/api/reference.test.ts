import { describe, expect, it } from "vitest";
import { describeSchema } from "@/lib/api/openapi/describe";
import { buildApiReference } from "@/lib/api/openapi/reference";

describe("documentation page model", () => {
  const reference = buildApiReference({ siteUrl: "https://portail.example" });

  it("lists every endpoint with its parameters, read from the OpenAPI document", () => {
    expect(reference.baseUrl).toBe("https://portail.example/api/v1");
    const list = reference.endpoints.find((e) => e.path === "/api/v1/formations");
    const level = list?.parameters.find((p) => p.name === "niveau_sortie");
    expect(level).toMatchObject({ location: "query", example: "4,5" });
    expect(level?.type).toBe("liste de valeurs parmi « 1 », « 2 », « 3 », « 4 », « 5 », « 6 », « 7 », « 8 »");
    expect(list?.parameters.find((p) => p.name === "par_page")).toMatchObject({ type: "nombre entier de 1 à 100", defaultValue: "20" });
    const detail = reference.endpoints.find((e) => e.path === "/api/v1/formations/{id}");
    expect(detail?.parameters).toEqual([expect.objectContaining({ name: "id", location: "path" })]);
  });

  it("describes the answers' fields, and the list items", () => {
    const list = reference.endpoints.find((e) => e.path === "/api/v1/formations");
    expect(list?.response).toMatchObject({ kind: "json", component: "ListeFormations", item: { component: "FormationResume" } });
    const detail = reference.endpoints.find((e) => e.path === "/api/v1/formations/{id}");
    if (detail?.response.kind !== "json") throw new Error("JSON expected");
    expect(detail.response.fields.find((f) => f.name === "action")?.type).toBe("liste de Action");
    expect(detail.response.fields.find((f) => f.name === "organisme-formation-responsable")?.type).toBe("OrganismeFormationResponsable ou null");
    expect(reference.endpoints.find((e) => e.path === "/api/v1/export/lheo")?.response).toEqual({ kind: "xml" });
  });

  it("gives curl examples on the public address", () => {
    const list = reference.endpoints.find((e) => e.path === "/api/v1/formations");
    expect(list?.examples[0]?.curl).toBe('curl -i "https://portail.example/api/v1/formations?q=cuisine&lieu=Albi&rayon=30"');
  });

  it("reads schemas in plain French", () => {
    expect(describeSchema({ type: "string", format: "date" })).toBe("date AAAA-MM-JJ");
    expect(describeSchema({ anyOf: [{ type: "string" }, { type: "null" }] })).toBe("texte ou null");
    expect(describeSchema({ type: "array", items: { type: "integer" } })).toBe("liste de nombres entiers");
    expect(describeSchema({ type: "string", maxLength: 200 })).toBe("texte, 200 caractères au plus");
  });
});
