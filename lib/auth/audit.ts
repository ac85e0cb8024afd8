import "server-only";
import type { DbOrTx } from "@/db";
import { auditLog } from "@/db/schema";

/** Audit actions; the back office filters on them and shows their French labels. */
export const AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_blocked",
  "auth.sign_out",
  "account.registered",
  "account.email_verified",
  "account.password_reset_requested",
  "account.password_reset",
  "account.password_changed",
  "account.profile_updated",
  "account.data_exported",
  "account.deleted",
  "admin.roles_changed",
  "admin.account_deactivated",
  "admin.account_reactivated",
  "admin.account_deleted",
  "admin.password_reset_forced",
  "admin.api_key_created",
  "admin.api_key_revoked",
  "content.created",
  "content.updated",
  "content.published",
  "content.scheduled",
  "content.unpublished",
  "content.archived",
  "content.restored",
  "media.uploaded",
  "contact.sent",
  "network.member_applied",
  "network.member_approved",
  "network.member_refused",
  "network.profile_updated",
  "network.talent_featured",
  "network.talent_unfeatured",
  "network.newsletter_sent",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEvent = {
  action: AuditAction;
  actor?: { id: string; label?: string | null } | null;
  target?: { type: string; id: string } | null;
  ip?: string | null;
  details?: Record<string, unknown>;
};

export async function recordAudit(db: DbOrTx, event: AuditEvent) {
  await db.insert(auditLog).values({
    action: event.action,
    actorId: event.actor?.id ?? null,
    actorLabel: event.actor?.label ?? null,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    ip: event.ip ?? null,
    details: event.details ?? {},
  });
}
