import "server-only";
import type { DbOrTx } from "@/db";
import { type ListAuditParams, listAuditEntries } from "@/db/queries/admin-audit";
import { assertCan } from "@/lib/auth/permissions";
import type { AdminActor } from "./actor";

/** The security journal, for administrators (audit:read). */
export async function listAuditLog(db: DbOrTx, actor: AdminActor | null, input: ListAuditParams) {
  assertCan(actor, "audit:read");
  return listAuditEntries(db, input);
}
