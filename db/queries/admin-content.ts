import "server-only";
import { and, arrayContains, asc, count, desc, eq, getTableName, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/db/client";
import { contentRevisions, events, financingSchemes, infoPages, news, resources, supportStructures } from "@/db/schema";
import { CONTENT_KINDS, type ContentKind } from "@/lib/cms/kinds";
import { contentTable } from "@/lib/cms/tables";
import { EDITORIAL_STATUSES, type EditorialStatus } from "@/lib/editorial/vocabulary";
import { foldedContains, type PageParams, type PageResult, pageWindow, type SortOrder } from "./admin-shared";

// Back-office reads of the editorial content, every state included (drafts, scheduled,
// archived): only pages that called requirePermission("content:edit") use them.

export const CONTENT_SORTS = ["title", "status", "updatedAt", "publishedAt", "startsAt"] as const;
export type ContentSort = (typeof CONTENT_SORTS)[number];

export type ListContentParams = PageParams & {
  kind: ContentKind;
  /** Part of the title or of the address (slug), accents and case ignored. */
  q?: string;
  status?: EditorialStatus;
  /** AUDIENCES value. */
  audience?: string;
  /** "startsAt" applies to events only; other kinds fall back to updatedAt. */
  sort: ContentSort;
  order: SortOrder;
};

/**
 * The one column that tells records of a kind apart at a glance: the event's start, the page's
 * place in the Infos+ menu, the resource's or scheme's category, the structure's commune, the
 * article's themes.
 */
export type ContentDetail =
  | { kind: "evenement"; startsAt: Date }
  | { kind: "page"; menuPosition: number | null }
  | { kind: "ressource"; category: string }
  | { kind: "structure"; city: string | null }
  | { kind: "financement"; category: string }
  | { kind: "actualite"; themes: string[] };

export type ContentListRow = {
  id: number;
  title: string;
  slug: string;
  status: EditorialStatus;
  /** Publication date; the planned one while scheduled. */
  publishedAt: Date | null;
  updatedAt: Date;
  audiences: string[];
  /** Who saved the latest version (an email, or the scheduler's label); null before any revision. */
  lastEditor: string | null;
  detail: ContentDetail;
};

const DETAIL_COLUMNS: Record<ContentKind, AnyPgColumn> = {
  actualite: news.themes,
  evenement: events.startsAt,
  page: infoPages.menuPosition,
  ressource: resources.kind,
  structure: supportStructures.city,
  financement: financingSchemes.kind,
};

function toDetail(kind: ContentKind, value: unknown): ContentDetail {
  switch (kind) {
    case "evenement":
      return { kind, startsAt: value instanceof Date ? value : new Date(String(value)) };
    case "page":
      return { kind, menuPosition: value === null || value === undefined ? null : Number(value) };
    case "ressource":
    case "financement":
      return { kind, category: String(value) };
    case "structure":
      return { kind, city: (value as string | null) ?? null };
    case "actualite":
      return { kind, themes: (value as string[] | null) ?? [] };
  }
}

/**
 * The actor of the newest revision of each row of `table`. Written with explicit qualified names:
 * drizzle leaves the columns of a single-table select unqualified, and an unqualified "id" in the
 * subquery would mean content_revisions.id.
 */
function lastEditorOf(kind: ContentKind, table: ReturnType<typeof contentTable>): SQL<string | null> {
  const outerId = sql`${sql.identifier(getTableName(table))}.${sql.identifier("id")}`;
  return sql<string | null>`(select r.actor_label from content_revisions r
    where r.kind = ${kind} and r.content_id = ${outerId}
    order by r.version desc limit 1)`;
}

function contentFilters(params: ListContentParams): SQL | undefined {
  const table = contentTable(params.kind);
  const filters: SQL[] = [];
  if (params.q?.trim()) filters.push(foldedContains(sql`${table.title} || ' ' || ${table.slug}`, params.q));
  if (params.status) filters.push(eq(table.status, params.status));
  if (params.audience) filters.push(arrayContains(table.audiences, [params.audience]));
  return filters.length ? and(...filters) : undefined;
}

function sortExpression(params: ListContentParams): SQL {
  const table = contentTable(params.kind);
  const direction = params.order === "asc" ? sql`asc` : sql`desc`;
  switch (params.sort) {
    case "title":
      return sql`lower(immutable_unaccent(${table.title})) ${direction}`;
    // The enum's order is the workflow's: draft, scheduled, published, archived.
    case "status":
      return sql`${table.status} ${direction}`;
    case "publishedAt":
      // Never published rows go last either way.
      return sql`${table.publishedAt} ${direction} nulls last`;
    case "startsAt":
      if (params.kind === "evenement") return sql`${events.startsAt} ${direction}`;
      return sql`${table.updatedAt} ${direction}`;
    case "updatedAt":
      return sql`${table.updatedAt} ${direction}`;
  }
}

export async function listContent(db: DbOrTx, params: ListContentParams): Promise<PageResult<ContentListRow>> {
  const table = contentTable(params.kind);
  const where = contentFilters(params);
  const [totalRow] = await db.select({ n: count() }).from(table).where(where);
  const total = totalRow?.n ?? 0;
  const { page, perPage, offset } = pageWindow(total, params);
  const rows = await db
    .select({
      id: table.id,
      title: table.title,
      slug: table.slug,
      status: table.status,
      publishedAt: table.publishedAt,
      updatedAt: table.updatedAt,
      audiences: table.audiences,
      lastEditor: lastEditorOf(params.kind, table),
      detail: DETAIL_COLUMNS[params.kind],
    })
    .from(table)
    .where(where)
    .orderBy(sortExpression(params), params.order === "asc" ? asc(table.id) : desc(table.id))
    .limit(perPage)
    .offset(offset);
  return { rows: rows.map((row) => ({ ...row, detail: toDetail(params.kind, row.detail) })), total, page, perPage };
}

export type ContentStatusCounts = Record<ContentKind, Record<EditorialStatus, number> & { total: number }>;

/** How many records of each kind are in each state, zeros included. */
export async function countContentByStatus(db: DbOrTx): Promise<ContentStatusCounts> {
  const entries = await Promise.all(
    CONTENT_KINDS.map(async (kind) => {
      const table = contentTable(kind);
      const rows = await db.select({ status: table.status, n: count() }).from(table).groupBy(table.status);
      const counts = Object.fromEntries(EDITORIAL_STATUSES.map((status) => [status, 0])) as Record<EditorialStatus, number>;
      for (const row of rows) counts[row.status] = row.n;
      return [kind, { ...counts, total: rows.reduce((sum, row) => sum + row.n, 0) }] as const;
    }),
  );
  return Object.fromEntries(entries) as ContentStatusCounts;
}

export type ContentDigestRow = {
  kind: ContentKind;
  id: number;
  title: string;
  status: EditorialStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  lastEditor: string | null;
};

async function listAcrossKinds(
  db: DbOrTx,
  params: { status: EditorialStatus; limit: number; order: (table: ReturnType<typeof contentTable>) => SQL[] },
  compare: (a: ContentDigestRow, b: ContentDigestRow) => number,
): Promise<ContentDigestRow[]> {
  const limit = Math.max(1, Math.min(Math.trunc(params.limit) || 10, 100));
  // Each kind's first `limit` rows hold the first `limit` of all kinds together.
  const perKind = await Promise.all(
    CONTENT_KINDS.map(async (kind) => {
      const table = contentTable(kind);
      const rows = await db
        .select({
          id: table.id,
          title: table.title,
          status: table.status,
          publishedAt: table.publishedAt,
          updatedAt: table.updatedAt,
          lastEditor: lastEditorOf(kind, table),
        })
        .from(table)
        .where(eq(table.status, params.status))
        .orderBy(...params.order(table))
        .limit(limit);
      return rows.map((row) => ({ kind, ...row }));
    }),
  );
  return perKind.flat().sort(compare).slice(0, limit);
}

/** What goes public next, all kinds together, soonest first. */
export async function listScheduledContent(db: DbOrTx, params: { limit: number }): Promise<ContentDigestRow[]> {
  const time = (row: ContentDigestRow) => row.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return listAcrossKinds(
    db,
    { status: "scheduled", limit: params.limit, order: (table) => [sql`${table.publishedAt} asc nulls last`, asc(table.id)] },
    (a, b) => time(a) - time(b),
  );
}

/** Drafts most recently worked on, all kinds together. */
export async function listRecentDrafts(db: DbOrTx, params: { limit: number }): Promise<ContentDigestRow[]> {
  return listAcrossKinds(
    db,
    { status: "draft", limit: params.limit, order: (table) => [desc(table.updatedAt), desc(table.id)] },
    (a, b) => b.updatedAt.getTime() - a.updatedAt.getTime(),
  );
}

/** One stored version of a record, or null. */
export async function getContentRevision(db: DbOrTx, params: { kind: ContentKind; id: number; version: number }) {
  const [row] = await db
    .select()
    .from(contentRevisions)
    .where(
      and(
        eq(contentRevisions.kind, params.kind),
        eq(contentRevisions.contentId, params.id),
        eq(contentRevisions.version, params.version),
      ),
    )
    .limit(1);
  return row ?? null;
}
