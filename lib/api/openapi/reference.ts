import { API_BASE_PATH } from "../config";
import { buildOpenApiDocument } from "./document";
import { describeFields, describeSchema, type FieldRow, type JsonSchema, refName } from "./describe";
import { API_ENDPOINTS } from "./endpoints";

/**
 * The documentation page's model, read from the OpenAPI document itself (parameters, response
 * components) plus the endpoint catalogue's examples: what the page shows is what partners get.
 */

export type ParameterReference = {
  name: string;
  location: "path" | "query";
  description: string;
  type: string;
  defaultValue: string | null;
  example: string | null;
};

export type ResponseReference =
  | { kind: "json"; component: string; fields: FieldRow[]; item: { component: string; fields: FieldRow[] } | null }
  | { kind: "xml" };

export type EndpointReference = {
  id: string;
  path: string;
  tag: string;
  summary: string;
  description: string;
  parameters: ParameterReference[];
  response: ResponseReference;
  errors: number[];
  examples: { url: string; curl: string }[];
};

type Parameter = { name?: string; in?: string; description?: string; schema?: JsonSchema; example?: unknown; $ref?: string };
type Operation = { parameters: Parameter[]; responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }> };
type Document = { paths: Record<string, { get: Operation }>; components: { schemas: Record<string, JsonSchema> } };

function exampleText(example: unknown): string | null {
  if (example === undefined) return null;
  return Array.isArray(example) ? example.join(",") : String(example);
}

function responseOf(document: Document, operation: Operation): ResponseReference {
  const schema = operation.responses["200"]?.content?.["application/json"]?.schema;
  if (!schema?.$ref) return { kind: "xml" };
  const component = refName(schema.$ref);
  const resolved = document.components.schemas[component] ?? {};
  const items = resolved.properties?.resultats?.items;
  const item = items?.$ref ? refName(items.$ref) : null;
  return {
    kind: "json",
    component,
    fields: describeFields(resolved),
    item: item ? { component: item, fields: describeFields(document.components.schemas[item] ?? {}) } : null,
  };
}

export function buildApiReference(options: { siteUrl: string }): { baseUrl: string; endpoints: EndpointReference[] } {
  const baseUrl = `${options.siteUrl.replace(/\/+$/, "")}${API_BASE_PATH}`;
  const document = buildOpenApiDocument(options) as unknown as Document;
  const endpoints = API_ENDPOINTS.map((endpoint): EndpointReference => {
    const operation = document.paths[endpoint.path]?.get ?? { parameters: [], responses: {} };
    const parameters = operation.parameters
      .filter((p) => !p.$ref && p.name && (p.in === "path" || p.in === "query"))
      .map((p) => ({
        name: p.name ?? "",
        location: p.in as "path" | "query",
        description: p.description ?? "",
        type: p.schema ? describeSchema(p.schema) : "texte",
        defaultValue: p.schema?.default === undefined ? null : String(p.schema.default),
        example: exampleText(p.example),
      }));
    return {
      id: endpoint.operationId,
      path: `${API_BASE_PATH}${endpoint.path}`,
      tag: endpoint.tag,
      summary: endpoint.summary,
      description: endpoint.description,
      parameters,
      response: responseOf(document, operation),
      errors: endpoint.errors,
      examples: endpoint.examples.map((example) => {
        const url = `${baseUrl}${example}`;
        return { url, curl: `curl -i "${url}"` };
      }),
    };
  });
  return { baseUrl, endpoints };
}
