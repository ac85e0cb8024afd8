import "server-only";
import type { DbOrTx } from "@/db";
import { getOutboxEmail, type ListOutboxParams, listOutboxEmails, listOutboxTemplates } from "@/db/queries/admin-outbox";
import { assertCan } from "@/lib/auth/permissions";
import type { AdminActor } from "./actor";

/**
 * The outbox holds sign-in and verification links when no provider is configured: reading it is
 * an administrator's right (outbox:read), checked here whatever the caller did before.
 */

export async function listOutbox(db: DbOrTx, actor: AdminActor | null, input: ListOutboxParams) {
  assertCan(actor, "outbox:read");
  return listOutboxEmails(db, input);
}

export async function getOutboxMessage(db: DbOrTx, actor: AdminActor | null, input: { id: number }) {
  assertCan(actor, "outbox:read");
  return getOutboxEmail(db, input);
}

export async function listOutboxTemplateNames(db: DbOrTx, actor: AdminActor | null) {
  assertCan(actor, "outbox:read");
  return listOutboxTemplates(db);
}
