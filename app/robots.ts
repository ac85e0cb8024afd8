import type { MetadataRoute } from "next";
import { getEnv } from "@/lib/env";

// Read at request time: one build serves any SITE_URL.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    // The API and private areas have nothing for search engines; /recherche result pages are
    // near-infinite combinations of parameters and would waste the crawl budget.
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/admin/", "/espace/", "/recherche"] }],
    // The index of the sitemap files (app/sitemap.xml/route.ts).
    sitemap: `${getEnv().SITE_URL}/sitemap.xml`,
  };
}
