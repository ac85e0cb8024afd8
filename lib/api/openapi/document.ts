import { z } from "zod";
import { API_BASE_PATH, API_DOCS_PATH, API_VERSION, CACHE_SECONDS } from "../config";
import type { ParamDef } from "../params/query";
import { problemTypeUri, type ProblemStatus } from "../problem";
import { problemSchema } from "../schemas/common";
import { apiSchemas } from "../schemas/registry";
import { API_ENDPOINTS, type EndpointDoc } from "./endpoints";

/**
 * The OpenAPI 3.1 description, generated from the zod schemas that validate requests and shape
 * answers (zod's own JSON Schema output, draft 2020-12, OpenAPI 3.1's dialect): no second
 * description to keep in step by hand.
 */

type JsonObject = Record<string, unknown>;

const SCHEMA_REF = "#/components/schemas/";

function withoutDialect(schema: JsonObject): JsonObject {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

function componentSchemas(): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(apiSchemas, { target: "draft-2020-12", io: "output", uri: (id) => `${SCHEMA_REF}${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutDialect(schema as JsonObject)]));
}

function refTo(schema: z.ZodType): JsonObject {
  const id = apiSchemas.get(schema)?.id;
  if (!id) throw new Error("Response schema without a component id");
  return { $ref: `${SCHEMA_REF}${id}` };
}

function queryParameter(name: string, def: ParamDef): JsonObject {
  const item = withoutDialect(z.toJSONSchema(def.schema, { target: "draft-2020-12", io: "input" }) as JsonObject);
  const schema = def.multiple ? { type: "array", items: item, maxItems: 30 } : item;
  if (def.default !== undefined) Object.assign(schema, { default: def.default });
  return {
    name,
    in: "query",
    required: false,
    description: def.multiple ? `${def.description} Plusieurs valeurs : répétez le paramètre ou séparez-les par des virgules.` : def.description,
    schema,
    ...(def.multiple ? { style: "form", explode: true } : {}),
    ...(def.example !== undefined ? { example: def.multiple ? def.example.split(",") : def.example } : {}),
  };
}

const RATE_HEADERS = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimitLimit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimitRemaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimitReset" },
};

const PROBLEM_DESCRIPTIONS: Record<ProblemStatus, string> = {
  400: "Paramètre invalide : `errors` nomme chaque paramètre refusé.",
  401: "Clé d'API inconnue ou révoquée.",
  404: "Ressource introuvable.",
  405: "Méthode non autorisée.",
  429: "Limite de requêtes atteinte : réessayez après `Retry-After` secondes.",
  500: "Erreur interne.",
  503: "Service momentanément indisponible.",
};

function problemResponse(status: ProblemStatus): JsonObject {
  return {
    description: `${PROBLEM_DESCRIPTIONS[status]} Type : ${problemTypeUri(status)}.`,
    headers: status === 429 ? { ...RATE_HEADERS, "Retry-After": { $ref: "#/components/headers/RetryAfter" } } : RATE_HEADERS,
    content: { "application/problem+json": { schema: refTo(problemSchema) } },
  };
}

function operation(endpoint: EndpointDoc): JsonObject {
  const okHeaders = {
    ...RATE_HEADERS,
    ETag: { $ref: "#/components/headers/ETag" },
    "Cache-Control": { description: `public, max-age=${CACHE_SECONDS[endpoint.cache]}`, schema: { type: "string" } },
  };
  const content =
    endpoint.response.kind === "json"
      ? { "application/json": { schema: refTo(endpoint.response.schema) } }
      : { "application/xml": { schema: { type: "string", description: "LHEO 2.3 (http://lheo.gouv.fr/2.3)." } } };
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: endpoint.description,
    parameters: [
      ...endpoint.pathParams.map((p) => ({
        name: p.name,
        in: "path",
        required: true,
        description: p.description,
        schema: { type: p.type, ...(p.pattern ? { pattern: p.pattern } : {}), ...(p.type === "integer" ? { minimum: 1 } : {}) },
        example: p.type === "integer" ? Number(p.example) : p.example,
      })),
      ...Object.entries(endpoint.query).map(([name, def]) => queryParameter(name, def)),
      { $ref: "#/components/parameters/IfNoneMatch" },
    ],
    responses: {
      "200": { description: endpoint.response.description, headers: okHeaders, content },
      "304": { description: "Inchangé depuis l'ETag envoyé dans `If-None-Match`.", headers: okHeaders },
      ...Object.fromEntries(endpoint.errors.map((status) => [String(status), problemResponse(status)])),
    },
  };
}

export function buildOpenApiDocument(options: { siteUrl: string }): JsonObject {
  const siteUrl = options.siteUrl.replace(/\/+$/, "");
  const paths: Record<string, JsonObject> = {};
  for (const endpoint of API_ENDPOINTS) paths[endpoint.path] = { get: operation(endpoint) };
  paths["/openapi.json"] = {
    get: {
      operationId: "lireDescriptionOpenApi",
      tags: ["Description"],
      summary: "Cette description OpenAPI 3.1",
      responses: {
        "200": { description: "Le document OpenAPI.", content: { "application/json": { schema: { type: "object" } } } },
        "429": problemResponse(429),
      },
    },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "API publique du catalogue de formations",
      version: API_VERSION,
      description:
        "Lecture seule du catalogue : formations (au vocabulaire LHEO), métiers ROME, organismes, agenda, export LHEO 2.3. Sans clé, un nombre limité de requêtes par minute et par adresse ; une clé d'API (en-tête `Authorization: Bearer <clé>` ou `X-API-Key`) donne sa propre limite. Les erreurs suivent la RFC 9457.",
      contact: { name: "Documentation", url: `${siteUrl}${API_DOCS_PATH}` },
      license: { name: "AGPL-3.0-or-later (logiciel Passerelle)", identifier: "AGPL-3.0-or-later" },
    },
    servers: [{ url: `${siteUrl}${API_BASE_PATH}` }],
    security: [{}, { cleBearer: [] }, { cleEnTete: [] }],
    tags: [
      { name: "Formations" },
      { name: "Métiers" },
      { name: "Organismes" },
      { name: "Agenda" },
      { name: "Export" },
      { name: "Description" },
    ],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        cleBearer: { type: "http", scheme: "bearer", description: "Clé d'API délivrée par l'administrateur du portail." },
        cleEnTete: { type: "apiKey", in: "header", name: "X-API-Key", description: "La même clé, dans un en-tête dédié." },
      },
      parameters: {
        IfNoneMatch: {
          name: "If-None-Match",
          in: "header",
          required: false,
          description: "ETag d'une réponse précédente : 304 sans contenu si rien n'a changé.",
          schema: { type: "string" },
        },
      },
      headers: {
        ETag: { description: "Validateur de la réponse, à renvoyer dans `If-None-Match`.", schema: { type: "string" } },
        RateLimitLimit: { description: "Requêtes permises par minute pour ce client.", schema: { type: "integer" } },
        RateLimitRemaining: { description: "Requêtes restantes dans la minute en cours.", schema: { type: "integer" } },
        RateLimitReset: { description: "Secondes avant la fin de la minute en cours.", schema: { type: "integer" } },
        RetryAfter: { description: "Secondes à attendre avant de réessayer.", schema: { type: "integer" } },
      },
    },
  };
}
