import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import type { SearchKind } from "@/lib/search/types";
import { users } from "./auth";

/**
 * The personal space: what a registered visitor keeps. Items are referenced by search kind and
 * id (the same pair as the search index), with the title and link as they were when saved, so a
 * withdrawn training still shows in the list, marked as no longer available.
 */
export const savedItems = pgTable(
  "saved_items",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").$type<SearchKind>().notNull(),
    itemId: text("item_id").notNull(),
    title: text("title").notNull(),
    url: text("url").notNull(),
    note: text("note"),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.itemId] }), index("saved_items_user_idx").on(t.userId, t.savedAt)],
);

/** A search of one engine, as its shareable query string, with an optional daily alert. */
export const savedSearches = pgTable(
  "saved_searches",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Engine path: "formations", "metiers", ..., "recherche". */
    engine: text("engine").notNull(),
    /** Normalised query string without page, e.g. "q=soudeur&department=31". */
    query: text("query").notNull(),
    label: text("label").notNull(),
    alert: boolean("alert").notNull().default(false),
    /** Ids of the results already known, so an alert only reports new ones. */
    knownIds: jsonb("known_ids").$type<string[]>().notNull().default([]),
    lastCheckedAt: timestamp("last_checked_at", { withTimezone: true }),
    lastAlertAt: timestamp("last_alert_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("saved_searches_user_idx").on(t.userId), index("saved_searches_alert_idx").on(t.alert)],
);

/** Recently viewed detail pages, newest first, capped per user by the writer. */
export const recentViews = pgTable(
  "recent_views",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").$type<SearchKind>().notNull(),
    itemId: text("item_id").notNull(),
    title: text("title").notNull(),
    url: text("url").notNull(),
    viewedAt: timestamp("viewed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.itemId] }), index("recent_views_user_idx").on(t.userId, t.viewedAt)],
);

export type SavedItem = typeof savedItems.$inferSelect;
export type SavedSearch = typeof savedSearches.$inferSelect;
export type RecentView = typeof recentViews.$inferSelect;
