import "server-only";
import { and, arrayOverlaps, asc, desc, eq, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { type InfoPage, infoPages, media, type News, news } from "@/db/schema";
import { territoriesConcerning } from "@/lib/editorial/territory-scope";
import { AUDIENCES, isValidSlug, NEWS_THEMES, TERRITORY_PATTERN } from "@/lib/editorial/vocabulary";
import type { FacetCount } from "@/lib/search/types";

/**
 * Public reads of the news and the Infos+ pages. A row is public while its status is "published"
 * and its publication date has come (a row published without a date counts from its creation);
 * drafts, scheduled and archived rows never leave this file.
 */

type Editorial = { status: PgColumn; publishedAt: PgColumn };

function isPublic(table: Editorial, now: Date): SQL {
  return and(eq(table.status, "published"), or(isNull(table.publishedAt), lte(table.publishedAt, now))) as SQL;
}

/** The date an article is shown and sorted by. */
const newsDate = sql<Date>`coalesce(${news.publishedAt}, ${news.createdAt})`;

/** An article's image as the page needs it: the alternative text is the article's own. */
export type NewsImage = {
  id: string;
  width: number | null;
  height: number | null;
  mimeType: string;
  size: number;
  /** The upload's suggested text, used when the article gives none (imageAlt null). */
  alt: string | null;
};

const imageColumns = {
  id: media.id,
  width: media.width,
  height: media.height,
  mimeType: media.mimeType,
  size: media.size,
  alt: media.alt,
};

export type NewsFilters = {
  /** NEWS_THEMES values; an article with any of them matches. */
  themes?: readonly string[];
  /** AUDIENCES values; articles addressed to nobody in particular match every profile. */
  audiences?: readonly string[];
  /** Territory values ("FR", "R76", "D31"); national articles match everywhere (territoriesConcerning). */
  territories?: readonly string[];
  /** Published on or after this instant. */
  publishedFrom?: Date;
  /** Published strictly before this instant. */
  publishedBefore?: Date;
};

function themeCondition(values: readonly string[]): SQL | undefined {
  const themes = values.filter((v) => (NEWS_THEMES as readonly string[]).includes(v));
  return themes.length ? arrayOverlaps(news.themes, themes) : undefined;
}

function audienceCondition(values: readonly string[], column: PgColumn = news.audiences): SQL | undefined {
  const audiences = values.filter((v) => (AUDIENCES as readonly string[]).includes(v));
  if (!audiences.length) return undefined;
  return or(arrayOverlaps(column, audiences), sql`cardinality(${column}) = 0`);
}

function territoryCondition(values: readonly string[]): SQL | undefined {
  const concerned = [...new Set(values.filter((v) => TERRITORY_PATTERN.test(v)).flatMap(territoriesConcerning))];
  if (!concerned.length) return undefined;
  return or(arrayOverlaps(news.territory, concerned), sql`cardinality(${news.territory}) = 0`);
}

type FacetName = "theme" | "audience" | "territory";

/** Every filter but `except`, so a facet counts what each of its values would give. */
function filterConditions(filters: NewsFilters, except?: FacetName): SQL[] {
  const conditions: (SQL | undefined)[] = [
    except === "theme" ? undefined : themeCondition(filters.themes ?? []),
    except === "audience" ? undefined : audienceCondition(filters.audiences ?? []),
    except === "territory" ? undefined : territoryCondition(filters.territories ?? []),
    // Bound as text: postgres-js cannot map a Date inside a raw expression.
    filters.publishedFrom ? sql`${newsDate} >= ${filters.publishedFrom.toISOString()}::timestamptz` : undefined,
    filters.publishedBefore ? sql`${newsDate} < ${filters.publishedBefore.toISOString()}::timestamptz` : undefined,
  ];
  return conditions.filter((c): c is SQL => c !== undefined);
}

export type NewsListItem = Pick<
  News,
  "id" | "slug" | "title" | "summary" | "themes" | "audiences" | "territory" | "imageAlt" | "updatedAt"
> & { date: Date; image: NewsImage | null };

const listColumns = {
  id: news.id,
  slug: news.slug,
  title: news.title,
  summary: news.summary,
  themes: news.themes,
  audiences: news.audiences,
  territory: news.territory,
  imageAlt: news.imageAlt,
  updatedAt: news.updatedAt,
  date: sql<string | Date>`coalesce(${news.publishedAt}, ${news.createdAt})`,
  image: imageColumns,
};

function toListItem(row: Omit<NewsListItem, "date" | "image"> & { date: string | Date; image: NewsImage | null }): NewsListItem {
  // Both drivers return a raw expression's timestamp as text.
  return { ...row, date: new Date(row.date), image: row.image?.id ? row.image : null };
}

/** Published articles, newest first, one page at a time. */
export async function listPublishedNews(
  db: DbOrTx,
  params: { filters?: NewsFilters; page?: number; perPage?: number; now?: Date },
): Promise<{ items: NewsListItem[]; total: number }> {
  const now = params.now ?? new Date();
  const perPage = Math.min(Math.max(params.perPage ?? 12, 1), 100);
  const page = Math.max(params.page ?? 1, 1);
  const where = and(isPublic(news, now), ...filterConditions(params.filters ?? {}));
  const [rows, [count]] = await Promise.all([
    db
      .select(listColumns)
      .from(news)
      .leftJoin(media, eq(media.id, news.imageId))
      .where(where)
      .orderBy(desc(newsDate), desc(news.id))
      .limit(perPage)
      .offset((page - 1) * perPage),
    db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(news).where(where),
  ]);
  return { items: rows.map(toListItem), total: count?.total ?? 0 };
}

/**
 * How many articles each offered value would give with the other filters applied, for the
 * filter checkboxes. Values are counted with the same matching as the list (national articles in
 * every territory), so a count never promises what the list would not show.
 */
export async function listNewsFacetCounts(
  db: DbOrTx,
  params: { filters?: NewsFilters; territories: readonly string[]; now?: Date },
): Promise<Record<FacetName, FacetCount[]>> {
  const now = params.now ?? new Date();
  const filters = params.filters ?? {};
  const count = async (facet: FacetName, values: readonly string[], condition: (value: string) => SQL | undefined) => {
    if (!values.length) return [];
    const fields = Object.fromEntries(
      values.map((value, i) => [`v${i}`, sql<number>`count(*) filter (where ${condition(value) ?? sql`false`})`.mapWith(Number)]),
    );
    const [row] = await db
      .select(fields)
      .from(news)
      .where(and(isPublic(news, now), ...filterConditions(filters, facet)));
    return values.map((value, i) => ({ value, count: Number(row?.[`v${i}`] ?? 0) }));
  };
  const [theme, audience, territory] = await Promise.all([
    count("theme", NEWS_THEMES, (v) => themeCondition([v])),
    count("audience", AUDIENCES, (v) => audienceCondition([v])),
    count("territory", params.territories, (v) => territoryCondition([v])),
  ]);
  return { theme, audience, territory };
}

/** The newest articles (the home page, a profile page), optionally for one profile. */
export async function listLatestNews(
  db: DbOrTx,
  params: { limit: number; audience?: string; now?: Date },
): Promise<NewsListItem[]> {
  const { items } = await listPublishedNews(db, {
    filters: { audiences: params.audience ? [params.audience] : [] },
    perPage: params.limit,
    now: params.now,
  });
  return items;
}

/** Territory values the published articles use, for the territory filter's choices. */
export async function listNewsTerritories(db: DbOrTx, params: { now?: Date } = {}): Promise<string[]> {
  const rows = await db
    .selectDistinct({ value: sql<string>`unnest(${news.territory})` })
    .from(news)
    .where(isPublic(news, params.now ?? new Date()));
  return rows.map((row) => row.value).filter((value) => TERRITORY_PATTERN.test(value));
}

export type NewsArticle = News & { date: Date; image: NewsImage | null };

export async function getPublishedNews(db: DbOrTx, params: { slug: string; now?: Date }): Promise<NewsArticle | null> {
  if (!isValidSlug(params.slug)) return null;
  const [row] = await db
    .select({ article: news, image: imageColumns })
    .from(news)
    .leftJoin(media, eq(media.id, news.imageId))
    .where(and(eq(news.slug, params.slug), isPublic(news, params.now ?? new Date())));
  if (!row) return null;
  const { article, image } = row;
  return { ...article, date: article.publishedAt ?? article.createdAt, image: image?.id ? image : null };
}

export type FeedNewsItem = Pick<News, "id" | "slug" | "title" | "summary" | "body" | "themes" | "updatedAt"> & {
  date: Date;
  image: NewsImage | null;
};

/** The RSS feed's articles, newest first (50 by default: readers only need what is new). */
export async function listNewsForFeed(db: DbOrTx, params: { limit?: number; now?: Date } = {}): Promise<FeedNewsItem[]> {
  const rows = await db
    .select({
      id: news.id,
      slug: news.slug,
      title: news.title,
      summary: news.summary,
      body: news.body,
      themes: news.themes,
      updatedAt: news.updatedAt,
      date: listColumns.date,
      image: imageColumns,
    })
    .from(news)
    .leftJoin(media, eq(media.id, news.imageId))
    .where(isPublic(news, params.now ?? new Date()))
    .orderBy(desc(newsDate), desc(news.id))
    .limit(Math.min(Math.max(params.limit ?? 50, 1), 200));
  return rows.map((row) => ({ ...row, date: new Date(row.date), image: row.image?.id ? row.image : null }));
}

export type InfoPageMenuItem = Pick<InfoPage, "id" | "slug" | "title" | "summary" | "audiences" | "menuPosition" | "updatedAt">;

/**
 * Published Infos+ pages in menu order (position, then title), optionally for one profile (pages
 * addressed to nobody in particular are for everyone). `menuOnly` leaves out the pages an editor
 * kept off the menu.
 */
export async function listPublishedInfoPages(
  db: DbOrTx,
  params: { audience?: string; menuOnly?: boolean; now?: Date } = {},
): Promise<InfoPageMenuItem[]> {
  const conditions = [
    isPublic(infoPages, params.now ?? new Date()),
    params.audience ? audienceCondition([params.audience], infoPages.audiences) : undefined,
    params.menuOnly ? sql`${infoPages.menuPosition} is not null` : undefined,
  ];
  return db
    .select({
      id: infoPages.id,
      slug: infoPages.slug,
      title: infoPages.title,
      summary: infoPages.summary,
      audiences: infoPages.audiences,
      menuPosition: infoPages.menuPosition,
      updatedAt: infoPages.updatedAt,
    })
    .from(infoPages)
    .where(and(...conditions))
    .orderBy(sql`${infoPages.menuPosition} asc nulls last`, asc(infoPages.title), asc(infoPages.id));
}

export async function getPublishedInfoPage(db: DbOrTx, params: { slug: string; now?: Date }): Promise<InfoPage | null> {
  if (!isValidSlug(params.slug)) return null;
  const [row] = await db
    .select()
    .from(infoPages)
    .where(and(eq(infoPages.slug, params.slug), isPublic(infoPages, params.now ?? new Date())));
  return row ?? null;
}
