import { getApiContext } from "@/lib/api/app-context";
import { openApiDocument } from "@/lib/api/endpoints/openapi";
import { runApi } from "@/lib/api/handler";
import { preflightResponse } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return runApi(request, getApiContext(), openApiDocument);
}

export function OPTIONS() {
  return preflightResponse();
}
