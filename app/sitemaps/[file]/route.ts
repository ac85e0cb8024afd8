import { getDb } from "@/db";
import { getEnv } from "@/lib/env";
import { buildSitemap, listSitemapIds, sitemapXml } from "@/lib/sitemap";

export const dynamic = "force-dynamic";

/** /sitemaps/0.xml, /sitemaps/1.xml…: the files /sitemap.xml lists; 404 beyond them. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const id = /^(\d{1,4})\.xml$/.exec((await params).file)?.[1];
  const db = getDb();
  const now = new Date();
  if (!id || !(await listSitemapIds(db, { now })).includes(String(Number(id)))) {
    return new Response("Fichier introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const entries = await buildSitemap(db, { id: String(Number(id)), siteUrl: getEnv().SITE_URL, now });
  return new Response(sitemapXml(entries), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
