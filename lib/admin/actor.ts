import type { Actor } from "@/lib/auth/permissions";

/** The administrator acting: the permission fields, plus the email recorded in the audit log. */
export type AdminActor = Actor & { email?: string | null };

/** Request facts the audit log records with an administrator's action. */
export type RequestMeta = { ip?: string | null };

export function auditActor(actor: AdminActor) {
  return { id: actor.id, label: actor.email ?? null };
}
