import "server-only";
import type { ApiCall, ApiResult } from "../handler";
import { etagOf, XML_CONTENT_TYPE } from "../http";
import { catalogueStamp, lheoExportStream } from "../lheo/xml-document";
import { parseOrThrow } from "./common";

/**
 * GET /api/v1/export/lheo: the whole active catalogue in LHEO 2.3, streamed. Its validator comes
 * from a stamp of the catalogue, so a partner polling daily gets a 304 without the portal reading
 * a single formation when nothing was imported since.
 */
export async function exportLheo({ request, ctx }: ApiCall): Promise<ApiResult> {
  parseOrThrow({}, new URL(request.url).searchParams);
  const stamp = await catalogueStamp(ctx.db);
  return {
    type: "stream",
    etag: etagOf(`lheo-export|${stamp}`),
    cache: "export",
    contentType: XML_CONTENT_TYPE,
    fileName: `offres-lheo-${ctx.today()}.xml`,
    open: () => lheoExportStream(ctx.db),
  };
}
