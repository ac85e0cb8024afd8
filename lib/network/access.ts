import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type NetworkMember, networkMembers } from "@/db/schema";
import { type Actor, can } from "@/lib/auth/permissions";
import type { NetworkViewer } from "./matrix";

/**
 * Who the signed-in user is in the alumni network: the column of the visibility matrix their
 * pages, API answers and PDF exports use. Only approved members get one (the network roles are
 * granted on approval and withdrawn on refusal), so an unapproved account is refused everywhere.
 */
export type NetworkAccess = { viewer: NetworkViewer; member: NetworkMember | null };

export async function getNetworkAccess(db: DbOrTx, user: Actor | null | undefined): Promise<NetworkAccess | null> {
  if (!user || !can(user, "network:use")) return null;
  const [member] = await db.select().from(networkMembers).where(eq(networkMembers.userId, user.id));
  const viewer = viewerOf(user, member ?? null);
  return viewer ? { viewer, member: member ?? null } : null;
}

/** The matrix column of a user: administrators by their scope, then alumni, then organisation members. */
export function viewerOf(user: Actor, member: NetworkMember | null): NetworkViewer | null {
  if (can(user, "network:read_all")) return member?.adminScope === "campus" ? "campus_admin" : "bricks_admin";
  if (member && member.status !== "approved") return null;
  if (user.roles.includes("alumni")) return "alumni";
  if (user.roles.includes("organisation_member")) return "organisation_member";
  return null;
}

/** Where a user stands with the network: a member, an applicant awaiting or refused, or neither. */
export type NetworkStanding = "member" | "pending" | "refused" | "none";

/**
 * For pages outside the area (the personal space, the network's presentation) that only say
 * where to go next: a member row without access is an application awaiting or refused.
 */
export async function getNetworkStanding(db: DbOrTx, user: Actor): Promise<NetworkStanding> {
  const access = await getNetworkAccess(db, user);
  if (access) return "member";
  const [member] = await db.select({ status: networkMembers.status }).from(networkMembers).where(eq(networkMembers.userId, user.id));
  return member?.status === "pending" || member?.status === "refused" ? member.status : "none";
}
