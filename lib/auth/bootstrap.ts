import "server-only";
import { randomBytes } from "node:crypto";
import { arrayContains, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { users } from "@/db/schema";
import { hashPassword } from "./password";
import type { Role } from "./roles";

export const DEFAULT_ADMIN_EMAIL = "admin@passerelle.localhost";

export type BootstrapResult =
  | { status: "exists" }
  | { status: "created" | "promoted"; email: string; generatedPassword: string | null };

/**
 * Makes sure the installation has an administrator. With ADMIN_EMAIL (and ADMIN_PASSWORD) that
 * account is created or given the admin role; otherwise, when no administrator exists yet, one
 * is created with a random password, printed once at start and to be changed at first sign-in.
 */
export async function ensureAdministrator(
  db: DbOrTx,
  options: { email?: string; password?: string },
): Promise<BootstrapResult> {
  if (options.email) {
    const email = options.email.trim().toLowerCase();
    const [existing] = await db.select().from(users).where(eq(users.email, email)).limit(1);
    if (existing) {
      const needsRole = !existing.roles.includes("admin");
      const update: Partial<typeof users.$inferInsert> = {};
      if (needsRole) update.roles = [...existing.roles, "admin"] as Role[];
      if (options.password && !existing.passwordHash) update.passwordHash = await hashPassword(options.password);
      if (!existing.emailVerified) update.emailVerified = new Date();
      if (Object.keys(update).length === 0) return { status: "exists" };
      await db.update(users).set({ ...update, updatedAt: new Date() }).where(eq(users.id, existing.id));
      return needsRole ? { status: "promoted", email, generatedPassword: null } : { status: "exists" };
    }
    const generated = options.password ? null : randomBytes(12).toString("base64url");
    await db.insert(users).values({
      email,
      name: "Administrateur",
      passwordHash: await hashPassword(options.password ?? generated!),
      roles: ["admin"],
      emailVerified: new Date(),
      mustChangePassword: generated !== null,
    });
    return { status: "created", email, generatedPassword: generated };
  }
  const admins = await db.select({ id: users.id }).from(users).where(arrayContains(users.roles, ["admin"])).limit(1);
  if (admins.length > 0) return { status: "exists" };
  const generated = randomBytes(12).toString("base64url");
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEFAULT_ADMIN_EMAIL)).limit(1);
  if (taken) return { status: "exists" };
  await db.insert(users).values({
    email: DEFAULT_ADMIN_EMAIL,
    name: "Administrateur",
    passwordHash: await hashPassword(generated),
    roles: ["admin"],
    emailVerified: new Date(),
    mustChangePassword: true,
  });
  return { status: "created", email: DEFAULT_ADMIN_EMAIL, generatedPassword: generated };
}
