import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "@/db";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/auth/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import type { profileSchema } from "@/lib/validations/auth";

export async function getProfile(db: DbOrTx, actor: Actor) {
  assertCan(actor, "account:use");
  const [row] = await db
    .select({ name: users.name, email: users.email, alertsEnabled: users.alertsEnabled, createdAt: users.createdAt, hasPassword: users.passwordHash })
    .from(users)
    .where(eq(users.id, actor.id));
  return row ? { ...row, hasPassword: row.hasPassword !== null } : null;
}

export async function updateProfile(db: DbOrTx, actor: Actor, input: z.output<typeof profileSchema>) {
  assertCan(actor, "account:use");
  await db.transaction(async (tx) => {
    await tx.update(users).set({ name: input.name, alertsEnabled: input.alertsEnabled, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await recordAudit(tx, { action: "account.profile_updated", actor: { id: actor.id }, target: { type: "user", id: actor.id } });
  });
}
