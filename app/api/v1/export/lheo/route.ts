import { getApiContext } from "@/lib/api/app-context";
import { exportLheo } from "@/lib/api/endpoints/export";
import { runApi } from "@/lib/api/handler";
import { preflightResponse } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return runApi(request, getApiContext(), exportLheo);
}

export function OPTIONS() {
  return preflightResponse();
}
