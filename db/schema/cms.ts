import { index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
// Relative, not "@/": drizzle-kit loads the schema outside the app's path aliases.
import { users } from "./auth";
import { editorialColumns } from "./editorial";

/**
 * Back-office content that only editors write: news, information pages, uploaded images, and
 * the revision history of every editorial record (news, pages, events, structures, financing
 * schemes, resources).
 */

/** An uploaded image; the file itself lives in the configured store (local disk or S3). */
export const media = pgTable(
  "media",
  {
    /** Random, so file addresses cannot be enumerated. */
    id: text("id").primaryKey(),
    /** Key in the store ("2026/11/<id>.webp"). */
    storageKey: text("storage_key").notNull().unique(),
    /** Detected from the bytes, never taken from the browser. */
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    width: integer("width"),
    height: integer("height"),
    originalName: text("original_name").notNull(),
    /** Suggested alternative text; each use may say otherwise. */
    alt: text("alt"),
    uploadedById: text("uploaded_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("media_created_idx").on(t.createdAt)],
);

/** Actualités: news articles with a rich body and an optional image. */
export const news = pgTable(
  "news",
  {
    ...editorialColumns(),
    /** lib/editorial/vocabulary NEWS_THEMES values. */
    themes: text("themes").array().notNull().default([]),
    imageId: text("image_id").references(() => media.id, { onDelete: "set null" }),
    /** Alternative text of the image in this article; empty string means decorative. */
    imageAlt: text("image_alt"),
  },
  (t) => [index("news_status_published_idx").on(t.status, t.publishedAt)],
);

/** Infos+: rich information pages, tagged by audience, optionally listed in the /infos menu. */
export const infoPages = pgTable(
  "info_pages",
  {
    ...editorialColumns(),
    /** Order in the /infos menu, smallest first; null keeps the page out of the menu. */
    menuPosition: integer("menu_position"),
  },
  (t) => [index("info_pages_status_idx").on(t.status, t.menuPosition)],
);

/**
 * One row per saved version of an editorial record: the whole record as it stood after the save
 * (so any version can be shown and restored), who saved it, and which fields changed.
 */
export const contentRevisions = pgTable(
  "content_revisions",
  {
    id: serial("id").primaryKey(),
    /** lib/cms/kinds CONTENT_KINDS value. */
    kind: text("kind").notNull(),
    contentId: integer("content_id").notNull(),
    /** 1 for the creation, then +1 per save. */
    version: integer("version").notNull(),
    /** created, updated, published, scheduled, unpublished, archived, restored. */
    operation: text("operation").notNull(),
    status: text("status").notNull(),
    title: text("title").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    changedFields: text("changed_fields").array().notNull().default([]),
    /** Plain text, not a foreign key: the history outlives deleted accounts (like the audit log). */
    actorId: text("actor_id"),
    actorLabel: text("actor_label"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("content_revisions_version_idx").on(t.kind, t.contentId, t.version)],
);

/**
 * Hits counted by the fixed-window rate limits of public forms (contact, ...): one row per hit,
 * purged once older than the longest window.
 */
export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    id: serial("id").primaryKey(),
    /** What is limited ("contact"). */
    bucket: text("bucket").notNull(),
    /** Who is limited: a hashed network address, an email... */
    key: text("key").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("rate_limit_hits_key_idx").on(t.bucket, t.key, t.at)],
);

/** Proof-of-work captcha solutions already accepted: each challenge is good for one message only. */
export const captchaSolutions = pgTable(
  "captcha_solutions",
  {
    /** The challenge's signature (unique per challenge issued). */
    signature: text("signature").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.signature] })],
);

export type Media = typeof media.$inferSelect;
export type News = typeof news.$inferSelect;
export type NewNews = typeof news.$inferInsert;
export type InfoPage = typeof infoPages.$inferSelect;
export type NewInfoPage = typeof infoPages.$inferInsert;
export type ContentRevision = typeof contentRevisions.$inferSelect;
