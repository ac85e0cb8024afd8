import { readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";
import { LHEO_SAMPLES_DIR } from "../../../helpers/lheo";

/** libxml2 (compiled to WebAssembly, no system xmllint needed) against the official LHEO 2.3 XSD. */
const schema = readFileSync(path.join(LHEO_SAMPLES_DIR, "schema", "lheo-2.3.xsd"), "utf8");

export async function validateLheo(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({
    xml: [{ fileName: "export.xml", contents: xml }],
    schema: [{ fileName: "lheo-2.3.xsd", contents: schema }],
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}
