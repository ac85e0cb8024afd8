import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { events, financingSchemes, formations, organisations, resources, supportStructures, trades } from "@/db/schema";
import { parseRomeCode } from "@/db/queries/trade-detail";
import { EDITORIAL_PATHS, type EditorialKind } from "@/lib/search/editorial-documents";
import type { SearchKind } from "@/lib/search/types";

/** An item of the portal as the search index names it: kind and id ("123", "M1805"). */
export type ItemRef = { kind: SearchKind; itemId: string };

/** What the personal space may show and link to: the title and page of an item that is public now. */
export type ResolvedItem = ItemRef & { title: string; url: string };

/** One key per item, for sets and maps (`formation:123`). */
export function itemKey(kind: SearchKind, itemId: string): string {
  return `${kind}:${itemId}`;
}

/** Serial ids as the pages accept them: canonical decimal, within a PostgreSQL integer. */
export function parseSerialId(value: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= 2_147_483_647 ? id : null;
}

const EDITORIAL_TABLES = {
  evenement: events,
  structure: supportStructures,
  financement: financingSchemes,
  ressource: resources,
} as const satisfies Record<EditorialKind, unknown>;

/**
 * Title and public URL of each item that a visitor can open today, read from the database, so a
 * saved item's link is always the portal's own page and never a title or address a client sent.
 * Items absent from the answer are unknown, withdrawn or unpublished. One query per kind asked.
 */
export async function resolveItems(db: DbOrTx, refs: readonly ItemRef[]): Promise<Map<string, ResolvedItem>> {
  const idsByKind = new Map<SearchKind, Set<string>>();
  for (const ref of refs) {
    if (!idsByKind.has(ref.kind)) idsByKind.set(ref.kind, new Set());
    idsByKind.get(ref.kind)!.add(ref.itemId);
  }
  const found = await Promise.all([...idsByKind].map(([kind, ids]) => resolveKind(db, kind, [...ids])));
  const out = new Map<string, ResolvedItem>();
  for (const item of found.flat()) out.set(itemKey(item.kind, item.itemId), item);
  return out;
}

/** One item, or null when it is not public. */
export async function resolveItem(db: DbOrTx, ref: ItemRef): Promise<ResolvedItem | null> {
  return (await resolveItems(db, [ref])).get(itemKey(ref.kind, ref.itemId)) ?? null;
}

async function resolveKind(db: DbOrTx, kind: SearchKind, ids: string[]): Promise<ResolvedItem[]> {
  switch (kind) {
    case "formation": {
      const serials = serialIds(ids);
      if (serials.length === 0) return [];
      const rows = await db
        .select({ id: formations.id, title: formations.title })
        .from(formations)
        .where(and(inArray(formations.id, serials), eq(formations.status, "active")));
      return rows.map((row) => ({ kind, itemId: String(row.id), title: row.title, url: `/formations/${row.id}` }));
    }
    case "metier": {
      // Only parent fiches have a page of their own (sub-codes redirect to it), as in the index.
      const codes = ids.filter((id) => parseRomeCode(id) === id);
      if (codes.length === 0) return [];
      const rows = await db
        .select({ code: trades.code, label: trades.label })
        .from(trades)
        .where(and(inArray(trades.code, codes), eq(trades.code, trades.parentCode)));
      return rows.map((row) => ({ kind, itemId: row.code, title: row.label, url: `/metiers/${row.code}` }));
    }
    case "organisme": {
      const serials = serialIds(ids);
      if (serials.length === 0) return [];
      // An organisation's page stays online (with a notice) after every feed dropped it.
      const rows = await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, serials));
      return rows.map((row) => ({ kind, itemId: String(row.id), title: row.name, url: `/organismes/${row.id}` }));
    }
    case "evenement":
    case "structure":
    case "financement":
    case "ressource": {
      const serials = serialIds(ids);
      if (serials.length === 0) return [];
      const table = EDITORIAL_TABLES[kind];
      const rows = await db
        .select({ id: table.id, title: table.title, slug: table.slug })
        .from(table)
        .where(and(inArray(table.id, serials), eq(table.status, "published")));
      return rows.map((row) => ({
        kind,
        itemId: String(row.id),
        title: row.title,
        url: `${EDITORIAL_PATHS[kind]}/${row.slug}`,
      }));
    }
  }
}

function serialIds(ids: string[]): number[] {
  return ids.map(parseSerialId).filter((id): id is number => id !== null);
}
