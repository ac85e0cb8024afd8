import { describe, expect, it } from "vitest";
import { fit, XmlOut } from "@/lib/api/lheo/xml-out";
import { writeAddress, writeExtras } from "@/lib/api/lheo/xml-parts";
import { flattenExtras } from "@/lib/import/lheo/map-values";
import { mapAddress } from "@/lib/import/lheo/map-values";
import { AnomalyRecorder } from "@/lib/import/lheo/anomalies";
import type { XmlElement } from "@/lib/import/lheo/xml-node";
import { SaxesParser } from "saxes";

/** Parses a small XML fragment into the importer's element tree. */
function parse(xml: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [{ name: "#root", attrs: {}, text: "", children: [] }];
  parser.on("opentag", (tag) => {
    const el: XmlElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, text: "", children: [] };
    stack[stack.length - 1]?.children.push(el);
    stack.push(el);
  });
  parser.on("text", (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();
  return stack[0] as XmlElement;
}

function written(body: (out: XmlOut) => void): string {
  const chunks: string[] = [];
  const out = new XmlOut((c) => chunks.push(c));
  out.open("racine");
  body(out);
  out.close().end();
  return chunks.join("");
}

describe("LHEO XML pieces", () => {
  it("fits values to the schema's lengths and drops characters XML forbids", () => {
    expect(fit("abc", 5)).toBe("abc");
    expect(fit("abcdefgh", 5)).toBe("abcd…");
    expect(Array.from(fit("é".repeat(60), 50))).toHaveLength(50);
    expect(fit("a\u0001b\u000bc", 10)).toBe("abc");
  });

  it("escapes text and attributes so a parser reads back exactly what was written", () => {
    const value = 'Tom & Jerry <b>"gras"</b> > fin\nligne 2';
    const attribute = 'a "b" & c\td\ne';
    const root = parse(written((out) => out.leaf("texte", value, { info: attribute })));
    const element = root.children[0]?.children[0];
    expect(element?.text).toBe(value);
    expect(element?.attrs.info).toBe(attribute);
  });

  it("writes extras back so the importer flattens them to the same keys", () => {
    const extras = {
      "dispositif/contrat-apprentissage": ["1"],
      "dispositif/contrat-professionnalisation": ["0"],
      "eligibilite-cpf/@numero": ["123456"],
      "eligibilite-cpf/source": ["COPANEF"],
      "specificites/programme/nom": ["PRF 2026", "Parcours qualifiant"],
    };
    const root = parse(written((out) => writeExtras(out, extras)));
    expect(flattenExtras(root.children[0])).toEqual(extras);
  });

  it("writes unknown mandatory address parts as placeholders the importer reads as absent", () => {
    const rec = new AnomalyRecorder([], "test", "formation");
    const known = { lines: ["12 rue des Lilas"], postcode: "31000", city: "Toulouse", department: "31", lat: 43.6, lon: 1.44 };
    const back = mapAddress(parse(written((out) => writeAddress(out, known))).children[0]?.children[0], rec, "/a");
    expect(back).toMatchObject({ lines: ["12 rue des Lilas"], postcode: "31000", city: "Toulouse", lat: 43.6, lon: 1.44 });
    const unknown = mapAddress(parse(written((out) => writeAddress(out, null))).children[0]?.children[0], rec, "/a");
    expect(unknown).toBeNull();
  });
});
