import { getDb } from "@/db";
import { getEnv } from "@/lib/env";
import { listSitemapIds, sitemapIndexXml } from "@/lib/sitemap";

// Published content changes at any time, and `next build` runs before the database exists.
export const dynamic = "force-dynamic";

/**
 * /sitemap.xml, the address robots.txt gives: an index of the sitemap files
 * (app/sitemaps/[file]/route.ts), whose number grows with the catalogue (50,000 addresses each).
 */
export async function GET() {
  const base = getEnv().SITE_URL;
  const ids = await listSitemapIds(getDb(), { now: new Date() });
  return new Response(sitemapIndexXml(ids.map((id) => new URL(`/sitemaps/${id}.xml`, base).toString())), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
