/**
 * Runs before `npm start` in the Playwright web server command: migrates and seeds like a real
 * start, then makes sure one verified account per role exists, with a known password.
 */
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { getEnv } from "@/lib/env";
import { databaseOptionsFromEnv } from "@/lib/runtime/database-config";
import { exitOnConfigError, setupDatabase } from "../../scripts/setup";
import { E2E_ACCOUNTS, E2E_PASSWORD } from "./accounts";

async function main() {
  await setupDatabase();
  const handle = openDatabase(databaseOptionsFromEnv(getEnv()));
  try {
    const passwordHash = await hashPassword(E2E_PASSWORD);
    for (const account of Object.values(E2E_ACCOUNTS)) {
      const values = { name: account.name, roles: account.roles, passwordHash, emailVerified: new Date(), status: "active" as const, mustChangePassword: false };
      const [existing] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, account.email));
      if (existing) await handle.db.update(users).set(values).where(eq(users.id, existing.id));
      else await handle.db.insert(users).values({ email: account.email, ...values });
    }
  } finally {
    await handle.close();
  }
}

main().catch(exitOnConfigError);
