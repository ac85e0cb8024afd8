import { getDb } from "@/db";
import { getPublishedPost } from "@/db/queries/network-posts";
import { getCurrentUser } from "@/lib/auth";
import { getEnv } from "@/lib/env";
import { getNetworkAccessForRequest } from "@/lib/network/guards";
import { buildNetworkEventIcs } from "@/lib/network/posts-ical";

/**
 * "Add to my calendar" for a published network event: members only (401 signed out, 403 without
 * network access), 404 for news items, drafts and unknown ids.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!(await getCurrentUser())) return new Response(null, { status: 401 });
  const access = await getNetworkAccessForRequest();
  if (!access) return new Response(null, { status: 403 });
  const { id: rawId } = await params;
  const id = /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
  const post = id ? await getPublishedPost(getDb(), { id }) : undefined;
  if (!post || post.kind !== "event" || !post.startsAt) return new Response(null, { status: 404 });
  const body = buildNetworkEventIcs(post, { siteUrl: getEnv().SITE_URL, locale: access.locale });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="evenement-reseau-${post.id}.ics"`,
      "cache-control": "private, no-store",
    },
  });
}
