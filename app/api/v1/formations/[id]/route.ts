import { getApiContext } from "@/lib/api/app-context";
import { getFormation } from "@/lib/api/endpoints/formations";
import { runApi } from "@/lib/api/handler";
import { preflightResponse } from "@/lib/api/http";

export const dynamic = "force-dynamic";

/** Serves /formations/{id} (JSON) and /formations/{id}.xml (LHEO 2.3): the segment carries the suffix. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return runApi(request, getApiContext(), (call) => getFormation(call, id));
}

export function OPTIONS() {
  return preflightResponse();
}
