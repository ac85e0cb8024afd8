import { getApiContext } from "@/lib/api/app-context";
import { listTrades } from "@/lib/api/endpoints/trades";
import { runApi } from "@/lib/api/handler";
import { preflightResponse } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return runApi(request, getApiContext(), listTrades);
}

export function OPTIONS() {
  return preflightResponse();
}
