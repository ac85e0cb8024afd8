import "server-only";
import type { DbOrTx } from "@/db";
import { type ListErasuresParams, listErasures } from "@/db/queries/admin-erasures";
import { assertCan } from "@/lib/auth/permissions";
import type { AdminActor } from "./actor";

/** The erasure log (GDPR art. 17 proof), for administrators (erasure:read). */
export async function listErasureLog(db: DbOrTx, actor: AdminActor | null, input: ListErasuresParams) {
  assertCan(actor, "erasure:read");
  return listErasures(db, input);
}
