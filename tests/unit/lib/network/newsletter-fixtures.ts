import type { DbOrTx } from "@/db/client";
import { alumniProfiles, type NetworkMember, networkMembers, networkOrganisations } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/config";
import type { AccountStatus, Role } from "@/lib/auth/roles";
import { createTestUser } from "../../../helpers/users";

/**
 * Newsletter test data: members that each differ from the others by one segment criterion, plus
 * the members a newsletter must never reach (pending, refused, opted out, deactivated account,
 * administrators), and an account for each role that must be refused.
 */

type MemberOptions = {
  kind: NetworkMember["kind"];
  status?: NetworkMember["status"];
  locale?: NetworkMember["locale"];
  optOut?: boolean;
  organisationId?: number;
  roles: Role[];
  userStatus?: AccountStatus;
  profile?: { countryOfOrigin: string; countryOfActivity?: string; school?: string; year?: number };
  email: string;
};

async function member(db: DbOrTx, options: MemberOptions): Promise<SessionUser> {
  const user = await createTestUser(db, { email: options.email, roles: options.roles, status: options.userStatus ?? "active" });
  await db.insert(networkMembers).values({
    userId: user.id,
    kind: options.kind,
    status: options.status ?? "approved",
    locale: options.locale ?? "fr",
    newsletterOptOut: options.optOut ?? false,
    organisationId: options.organisationId ?? null,
    adminScope: options.kind === "network_admin" ? "bricks" : null,
  });
  if (options.profile) {
    await db.insert(alumniProfiles).values({
      userId: user.id,
      lastName: "Nom",
      firstName: "Prénom",
      company: "Société",
      countryOfOrigin: options.profile.countryOfOrigin,
      countryOfActivity: options.profile.countryOfActivity ?? null,
      school: options.profile.school ?? null,
      year: options.profile.year ?? null,
    });
  }
  return user;
}

export type NewsletterFixture = Awaited<ReturnType<typeof seedNewsletterMembers>>;

export async function seedNewsletterMembers(db: DbOrTx) {
  const [orgA, orgB] = await db.insert(networkOrganisations).values([{ name: "Organisme A" }, { name: "Organisme B" }]).returning();
  const alumni = ["alumni"] as Role[];
  const recipients = {
    /** Moroccan alumni working in France, ENAC 2020, reads in French. */
    a1: await member(db, { email: "a1@exemple.test", kind: "alumni", roles: alumni, profile: { countryOfOrigin: "MA", countryOfActivity: "FR", school: "ENAC", year: 2020 } }),
    /** Senegalese alumni working in Senegal, ISAE-SUPAERO 2021, reads in English. */
    a2: await member(db, {
      email: "a2@exemple.test",
      kind: "alumni",
      locale: "en",
      roles: alumni,
      profile: { countryOfOrigin: "SN", countryOfActivity: "SN", school: "ISAE-SUPAERO", year: 2021 },
    }),
    o1: await member(db, { email: "o1@exemple.test", kind: "organisation_member", locale: "en", organisationId: orgA!.id, roles: ["organisation_member"] }),
    o2: await member(db, { email: "o2@exemple.test", kind: "organisation_member", organisationId: orgB!.id, roles: ["organisation_member"] }),
  };
  const moroccan = { countryOfOrigin: "MA", countryOfActivity: "FR", school: "ENAC", year: 2020 };
  const excluded = {
    optedOut: await member(db, { email: "desinscrit@exemple.test", kind: "alumni", optOut: true, roles: alumni, profile: moroccan }),
    pending: await member(db, { email: "attente@exemple.test", kind: "alumni", status: "pending", roles: [], profile: moroccan }),
    refused: await member(db, { email: "refuse@exemple.test", kind: "alumni", status: "refused", roles: [], profile: moroccan }),
    deactivated: await member(db, { email: "desactive@exemple.test", kind: "alumni", roles: alumni, userStatus: "deactivated", profile: moroccan }),
    pendingOrg: await member(db, { email: "attente-of@exemple.test", kind: "organisation_member", status: "pending", organisationId: orgA!.id, roles: [] }),
  };
  const admins = {
    admin: await member(db, { email: "admin@exemple.test", kind: "network_admin", roles: ["network_admin"] }),
    editor: await member(db, { email: "editeur@exemple.test", kind: "network_admin", roles: ["network_editor"] }),
    reader: await member(db, { email: "lecteur@exemple.test", kind: "network_admin", roles: ["network_reader"] }),
  };
  const others = {
    visitor: await createTestUser(db, { email: "visiteur@exemple.test" }),
    /** An applicant still pending who kept a network role by mistake: refused all the same. */
    pendingWithRole: await member(db, { email: "attente-role@exemple.test", kind: "alumni", status: "pending", roles: alumni, profile: moroccan }),
  };
  return { orgA: orgA!, orgB: orgB!, recipients, excluded, admins, others };
}
