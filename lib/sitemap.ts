import "server-only";
import type { MetadataRoute } from "next";
import type { DbOrTx } from "@/db/client";
import {
  countSitemapEntries,
  listSitemapEntries,
  SITEMAP_SOURCES,
  type SitemapEntry,
  type SitemapSource,
} from "@/db/queries/sitemap";
import { PROFILES } from "@/lib/catalog/profiles";
import { listPrimaryNavigation, listStaticPages } from "@/lib/navigation";

/** The sitemaps protocol's limit per file (https://www.sitemaps.org/protocol.html). */
export const SITEMAP_MAX_URLS = 50_000;

/** Menu sections, institutional pages and the "Vous êtes…" pages: no database needed. */
export function listStaticSitemapPaths(): string[] {
  const paths = [
    ...listPrimaryNavigation().map((item) => item.href),
    ...PROFILES.map((profile) => `/profils/${profile.slug}`),
    ...listStaticPages().map((page) => page.href),
  ];
  return [...new Set(paths)];
}

export type SitemapSlice = { source: SitemapSource | "static"; offset: number; limit: number };

/**
 * Cuts the sources, in order, into files of at most `max` addresses: file 0 starts with the
 * static pages, and a large source (formations) runs over as many files as it needs.
 */
export function planSitemaps(counts: { source: SitemapSlice["source"]; count: number }[], max = SITEMAP_MAX_URLS): SitemapSlice[][] {
  let file: SitemapSlice[] = [];
  const files = [file];
  let room = max;
  for (const { source, count } of counts) {
    let offset = 0;
    while (offset < count) {
      if (room === 0) {
        file = [];
        files.push(file);
        room = max;
      }
      const limit = Math.min(room, count - offset);
      file.push({ source, offset, limit });
      offset += limit;
      room -= limit;
    }
  }
  return files;
}

async function currentPlan(db: DbOrTx, now: Date, max: number): Promise<SitemapSlice[][]> {
  const counts = await countSitemapEntries(db, { now });
  return planSitemaps(
    [
      { source: "static", count: listStaticSitemapPaths().length },
      ...SITEMAP_SOURCES.map((source) => ({ source, count: counts[source] })),
    ],
    max,
  );
}

/** Ids of the sitemap files ("0", "1"…), one per `max` addresses. */
export async function listSitemapIds(db: DbOrTx, params: { now: Date; max?: number }): Promise<string[]> {
  const plan = await currentPlan(db, params.now, params.max ?? SITEMAP_MAX_URLS);
  return plan.map((_, index) => String(index));
}

/** One sitemap file, with absolute addresses; an unknown id gives an empty file. */
export async function buildSitemap(
  db: DbOrTx,
  params: { id: string; siteUrl: string; now: Date; max?: number },
): Promise<MetadataRoute.Sitemap> {
  const plan = await currentPlan(db, params.now, params.max ?? SITEMAP_MAX_URLS);
  const slices = /^\d+$/.test(params.id) ? (plan[Number(params.id)] ?? []) : [];
  const entries: SitemapEntry[] = [];
  for (const slice of slices) {
    if (slice.source === "static") {
      const paths = listStaticSitemapPaths().slice(slice.offset, slice.offset + slice.limit);
      entries.push(...paths.map((path) => ({ path, lastModified: null })));
    } else {
      entries.push(...(await listSitemapEntries(db, { ...slice, source: slice.source, now: params.now })));
    }
  }
  return entries.map((entry) => ({
    url: new URL(entry.path, params.siteUrl).toString(),
    ...(entry.lastModified ? { lastModified: entry.lastModified } : {}),
  }));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** A sitemap file (sitemaps.org 0.9 urlset). */
export function sitemapXml(entries: MetadataRoute.Sitemap): string {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastModified ? `<lastmod>${new Date(entry.lastModified).toISOString()}</lastmod>` : "";
    return `<url><loc>${escapeXml(entry.url)}</loc>${lastmod}</url>`;
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, "</urlset>", ""].join("\n");
}

/** The index of the sitemap files (sitemaps.org 0.9 sitemapindex). */
export function sitemapIndexXml(locations: string[]): string {
  const items = locations.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...items, "</sitemapindex>", ""].join("\n");
}
