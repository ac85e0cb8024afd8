import "server-only";
import { and, asc, count, desc, eq, isNotNull, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type AlumniProfile, alumniProfiles, networkMembers, users } from "@/db/schema";
import { foldedContains } from "./admin-shared";

/**
 * Highlighted talents of the alumni network: approved alumni whose network_members.featuredAt is
 * set. These functions return whole profiles; callers project them per viewer
 * (lib/network/talents.ts) before anything reaches a page.
 */

/** How many talents the home shows at most; featuring more is refused. */
export const MAX_FEATURED_TALENTS = 12;

export type TalentRow = { userId: string; featuredAt: Date | null; profile: AlumniProfile };

/** Only approved alumni with an active account can be shown or chosen. */
const eligible: SQL = and(
  eq(networkMembers.kind, "alumni"),
  eq(networkMembers.status, "approved"),
  eq(users.status, "active"),
) as SQL;

function selectTalents(db: DbOrTx) {
  return db
    .select({ userId: networkMembers.userId, featuredAt: networkMembers.featuredAt, profile: alumniProfiles })
    .from(networkMembers)
    .innerJoin(alumniProfiles, eq(alumniProfiles.userId, networkMembers.userId))
    .innerJoin(users, eq(users.id, networkMembers.userId));
}

/** The featured talents, most recently featured first. */
export async function listFeaturedTalents(db: DbOrTx, params: { limit?: number } = {}): Promise<TalentRow[]> {
  return selectTalents(db)
    .where(and(eligible, isNotNull(networkMembers.featuredAt)))
    .orderBy(desc(networkMembers.featuredAt), asc(alumniProfiles.lastName))
    .limit(params.limit ?? MAX_FEATURED_TALENTS);
}

export async function countFeaturedTalents(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(networkMembers)
    .innerJoin(users, eq(users.id, networkMembers.userId))
    .where(and(eligible, isNotNull(networkMembers.featuredAt)));
  return row?.n ?? 0;
}

/** Approved alumni whose name contains `query` (case- and accent-insensitive), for the admin page. */
export async function searchApprovedAlumni(db: DbOrTx, params: { query: string; limit?: number }): Promise<TalentRow[]> {
  const query = params.query.trim();
  const name = sql`${alumniProfiles.firstName} || ' ' || ${alumniProfiles.lastName} || ' ' || ${alumniProfiles.firstName}`;
  return selectTalents(db)
    .where(query ? and(eligible, foldedContains(name, query)) : eligible)
    .orderBy(asc(alumniProfiles.lastName), asc(alumniProfiles.firstName))
    .limit(params.limit ?? 30);
}

/** An approved alumni (or undefined), whatever their featured state. */
export async function getEligibleAlumni(db: DbOrTx, params: { userId: string }): Promise<TalentRow | undefined> {
  const [row] = await selectTalents(db).where(and(eligible, eq(networkMembers.userId, params.userId)));
  return row;
}

/** Sets or clears featuredAt of one alumni member; the caller checks eligibility and the limit. */
export async function setTalentFeatured(db: DbOrTx, params: { userId: string; featuredAt: Date | null }): Promise<void> {
  await db
    .update(networkMembers)
    .set({ featuredAt: params.featuredAt })
    .where(and(eq(networkMembers.userId, params.userId), eq(networkMembers.kind, "alumni")));
}
