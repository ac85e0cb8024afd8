import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CONTENT_FIELDS, descriptorFieldNames, FIELD_LABELS } from "@/lib/cms/fields";
import { CONTENT_KINDS } from "@/lib/cms/kinds";
import { CONTENT_FORM_SCHEMAS } from "@/lib/validations/content";

/** The keys of a kind's form schema, unwrapping the refinements around the object. */
function schemaKeys(schema: z.ZodType): string[] {
  let current: unknown = schema;
  while (current && !(current instanceof z.ZodObject)) {
    const def = (current as { def?: { in?: unknown; innerType?: unknown; schema?: unknown } }).def;
    current = def?.in ?? def?.innerType ?? def?.schema;
  }
  if (!(current instanceof z.ZodObject)) throw new Error("no object schema found");
  return Object.keys(current.shape);
}

describe("content form descriptors", () => {
  it.each(CONTENT_KINDS)("%s: one form field for each schema field, and none more", (kind) => {
    const keys = schemaKeys(CONTENT_FORM_SCHEMAS[kind]);
    expect(keys.length).toBeGreaterThan(5);
    expect([...descriptorFieldNames(kind)].sort()).toEqual([...keys].sort());
  });

  it.each(CONTENT_KINDS)("%s: every field has a French label, and names are unique", (kind) => {
    const names = descriptorFieldNames(kind);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(FIELD_LABELS[kind][name], name).toMatch(/^[A-ZÉ]/);
  });

  it.each(CONTENT_KINDS)("%s: choices come with labels, not raw codes", (kind) => {
    for (const field of CONTENT_FIELDS[kind]) {
      if (field.type !== "select" && field.type !== "checkboxes") continue;
      expect(field.options ?? field.codes, field.name).toBeDefined();
      for (const option of field.options ?? []) expect(option.label, option.value).not.toBe(option.value);
    }
  });

  it("names the columns the server fills, for the history page", () => {
    expect(FIELD_LABELS.evenement.department).toBe("Département (calculé)");
    expect(FIELD_LABELS.actualite.imageAlt).toBe("Texte alternatif de l'image");
    expect(FIELD_LABELS.page.slug).toBe("Adresse de la page");
  });
});
