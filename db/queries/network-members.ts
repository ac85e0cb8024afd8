import "server-only";
import { and, arrayOverlaps, asc, count, desc, eq, isNotNull, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  type AlumniProfile,
  alumniProfiles,
  type NetworkMember,
  networkMembers,
  networkOrganisations,
  users,
} from "@/db/schema";
import type { Role } from "@/lib/auth/roles";
import { foldedContains, type PageParams, type PageResult, pageWindow } from "./admin-shared";

// Members of the alumni network. Pages check the viewer's permission (lib/network/guards.ts)
// before calling these: the lists here are for the network's administrators only.

export const NETWORK_ADMIN_ROLES = ["network_admin", "network_editor", "network_reader"] as const satisfies readonly Role[];

export async function listActiveOrganisations(db: DbOrTx): Promise<{ id: number; name: string; city: string | null }[]> {
  return db
    .select({ id: networkOrganisations.id, name: networkOrganisations.name, city: networkOrganisations.city })
    .from(networkOrganisations)
    .where(eq(networkOrganisations.active, true))
    .orderBy(asc(networkOrganisations.name));
}

export type MemberRow = {
  userId: string;
  email: string;
  emailVerified: Date | null;
  roles: Role[];
  name: string;
  kind: NetworkMember["kind"] | null;
  status: NetworkMember["status"] | null;
  countryOfOrigin: string | null;
  organisationName: string | null;
  adminScope: NetworkMember["adminScope"];
  createdAt: Date;
  decidedAt: Date | null;
};

const displayName = sql<string>`coalesce(nullif(trim(${alumniProfiles.firstName} || ' ' || ${alumniProfiles.lastName}), ''), ${users.name}, ${users.email})`;

const memberColumns = {
  userId: users.id,
  email: users.email,
  emailVerified: users.emailVerified,
  roles: users.roles,
  name: displayName,
  kind: networkMembers.kind,
  status: networkMembers.status,
  countryOfOrigin: alumniProfiles.countryOfOrigin,
  organisationName: networkOrganisations.name,
  adminScope: networkMembers.adminScope,
  createdAt: sql<Date>`coalesce(${networkMembers.createdAt}, ${users.createdAt})`.mapWith(networkMembers.createdAt),
  decidedAt: networkMembers.decidedAt,
};

/** Pending requests, oldest first: the administrators' queue. */
export async function listMembershipRequests(db: DbOrTx): Promise<MemberRow[]> {
  return db
    .select(memberColumns)
    .from(networkMembers)
    .innerJoin(users, eq(users.id, networkMembers.userId))
    .leftJoin(alumniProfiles, eq(alumniProfiles.userId, networkMembers.userId))
    .leftJoin(networkOrganisations, eq(networkOrganisations.id, networkMembers.organisationId))
    .where(eq(networkMembers.status, "pending"))
    .orderBy(asc(networkMembers.createdAt));
}

export type ListMembersParams = PageParams & {
  status?: NetworkMember["status"];
  kind?: NetworkMember["kind"];
  /** Part of the name or e-mail, accents and case ignored. */
  q?: string;
};

/**
 * Everyone in the network: applicants and members (network_members rows) and the holders of a
 * network administration role, who may have no row yet.
 */
export async function listNetworkMembers(db: DbOrTx, params: ListMembersParams): Promise<PageResult<MemberRow>> {
  const filters: (SQL | undefined)[] = [
    or(isNotNull(networkMembers.userId), arrayOverlaps(users.roles, [...NETWORK_ADMIN_ROLES])),
  ];
  if (params.status) filters.push(eq(networkMembers.status, params.status));
  if (params.kind === "network_admin") filters.push(arrayOverlaps(users.roles, [...NETWORK_ADMIN_ROLES]));
  else if (params.kind) filters.push(eq(networkMembers.kind, params.kind));
  if (params.q?.trim()) filters.push(foldedContains(sql`${displayName} || ' ' || ${users.email}`, params.q));
  const where = and(...filters);
  const base = () =>
    db
      .select({ n: count() })
      .from(users)
      .leftJoin(networkMembers, eq(networkMembers.userId, users.id))
      .leftJoin(alumniProfiles, eq(alumniProfiles.userId, users.id))
      .where(where);
  const [totalRow] = await base();
  const total = totalRow?.n ?? 0;
  const { page, perPage, offset } = pageWindow(total, params);
  const rows = await db
    .select(memberColumns)
    .from(users)
    .leftJoin(networkMembers, eq(networkMembers.userId, users.id))
    .leftJoin(alumniProfiles, eq(alumniProfiles.userId, users.id))
    .leftJoin(networkOrganisations, eq(networkOrganisations.id, networkMembers.organisationId))
    .where(where)
    .orderBy(desc(sql`coalesce(${networkMembers.createdAt}, ${users.createdAt})`), asc(users.id))
    .limit(perPage)
    .offset(offset);
  return { rows, total, page, perPage };
}

export type MemberDetail = {
  user: { id: string; email: string; name: string | null; roles: Role[]; emailVerified: Date | null; createdAt: Date };
  member: NetworkMember | null;
  profile: AlumniProfile | null;
  organisation: { id: number; name: string } | null;
  decidedBy: { id: string; email: string; name: string | null } | null;
};

/** One account as the network sees it; null when it is neither a member, an applicant nor a network administrator. */
export async function getMemberDetail(db: DbOrTx, userId: string): Promise<MemberDetail | null> {
  const [row] = await db
    .select({
      user: {
        id: users.id,
        email: users.email,
        name: users.name,
        roles: users.roles,
        emailVerified: users.emailVerified,
        createdAt: users.createdAt,
      },
      member: networkMembers,
      profile: alumniProfiles,
      organisation: { id: networkOrganisations.id, name: networkOrganisations.name },
    })
    .from(users)
    .leftJoin(networkMembers, eq(networkMembers.userId, users.id))
    .leftJoin(alumniProfiles, eq(alumniProfiles.userId, users.id))
    .leftJoin(networkOrganisations, eq(networkOrganisations.id, networkMembers.organisationId))
    .where(eq(users.id, userId));
  if (!row) return null;
  const isAdmin = row.user.roles.some((role) => (NETWORK_ADMIN_ROLES as readonly string[]).includes(role));
  if (!row.member && !isAdmin && !row.user.roles.includes("alumni") && !row.user.roles.includes("organisation_member")) return null;
  let decidedBy: MemberDetail["decidedBy"] = null;
  if (row.member?.decidedById) {
    const [by] = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, row.member.decidedById));
    decidedBy = by ?? null;
  }
  return {
    user: row.user,
    member: row.member,
    profile: row.profile,
    organisation: row.organisation?.id ? row.organisation : null,
    decidedBy,
  };
}
