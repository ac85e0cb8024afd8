import type { MetadataRoute } from "next";

export default function robots(): MetadataRoute.Robots {
  return {
    // The API and private areas have nothing for search engines; /recherche result pages are
    // near-infinite combinations of parameters and would waste the crawl budget.
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/admin/", "/espace/", "/recherche"] }],
  };
}
