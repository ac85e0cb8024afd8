import { getApiContext } from "@/lib/api/app-context";
import { listEvents } from "@/lib/api/endpoints/events";
import { runApi } from "@/lib/api/handler";
import { preflightResponse } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return runApi(request, getApiContext(), listEvents);
}

export function OPTIONS() {
  return preflightResponse();
}
