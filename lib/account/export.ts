import "server-only";
import { desc, eq, or } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { auditLog, consents, outboxEmails, recentViews, savedItems, savedSearches, users } from "@/db/schema";
import { effectiveRoles } from "@/lib/auth/permissions";

/**
 * Everything the portal holds about one account (GDPR art. 15 and 20), as JSON: profile,
 * consents, saved items and searches, history, security events and emails sent to it.
 * Password hashes and one-time tokens are never exported.
 */
export async function exportAccountData(db: DbOrTx, userId: string) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return null;
  const [consentRows, items, searches, views, events, emails] = await Promise.all([
    db.select().from(consents).where(eq(consents.userId, userId)).orderBy(consents.acceptedAt),
    db.select().from(savedItems).where(eq(savedItems.userId, userId)).orderBy(desc(savedItems.savedAt)),
    db.select().from(savedSearches).where(eq(savedSearches.userId, userId)).orderBy(desc(savedSearches.createdAt)),
    db.select().from(recentViews).where(eq(recentViews.userId, userId)).orderBy(desc(recentViews.viewedAt)),
    db
      .select()
      .from(auditLog)
      .where(or(eq(auditLog.actorId, userId), eq(auditLog.targetId, userId)))
      .orderBy(desc(auditLog.at))
      .limit(1000),
    db
      .select({ subject: outboxEmails.subject, template: outboxEmails.template, createdAt: outboxEmails.createdAt, status: outboxEmails.status })
      .from(outboxEmails)
      .where(eq(outboxEmails.to, user.email))
      .orderBy(desc(outboxEmails.createdAt)),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    account: {
      id: user.id,
      email: user.email,
      name: user.name,
      emailVerifiedAt: user.emailVerified?.toISOString() ?? null,
      roles: effectiveRoles(user),
      status: user.status,
      alertsEnabled: user.alertsEnabled,
      createdAt: user.createdAt.toISOString(),
      lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
      hasPassword: user.passwordHash !== null,
    },
    consents: consentRows.map((c) => ({ document: c.document, version: c.version, acceptedAt: c.acceptedAt.toISOString() })),
    savedItems: items.map((i) => ({ kind: i.kind, id: i.itemId, title: i.title, url: i.url, note: i.note, savedAt: i.savedAt.toISOString() })),
    savedSearches: searches.map((s) => ({
      engine: s.engine,
      query: s.query,
      label: s.label,
      alert: s.alert,
      createdAt: s.createdAt.toISOString(),
      lastAlertAt: s.lastAlertAt?.toISOString() ?? null,
    })),
    recentViews: views.map((v) => ({ kind: v.kind, id: v.itemId, title: v.title, url: v.url, viewedAt: v.viewedAt.toISOString() })),
    securityEvents: events.map((e) => ({ at: e.at.toISOString(), action: e.action, ip: e.ip, details: e.details })),
    emails: emails.map((m) => ({ subject: m.subject, template: m.template, status: m.status, createdAt: m.createdAt.toISOString() })),
  };
}

export type AccountExport = NonNullable<Awaited<ReturnType<typeof exportAccountData>>>;
