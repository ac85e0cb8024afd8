import "server-only";
import type { CachePolicy } from "./config";
import type { ApiContext } from "./context";
import { admit } from "./guard";
import {
  CORS_HEADERS,
  cacheableResponse,
  cacheControl,
  JSON_CONTENT_TYPE,
  matchesIfNoneMatch,
  problemResponse,
  XML_CONTENT_TYPE,
} from "./http";
import { ApiProblemError, problem } from "./problem";

/** What an endpoint hands back; the pipeline adds validators, caching, CORS and limit headers. */
export type ApiResult =
  | { type: "json"; body: unknown; cache: CachePolicy }
  | { type: "xml"; body: string; cache: CachePolicy; fileName?: string }
  /** A large body produced while sent; its validator comes from a data stamp, not from the bytes. */
  | { type: "stream"; etag: string; cache: CachePolicy; contentType: string; fileName?: string; open: () => ReadableStream<Uint8Array> };

export type ApiCall = {
  request: Request;
  ctx: ApiContext;
  /** The request URL as partners see it (SITE_URL origin), for links in answers. */
  publicUrl: URL;
};

function disposition(fileName: string | undefined): Record<string, string> {
  return fileName ? { "Content-Disposition": `inline; filename="${fileName}"` } : {};
}

/**
 * Every public API request goes through here: key and rate limit first (401/429), then the
 * endpoint, whose expected failures (400, 404) arrive as ApiProblemError. Anything else is a bug:
 * logged, and answered with a 500 problem that reveals nothing.
 */
export async function runApi(request: Request, ctx: ApiContext, endpoint: (call: ApiCall) => Promise<ApiResult>): Promise<Response> {
  const url = new URL(request.url);
  let limitHeaders: Record<string, string> = {};
  try {
    const admission = await admit(request, ctx);
    if (!admission.ok) return admission.response;
    limitHeaders = admission.headers;
    const publicUrl = new URL(`${url.pathname}${url.search}`, `${ctx.siteUrl}/`);
    const result = await endpoint({ request, ctx, publicUrl });
    switch (result.type) {
      case "json":
        return cacheableResponse(request, JSON.stringify(result.body), {
          contentType: JSON_CONTENT_TYPE,
          cache: result.cache,
          headers: limitHeaders,
        });
      case "xml":
        return cacheableResponse(request, result.body, {
          contentType: XML_CONTENT_TYPE,
          cache: result.cache,
          headers: { ...limitHeaders, ...disposition(result.fileName) },
        });
      case "stream": {
        const headers = { ...CORS_HEADERS, ...limitHeaders, ETag: result.etag, "Cache-Control": cacheControl(result.cache) };
        if (matchesIfNoneMatch(request.headers.get("if-none-match"), result.etag)) {
          return new Response(null, { status: 304, headers });
        }
        return new Response(result.open(), {
          status: 200,
          headers: { ...headers, ...disposition(result.fileName), "Content-Type": result.contentType },
        });
      }
    }
  } catch (error) {
    if (error instanceof ApiProblemError) {
      return problemResponse({ ...error.problem, instance: error.problem.instance ?? url.pathname }, { ...limitHeaders, ...error.headers });
    }
    console.error("[api]", url.pathname, error);
    return problemResponse(
      problem(500, "Une erreur inattendue est survenue. Réessayez dans un instant ; si elle persiste, signalez-la à l'équipe du portail.", {
        instance: url.pathname,
      }),
      limitHeaders,
    );
  }
}
