import "server-only";
import type { ApiCall, ApiResult } from "../handler";
import { buildOpenApiDocument } from "../openapi/document";
import { parseOrThrow } from "./common";

/** GET /api/v1/openapi.json. */
export async function openApiDocument({ request, ctx }: ApiCall): Promise<ApiResult> {
  parseOrThrow({}, new URL(request.url).searchParams);
  return { type: "json", body: buildOpenApiDocument({ siteUrl: ctx.siteUrl }), cache: "document" };
}
