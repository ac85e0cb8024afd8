/**
 * Plain-French readings of the OpenAPI document's JSON Schemas, for the /api documentation page:
 * "texte", "liste de nombres entiers", "Adresse ou null"… The page is generated from the same
 * document partners download, so the two always agree.
 */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  description?: string;
  default?: unknown;
};

const TYPE_NAMES: Record<string, { one: string; many: string }> = {
  string: { one: "texte", many: "textes" },
  integer: { one: "nombre entier", many: "nombres entiers" },
  number: { one: "nombre", many: "nombres" },
  boolean: { one: "booléen", many: "booléens" },
  object: { one: "objet", many: "objets" },
  null: { one: "null", many: "null" },
};

const FORMAT_NAMES: Record<string, string> = {
  date: "date AAAA-MM-JJ",
  "date-time": "date et heure ISO 8601",
};

export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

function base(schema: JsonSchema, plural: boolean): string {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.format && FORMAT_NAMES[schema.format]) return plural ? `${FORMAT_NAMES[schema.format]} (plusieurs)` : FORMAT_NAMES[schema.format] ?? "";
  if (schema.enum) return `${plural ? "valeurs" : "valeur"} parmi ${schema.enum.map((v) => `« ${String(v)} »`).join(", ")}`;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (type === "array") return `liste de ${schema.items ? base(schema.items, true) : "valeurs"}`;
  if (type === "object" && schema.additionalProperties && typeof schema.additionalProperties === "object") {
    return `table de ${base(schema.additionalProperties, true)}`;
  }
  const name = type ? TYPE_NAMES[type] : undefined;
  return name ? (plural ? name.many : name.one) : "valeur";
}

function nullable(schema: JsonSchema): boolean {
  if (Array.isArray(schema.type)) return schema.type.includes("null");
  return Boolean(schema.anyOf?.some((s) => s.type === "null"));
}

/** "texte", "liste de Session", "Adresse ou null", "nombre entier de 1 à 100". */
export function describeSchema(schema: JsonSchema): string {
  const inner = schema.anyOf?.find((s) => s.type !== "null") ?? schema;
  let text = base({ ...inner, description: undefined }, false);
  if (inner.minimum !== undefined && inner.maximum !== undefined && Math.abs(inner.minimum) < 1e9 && Math.abs(inner.maximum) < 1e9) {
    text += ` de ${inner.minimum} à ${inner.maximum}`;
  }
  if (inner.maxLength !== undefined) text += `, ${inner.maxLength} caractères au plus`;
  if (inner.pattern && !inner.format) text += ` (motif ${inner.pattern})`;
  return nullable(schema) ? `${text} ou null` : text;
}

export type FieldRow = { name: string; type: string; description: string | null; required: boolean };

/** The fields of an object schema, in declaration order. */
export function describeFields(schema: JsonSchema): FieldRow[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    type: describeSchema(property),
    description: property.description ?? property.anyOf?.find((s) => s.description)?.description ?? null,
    required: required.has(name),
  }));
}
