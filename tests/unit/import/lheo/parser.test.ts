import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type LheoRejectionCode, LheoRejectedError } from "@/lib/import/lheo/errors";
import { generateLheoStream } from "@/lib/import/lheo/generator";
import { type LheoInput, type ParsedFormation, parseLheo } from "@/lib/import/lheo/parser";
import { child, childText } from "@/lib/import/lheo/xml-node";
import { fixture, sample, writeTemp } from "../../../helpers/lheo";

async function collect(input: LheoInput, maxBytes?: number): Promise<ParsedFormation[]> {
  const out: ParsedFormation[] = [];
  for await (const f of parseLheo(input, { maxBytes })) out.push(f);
  return out;
}

async function rejection(input: LheoInput, maxBytes?: number): Promise<LheoRejectedError> {
  try {
    await collect(input, maxBytes);
  } catch (error) {
    if (error instanceof LheoRejectedError) return error;
    throw error;
  }
  throw new Error("expected the file to be rejected");
}

async function expectRejected(content: string, code: LheoRejectionCode, reason: RegExp) {
  const error = await rejection({ filePath: writeTemp(`${code}-${Math.random()}.xml`, content) });
  expect(error.code).toBe(code);
  expect(error.reason).toMatch(reason);
}

const HEADER_22 = '<?xml version="1.0" encoding="UTF-8"?>\n';
const MINIMAL = (ns: string, body = "") => `${HEADER_22}<lheo xmlns="${ns}"><offres>${body}</offres></lheo>`;
const FORMATION = '<formation numero="F1"><intitule-formation>Test</intitule-formation></formation>';

describe("LHEO streaming parser", () => {
  it.each([
    ["intercarif_trefle/formation.xml", "07_10", 2],
    ["intercarif_trefle/poec.xml", "24_162227", 1],
    ["intercarif_trefle/daeu.xml", "15_464888", 1],
    ["intercarif_trefle/wrong_code_financeur_16.xml", "04_A815385", 1],
    ["anotea/intercarif-data-test.xml", "F_XX_XX", 1],
  ])("reads %s as LHEO 2.2", async (file, numero, actions) => {
    const formations = await collect({ filePath: sample(file) });
    expect(formations).toHaveLength(1);
    expect(formations[0]?.version).toBe("2.2");
    expect(formations[0]?.element.attrs.numero).toBe(numero);
    expect(formations[0]?.element.children.filter((c) => c.name === "action")).toHaveLength(actions);
  });

  it("detects 2.3 from the root namespace", async () => {
    const [formation] = await collect({ filePath: fixture("formation-2.3.xml") });
    expect(formation?.version).toBe("2.3");
    expect(childText(formation?.element, "intitule-formation")).toBe("Titre professionnel plaquiste");
    // Escaped HTML arrives as text after XML decoding; the mapper cleans it.
    expect(child(formation?.element, "contenu-formation")?.text).toContain("<br />");
  });

  it("streams a generated feed formation by formation", async () => {
    const formations = await collect({ input: generateLheoStream({ formations: 40, seed: 3, today: "2025-03-01" }) });
    expect(formations).toHaveLength(40);
    expect(formations.map((f) => f.index)).toEqual([...Array(40).keys()]);
  });

  it("decodes ISO-8859-1 feeds", async () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><lheo xmlns="http://www.lheo.org/2.2"><offres><formation numero="L1"><intitule-formation>Pâtissier confirmé</intitule-formation></formation></offres></lheo>`;
    const [formation] = await collect({ filePath: writeTemp("latin1.xml", Buffer.from(xml, "latin1")) });
    expect(childText(formation?.element, "intitule-formation")).toBe("Pâtissier confirmé");
  });

  it("refuses the LHEO-Index summary format with a French reason", async () => {
    for (const file of ["intercariforef_ws_bob/carif_lheo-index.xml", "intercariforef_ws_bob/carif_single_offer.xml"]) {
      const error = await rejection({ filePath: sample(file) });
      expect(error.code).toBe("lheo-index");
      expect(error.reason).toMatch(/n'est pas un flux d'offres LHEO/);
    }
  });

  it("refuses XXE and entity-expansion bombs through their DOCTYPE", async () => {
    await expectRejected(
      `${HEADER_22}<!DOCTYPE lheo [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<lheo xmlns="http://www.lheo.org/2.2"><offres><formation numero="X"><intitule-formation>&x;</intitule-formation></formation></offres></lheo>`,
      "doctype",
      /DOCTYPE/,
    );
    const lol = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ""};`.repeat(10)}">`)].join("");
    await expectRejected(`${HEADER_22}<!DOCTYPE lheo [${lol}]><lheo xmlns="http://www.lheo.org/2.2"><offres>&lol9;</offres></lheo>`, "doctype", /sécurité/);
  });

  it("refuses entities that XML does not define", async () => {
    await expectRejected(MINIMAL("http://www.lheo.org/2.2", '<formation numero="E"><intitule-formation>Caf&eacute;</intitule-formation></formation>'), "unknown-entity", /Entité XML inconnue/);
  });

  it("refuses malformed, truncated and empty files", async () => {
    await expectRejected(MINIMAL("http://www.lheo.org/2.2", '<formation numero="M"><intitule-formation>Test</formation>'), "not-well-formed", /bien formé/);
    const full = readFileSync(sample("intercarif_trefle/formation.xml"), "utf8");
    await expectRejected(full.slice(0, Math.floor(full.length / 2)), "truncated", /tronqué/);
    await expectRejected("", "empty", /vide/);
  });

  it("refuses unknown roots and namespaces", async () => {
    await expectRejected(MINIMAL("http://example.org/lheo", FORMATION), "unknown-namespace", /Espace de noms LHEO inconnu/);
    await expectRejected(`${HEADER_22}<lheo><offres>${FORMATION}</offres></lheo>`, "unknown-namespace", /absent/);
    await expectRejected(`${HEADER_22}<catalogue xmlns="http://www.lheo.org/2.2"/>`, "unknown-root", /élément racine est « catalogue »/);
  });

  it("refuses files and streams over the size limit", async () => {
    const xml = MINIMAL("http://www.lheo.org/2.2", FORMATION.repeat(50));
    expect((await rejection({ filePath: writeTemp("big.xml", xml) }, 1000)).code).toBe("too-large");
    const stream = Readable.from([Buffer.from(xml.slice(0, 800)), Buffer.from(xml.slice(800))]);
    expect((await rejection({ input: stream }, 1000)).code).toBe("too-large");
  });
});
