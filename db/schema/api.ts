import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./auth";

/**
 * Keys of partner applications for the public REST API (/api/v1). Anonymous clients are served
 * too; a key only lifts the per-minute limit and names the partner. The key itself is shown once,
 * at creation: only its SHA-256 is stored (a random 256-bit key needs no slow hash), with a short
 * prefix so administrators can tell keys apart.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: serial("id").primaryKey(),
    /** The partner application, e.g. "Parcours emploi personnalisé — Région". */
    name: text("name").notNull(),
    /** Who to contact about it (person, team, email). */
    contact: text("contact").notNull(),
    /** Hex SHA-256 of the whole key. */
    keyHash: text("key_hash").notNull(),
    /** The first characters of the key ("psg_AbCd1234"), safe to display. */
    prefix: text("prefix").notNull(),
    /** Requests per minute allowed with this key. */
    perMinute: integer("per_minute").notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("api_keys_hash_idx").on(t.keyHash), index("api_keys_created_idx").on(t.createdAt)],
);

export type ApiKey = typeof apiKeys.$inferSelect;
export type NewApiKey = typeof apiKeys.$inferInsert;
