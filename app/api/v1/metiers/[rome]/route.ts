import { getApiContext } from "@/lib/api/app-context";
import { getTrade } from "@/lib/api/endpoints/trades";
import { runApi } from "@/lib/api/handler";
import { preflightResponse } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ rome: string }> }) {
  const { rome } = await params;
  return runApi(request, getApiContext(), (call) => getTrade(call, rome));
}

export function OPTIONS() {
  return preflightResponse();
}
