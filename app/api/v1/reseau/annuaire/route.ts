import { getDb } from "@/db";
import { searchAlumni } from "@/db/queries/network-directory";
import { PROBLEM_CONTENT_TYPE } from "@/lib/api/problem";
import { getCurrentUser } from "@/lib/auth";
import { CRITERION_PARAMS, parseDirectoryParams } from "@/lib/network/directory/params";
import { directoryCriteria } from "@/lib/network/directory/request";
import { getNetworkAccessForRequest } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { directoryStrings } from "@/lib/network/i18n/directory";

/**
 * The alumni directory as JSON for signed-in network members (session cookie): the page's
 * parameters and answer, every profile through projectProfile. Not part of the public API: a
 * partner's API key grants nothing here, and answers are private (no CORS, no shared cache).
 */

const DEFAULT_PER_PAGE = 20;
const MAX_PER_PAGE = 100;
const PRIVATE_HEADERS = { "Cache-Control": "private, no-store", Vary: "Cookie" };

type ProblemBody = { type: string; title: string; status: number; detail: string; errors?: { parameter: string; detail: string }[] };

function problem(body: Omit<ProblemBody, "type">): Response {
  return new Response(JSON.stringify({ type: "about:blank", ...body }), {
    status: body.status,
    headers: { ...PRIVATE_HEADERS, "Content-Type": PROBLEM_CONTENT_TYPE },
  });
}

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const state = parseDirectoryParams(url.searchParams);
  const access = await getNetworkAccessForRequest();
  if (!access) {
    const t = pick(directoryStrings, await getNetworkLocale(state.lang));
    return (await getCurrentUser())
      ? problem({ title: "Forbidden", status: 403, detail: t.api.forbidden })
      : problem({ title: "Unauthorized", status: 401, detail: t.api.unauthenticated });
  }
  const { viewer } = access;
  const t = pick(directoryStrings, state.lang ?? access.locale);
  const criteria = directoryCriteria(viewer, state);
  const errors = criteria.invalid.map((criterion) => ({ parameter: CRITERION_PARAMS[criterion], detail: t.api.invalid }));
  const perPageRaw = url.searchParams.get("par_page");
  const perPage = perPageRaw === null ? DEFAULT_PER_PAGE : Number(perPageRaw);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
    errors.push({ parameter: "par_page", detail: `1 – ${MAX_PER_PAGE}` });
  }
  if (errors.length > 0) {
    return problem({ title: "Bad Request", status: 400, detail: errors.map((e) => `${e.parameter}: ${e.detail}`).join(" "), errors });
  }

  const result = await searchAlumni(getDb(), { viewer, filters: criteria.applied, page: state.page, perPage, sort: state.sort });
  return Response.json(
    {
      total: result.total,
      page: result.page,
      perPage: result.perPage,
      results: result.rows,
      ignoredCriteria: criteria.refused.map((criterion) => CRITERION_PARAMS[criterion]),
    },
    { headers: PRIVATE_HEADERS },
  );
}
