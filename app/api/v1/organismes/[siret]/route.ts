import { getApiContext } from "@/lib/api/app-context";
import { getOrganisation } from "@/lib/api/endpoints/organisations";
import { runApi } from "@/lib/api/handler";
import { preflightResponse } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ siret: string }> }) {
  const { siret } = await params;
  return runApi(request, getApiContext(), (call) => getOrganisation(call, siret));
}

export function OPTIONS() {
  return preflightResponse();
}
