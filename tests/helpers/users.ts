import type { DbOrTx } from "@/db/client";
import { users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/config";
import { hashPassword } from "@/lib/auth/password";
import type { AccountStatus, Role } from "@/lib/auth/roles";

export const TEST_PASSWORD = "Passerelle-test-2026";

let counter = 0;

/** Inserts a verified account; returns it in the shape pages and actions receive (SessionUser). */
export async function createTestUser(
  db: DbOrTx,
  options: { email?: string; name?: string; roles?: Role[]; status?: AccountStatus; password?: string | null; verified?: boolean } = {},
): Promise<SessionUser> {
  counter += 1;
  const email = options.email ?? `utilisateur${counter}-${Date.now()}@exemple.test`;
  const [row] = await db
    .insert(users)
    .values({
      email,
      name: options.name ?? `Utilisateur ${counter}`,
      roles: options.roles ?? [],
      status: options.status ?? "active",
      passwordHash: options.password === null ? null : await hashPassword(options.password ?? TEST_PASSWORD),
      emailVerified: options.verified === false ? null : new Date(),
    })
    .returning();
  return {
    id: row!.id,
    email: row!.email,
    name: row!.name,
    roles: row!.roles,
    status: row!.status,
    mustChangePassword: row!.mustChangePassword,
  };
}
