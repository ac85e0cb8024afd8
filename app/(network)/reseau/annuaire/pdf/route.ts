import { getDb } from "@/db";
import { DIRECTORY_MAX_ROWS, searchAlumni } from "@/db/queries/network-directory";
import { getCurrentUser } from "@/lib/auth";
import { signInHref } from "@/lib/auth/guards";
import { directoryQueryString, parseDirectoryParams } from "@/lib/network/directory/params";
import { buildDirectoryPdf } from "@/lib/network/directory/pdf";
import { directoryCriteria } from "@/lib/network/directory/request";
import { getNetworkAccessForRequest } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { directoryStrings } from "@/lib/network/i18n/directory";

/**
 * The directory's result list as a PDF: the same parameters as the page, every page of results
 * up to DIRECTORY_MAX_ROWS, the viewer's columns only. Anonymous visitors are sent to sign in
 * (the link is followed by a browser); signed-in users without network access get a 403.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const state = parseDirectoryParams(url.searchParams);
  const access = await getNetworkAccessForRequest();
  if (!access) {
    if (!(await getCurrentUser())) {
      const query = directoryQueryString(state);
      const location = new URL(signInHref(`/reseau/annuaire/pdf${query ? `?${query}` : ""}`), url);
      return new Response(null, { status: 303, headers: { Location: location.toString(), "Cache-Control": "no-store" } });
    }
    const locale = await getNetworkLocale(state.lang);
    return new Response(pick(directoryStrings, locale).api.forbidden, {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }

  const { viewer } = access;
  const locale = state.lang ?? access.locale;
  const { applied } = directoryCriteria(viewer, state);
  const result = await searchAlumni(getDb(), { viewer, filters: applied, page: 1, perPage: DIRECTORY_MAX_ROWS, sort: state.sort });
  const generatedAt = new Date();
  const pdf = await buildDirectoryPdf({
    viewer,
    locale,
    rows: result.rows,
    filters: applied,
    total: result.total,
    cap: DIRECTORY_MAX_ROWS,
    generatedAt,
  });
  const day = generatedAt.toISOString().slice(0, 10);
  const name = locale === "en" ? `alumni-directory-${day}.pdf` : `annuaire-alumni-${day}.pdf`;
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${name}"`,
      "Cache-Control": "private, no-store",
      "Content-Length": String(pdf.length),
    },
  });
}
