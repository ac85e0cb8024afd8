/**
 * Runs before `npm start` in the Playwright web server command: migrates and seeds like a real
 * start, then makes sure one verified account per role exists, with a known password.
 */
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { alumniProfiles, networkMembers, networkOrganisations, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { getEnv } from "@/lib/env";
import { databaseOptionsFromEnv } from "@/lib/runtime/database-config";
import { exitOnConfigError, setupDatabase } from "../../scripts/setup";
import { E2E_ACCOUNTS, E2E_PASSWORD } from "./accounts";

type Db = ReturnType<typeof openDatabase>["db"];

/** The network accounts are approved members (alumni with a profile, organisation member with an organisation). */
async function prepareNetworkMembers(db: Db, idOf: (email: string) => Promise<string>) {
  await db.insert(networkOrganisations).values({ name: "Organisme de formation e2e (démonstration)", city: "Toulouse" }).onConflictDoNothing();
  const [organisation] = await db
    .select({ id: networkOrganisations.id })
    .from(networkOrganisations)
    .where(eq(networkOrganisations.name, "Organisme de formation e2e (démonstration)"));
  const approved = { status: "approved" as const, decidedAt: new Date(), locale: "fr" as const };
  const members = [
    { userId: await idOf(E2E_ACCOUNTS.alumni.email), kind: "alumni" as const, ...approved },
    { userId: await idOf(E2E_ACCOUNTS.organisationMember.email), kind: "organisation_member" as const, organisationId: organisation!.id, ...approved },
    { userId: await idOf(E2E_ACCOUNTS.networkAdmin.email), kind: "network_admin" as const, adminScope: "bricks" as const, adminLevel: "full" as const, ...approved },
  ];
  for (const member of members) {
    await db.insert(networkMembers).values(member).onConflictDoUpdate({ target: networkMembers.userId, set: member });
  }
  const profile = {
    userId: members[0]!.userId,
    lastName: "Alumni",
    firstName: "Ali",
    countryOfOrigin: "MA",
    countryOfActivity: "FR",
    company: "Entreprise e2e (démonstration)",
    position: "Technicien de maintenance",
    school: "Organisme de formation e2e (démonstration)",
    year: 2020,
    internshipCompany: "Stage e2e (démonstration)",
    contactEmail: E2E_ACCOUNTS.alumni.email,
  };
  await db.insert(alumniProfiles).values(profile).onConflictDoUpdate({ target: alumniProfiles.userId, set: profile });
}

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
    await prepareNetworkMembers(handle.db, async (email) => {
      const [row] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email));
      return row!.id;
    });
  } finally {
    await handle.close();
  }
}

main().catch(exitOnConfigError);
