import "server-only";
import { and, asc, eq, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import {
  events,
  financingSchemes,
  formations,
  infoPages,
  news,
  organisations,
  resources,
  supportStructures,
  trades,
} from "@/db/schema";
import { CONTENT_KIND_META } from "@/lib/cms/kinds";

/**
 * Addresses of every public detail page, for the XML sitemap. Each source lists exactly what its
 * detail route shows (same status rules), in a stable order so the sitemap can be cut into files
 * by offset.
 */

export const SITEMAP_SOURCES = [
  "metiers",
  "organismes",
  "evenements",
  "structures",
  "financements",
  "ressources",
  "actualites",
  "infos",
  "formations",
] as const;
export type SitemapSource = (typeof SITEMAP_SOURCES)[number];

export type SitemapEntry = { path: string; lastModified: Date | null };

type SourceSpec = {
  table: PgTable;
  key: PgColumn;
  lastModified: PgColumn | SQL | null;
  where: (now: Date) => SQL | undefined;
  path: (key: string) => string;
};

const published = (status: PgColumn) => () => eq(status, "published");

/** News and Infos+ pages also wait for their publication date (db/queries/news.ts). */
const publishedByNow = (status: PgColumn, publishedAt: PgColumn) => (now: Date) =>
  and(eq(status, "published"), or(isNull(publishedAt), lte(publishedAt, now)));

const SPECS: Record<SitemapSource, SourceSpec> = {
  // One page per ROME fiche: sub-codes share their fiche's page.
  metiers: {
    table: trades,
    key: trades.code,
    lastModified: null,
    where: () => eq(trades.code, trades.parentCode),
    path: (code) => `/metiers/${code}`,
  },
  organismes: {
    table: organisations,
    key: organisations.id,
    lastModified: organisations.updatedAt,
    where: () => eq(organisations.status, "active"),
    path: (id) => `/organismes/${id}`,
  },
  evenements: {
    table: events,
    key: events.slug,
    lastModified: events.updatedAt,
    where: published(events.status),
    path: CONTENT_KIND_META.evenement.publicPath,
  },
  structures: {
    table: supportStructures,
    key: supportStructures.slug,
    lastModified: supportStructures.updatedAt,
    where: published(supportStructures.status),
    path: CONTENT_KIND_META.structure.publicPath,
  },
  financements: {
    table: financingSchemes,
    key: financingSchemes.slug,
    lastModified: financingSchemes.updatedAt,
    where: published(financingSchemes.status),
    path: CONTENT_KIND_META.financement.publicPath,
  },
  ressources: {
    table: resources,
    key: resources.slug,
    lastModified: resources.updatedAt,
    where: published(resources.status),
    path: CONTENT_KIND_META.ressource.publicPath,
  },
  actualites: {
    table: news,
    key: news.slug,
    // A scheduled article may have been saved before it went out.
    lastModified: sql`greatest(${news.updatedAt}, ${news.publishedAt})`,
    where: publishedByNow(news.status, news.publishedAt),
    path: CONTENT_KIND_META.actualite.publicPath,
  },
  infos: {
    table: infoPages,
    key: infoPages.slug,
    lastModified: sql`greatest(${infoPages.updatedAt}, ${infoPages.publishedAt})`,
    where: publishedByNow(infoPages.status, infoPages.publishedAt),
    path: CONTENT_KIND_META.page.publicPath,
  },
  formations: {
    table: formations,
    key: formations.id,
    lastModified: formations.updatedAt,
    where: () => eq(formations.status, "active"),
    path: (id) => `/formations/${id}`,
  },
};

/** How many addresses each source has now. */
export async function countSitemapEntries(db: DbOrTx, params: { now: Date }): Promise<Record<SitemapSource, number>> {
  const counts = await Promise.all(
    SITEMAP_SOURCES.map(async (source) => {
      const spec = SPECS[source];
      const [row] = await db
        .select({ count: sql<number>`count(*)`.mapWith(Number) })
        .from(spec.table)
        .where(spec.where(params.now));
      return [source, row?.count ?? 0] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<SitemapSource, number>;
}

/** One slice of a source's addresses, in key order. */
export async function listSitemapEntries(
  db: DbOrTx,
  params: { source: SitemapSource; offset: number; limit: number; now: Date },
): Promise<SitemapEntry[]> {
  const spec = SPECS[params.source];
  const rows = await db
    .select({ key: spec.key, lastModified: spec.lastModified ?? sql<null>`null` })
    .from(spec.table)
    .where(spec.where(params.now))
    .orderBy(asc(spec.key))
    .limit(params.limit)
    .offset(params.offset);
  return rows.map((row) => ({
    path: spec.path(String(row.key)),
    lastModified: row.lastModified ? new Date(row.lastModified as string | Date) : null,
  }));
}
