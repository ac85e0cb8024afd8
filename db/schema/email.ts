import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Every outgoing email. Without RESEND_API_KEY this is the delivery (status "stored", read by
 * administrators in the back office); with it, the row records what Resend accepted or refused.
 */
export const outboxEmails = pgTable(
  "outbox_emails",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    /** Reply-To address, when replies must not go to the sender (contact messages: the visitor). */
    replyTo: text("reply_to"),
    /** Extra headers (List-Unsubscribe, ...), already checked against lib/email/headers.ts. */
    headers: jsonb("headers").$type<Record<string, string>>(),
    /** Template name: "verify-email", "reset-password", "sign-in-link", "search-alert", ... */
    template: text("template").notNull(),
    status: text("status", { enum: ["stored", "sent", "failed"] }).notNull(),
    providerId: text("provider_id"),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("outbox_emails_created_idx").on(t.createdAt), index("outbox_emails_to_idx").on(t.to)],
);

export type OutboxEmail = typeof outboxEmails.$inferSelect;
