import { getDb } from "@/db";
import { requirePermission } from "@/lib/auth/guards";
import { anomaliesCsvFileName, anomaliesCsvStream } from "@/lib/import/anomalies-csv";
import { openAnomaliesExport } from "@/lib/import/reports";
import { parseAnomalyFilters, parseRunId } from "../../_lib/url-params";

/** The anomalies of a run as CSV for Excel, with the filters of the detail page (?gravite=…&type=…). */
export async function GET(request: Request, { params }: RouteContext<"/admin/imports/[id]/anomalies.csv">): Promise<Response> {
  const { id } = await params;
  const user = await requirePermission("imports:read", `/admin/imports/${id}`);
  const runId = parseRunId(id);
  const filters = parseAnomalyFilters(Object.fromEntries(new URL(request.url).searchParams));
  const found = runId ? await openAnomaliesExport(getDb(), user, { runId, ...filters }) : null;
  if (!found) return new Response("Import introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = anomaliesCsvStream(found.anomalies);
  const { run } = found;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${anomaliesCsvFileName(run.id, filters)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
