import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { alumniProfiles, networkMembers, networkOrganisations, users } from "@/db/schema";
import { recordAudit } from "@/lib/auth/audit";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import type { AlumniProfileValues } from "@/lib/validations/network-profile";

/**
 * Writing profiles. Members write only their own (the user id comes from the session, never from
 * the form); administrators holding "network:approve" write anyone's, with an audit entry.
 */

/** The alumni profile of `userId`, created if a role holder has none yet; the account's name follows it. */
export async function saveAlumniProfile(db: DbOrTx, userId: string, values: AlumniProfileValues, now = new Date()) {
  await db.transaction(async (tx) => {
    await tx
      .insert(alumniProfiles)
      .values({ userId, ...values, updatedAt: now })
      .onConflictDoUpdate({ target: alumniProfiles.userId, set: { ...values, updatedAt: now } });
    await tx.update(users).set({ name: `${values.firstName} ${values.lastName}`, updatedAt: now }).where(eq(users.id, userId));
  });
}

export async function saveMemberName(db: DbOrTx, userId: string, name: string, now = new Date()) {
  await db.update(users).set({ name, updatedAt: now }).where(eq(users.id, userId));
}

/** An administrator edits someone's alumni profile (only an alumni member's: no profile is created for anyone else). */
export async function adminSaveAlumniProfile(
  db: DbOrTx,
  actor: Actor & { email?: string | null },
  userId: string,
  values: AlumniProfileValues,
  now = new Date(),
): Promise<{ ok: boolean }> {
  assertCan(actor, "network:approve");
  return db.transaction(async (tx) => {
    const [member] = await tx.select({ kind: networkMembers.kind }).from(networkMembers).where(eq(networkMembers.userId, userId));
    if (member?.kind !== "alumni") return { ok: false };
    await saveAlumniProfile(tx, userId, values, now);
    await recordAudit(tx, {
      action: "network.profile_updated",
      actor: { id: actor.id, label: actor.email ?? null },
      target: { type: "user", id: userId },
      details: { changedFields: Object.keys(values).join(", ") },
    });
    return { ok: true };
  });
}

export type AdminMemberUpdate = {
  userId: string;
  name: string;
  organisationId: number | null;
  adminScope: "bricks" | "campus" | null;
};

/** The level of a network administrator follows the role granted in the back office. */
export function adminLevelOf(roles: readonly Role[]): "full" | "partial" | "read_only" | null {
  if (roles.includes("network_admin")) return "full";
  if (roles.includes("network_editor")) return "partial";
  if (roles.includes("network_reader")) return "read_only";
  return null;
}

export type AdminMemberResult = { ok: true } | { ok: false; reason: "not_found" | "unknown_organisation" };

/**
 * An administrator sets a member's name, an organisation member's organisation, and a network
 * administrator's scope (which of the two administrators they are: the matrix column they see).
 */
export async function adminUpdateMember(
  db: DbOrTx,
  actor: Actor & { email?: string | null },
  input: AdminMemberUpdate,
  now = new Date(),
): Promise<AdminMemberResult> {
  assertCan(actor, "network:approve");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ roles: users.roles, member: networkMembers })
      .from(users)
      .leftJoin(networkMembers, eq(networkMembers.userId, users.id))
      .where(eq(users.id, input.userId));
    if (!row) return { ok: false, reason: "not_found" } as const;
    const level = adminLevelOf(row.roles);
    if (!row.member && !level) return { ok: false, reason: "not_found" } as const;
    const changed: string[] = [];
    await tx.update(users).set({ name: input.name, updatedAt: now }).where(eq(users.id, input.userId));
    changed.push("name");
    if (row.member?.kind === "organisation_member" && input.organisationId !== null && input.organisationId !== row.member.organisationId) {
      const [organisation] = await tx.select({ id: networkOrganisations.id }).from(networkOrganisations).where(eq(networkOrganisations.id, input.organisationId));
      if (!organisation) return { ok: false, reason: "unknown_organisation" } as const;
      await tx.update(networkMembers).set({ organisationId: input.organisationId }).where(eq(networkMembers.userId, input.userId));
      changed.push("organisationId");
    }
    if (level) {
      // Administrators named in the back office get their network row here, approved by construction.
      const values = { adminScope: input.adminScope ?? "bricks", adminLevel: level };
      await tx
        .insert(networkMembers)
        .values({ userId: input.userId, kind: "network_admin", status: "approved", decidedAt: now, decidedById: actor.id, ...values })
        .onConflictDoUpdate({ target: networkMembers.userId, set: values });
      changed.push("adminScope");
    }
    await recordAudit(tx, {
      action: "network.profile_updated",
      actor: { id: actor.id, label: actor.email ?? null },
      target: { type: "user", id: input.userId },
      details: { changedFields: changed.join(", ") },
    });
    return { ok: true } as const;
  });
}

