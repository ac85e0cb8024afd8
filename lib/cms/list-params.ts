import type { ContentSort, ListContentParams } from "@/db/queries/admin-content";
import { firstParam, oneOf, parseTableState, type SearchParamsRecord } from "@/components/data-table/table-params";
import type { ContentKind } from "@/lib/cms/kinds";
import { AUDIENCES, EDITORIAL_STATUSES } from "@/lib/editorial/vocabulary";

/** URL parameters of a content list, shared by the page (parsing) and its toolbar (writing). */
export const CONTENT_PARAM = { q: "q", status: "etat", audience: "public" } as const;

// Written out (not imported from the server-only query module) so this file stays importable anywhere.
const SORTS: readonly ContentSort[] = ["title", "status", "updatedAt", "publishedAt", "startsAt"];

/** Unknown values (a hand-edited link) are ignored, so an old bookmark still opens. */
export function parseContentQuery(kind: ContentKind, params: SearchParamsRecord): ListContentParams {
  const sorts = kind === "evenement" ? SORTS : SORTS.filter((sort) => sort !== "startsAt");
  const table = parseTableState(params, { sorts, defaultSort: "updatedAt", defaultOrder: "desc" });
  return {
    ...table,
    kind,
    q: firstParam(params, CONTENT_PARAM.q)?.slice(0, 200),
    status: oneOf(params, CONTENT_PARAM.status, EDITORIAL_STATUSES),
    audience: oneOf(params, CONTENT_PARAM.audience, AUDIENCES),
  };
}
