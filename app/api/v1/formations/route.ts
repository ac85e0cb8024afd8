import { getApiContext } from "@/lib/api/app-context";
import { listFormations } from "@/lib/api/endpoints/formations";
import { runApi } from "@/lib/api/handler";
import { preflightResponse } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return runApi(request, getApiContext(), listFormations);
}

export function OPTIONS() {
  return preflightResponse();
}
