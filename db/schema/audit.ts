import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Security-relevant events: sign-in, failed sign-in, role change, deactivation, deletion, ...
 * Actor and target are plain text (not foreign keys) so the log outlives deleted accounts; the
 * email is kept only for the actor, never for an erased target.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: text("actor_id"),
    actorLabel: text("actor_label"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    ip: text("ip"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_action_idx").on(t.action, t.at), index("audit_log_actor_idx").on(t.actorId)],
);

/**
 * Proof that an account was erased (GDPR art. 17), without the erased personal data: the
 * account id, when, at whose request, and how many records of each kind were removed.
 */
export const erasureLog = pgTable(
  "erasure_log",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    erasedAt: timestamp("erased_at", { withTimezone: true }).notNull().defaultNow(),
    userId: text("user_id").notNull(),
    requestedBy: text("requested_by", { enum: ["self", "admin", "retention"] }).notNull(),
    actorId: text("actor_id"),
    removed: jsonb("removed").$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [index("erasure_log_at_idx").on(t.erasedAt)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
export type ErasureEntry = typeof erasureLog.$inferSelect;
