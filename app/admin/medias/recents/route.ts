import { getDb } from "@/db";
import { listRecentMedia } from "@/db/queries/media";
import { type ActionResult, FORBIDDEN, fail, ok, SIGNED_OUT } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import type { MediaSummary } from "@/lib/media/types";

/** The latest uploads, for the image pickers of the back office (JSON ActionResult). */

const RECENT_MEDIA_LIMIT = 30;

function reply(status: number, body: ActionResult<MediaSummary[]>): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

export async function GET(): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return reply(401, fail(SIGNED_OUT));
  if (user.mustChangePassword || !can(user, "content:edit")) return reply(403, fail(FORBIDDEN));
  return reply(200, ok(await listRecentMedia(getDb(), { limit: RECENT_MEDIA_LIMIT })));
}
