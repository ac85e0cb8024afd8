import { getDb } from "@/db";
import { listNewsForFeed } from "@/db/queries/news";
import { getEnv } from "@/lib/env";
import { buildNewsFeed } from "@/lib/news/rss";

// Articles are published at any time, and `next build` runs before the database exists.
export const dynamic = "force-dynamic";

/** RSS 2.0 feed of the 50 newest articles (advertised by /actualites). */
export async function GET() {
  const env = getEnv();
  const items = await listNewsForFeed(getDb(), { limit: 50 });
  const xml = buildNewsFeed(items, { siteUrl: env.SITE_URL, siteName: env.SITE_NAME, regionName: env.REGION_NAME });
  return new Response(xml, {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
