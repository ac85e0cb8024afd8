import "server-only";
import { and, asc, count, desc, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  alumniProfiles,
  type Newsletter,
  newsletterDeliveries,
  type NewsletterSegment,
  newsletters,
  networkMembers,
  networkOrganisations,
  users,
} from "@/db/schema";

// Callers check the network permission ("network:read_all" to read, "network:publish" to write).

export type NewsletterListRow = Pick<Newsletter, "id" | "subjectFr" | "status" | "segment" | "createdAt" | "updatedAt" | "sentAt" | "recipientCount">;

export async function listNewsletters(db: DbOrTx): Promise<NewsletterListRow[]> {
  return db
    .select({
      id: newsletters.id,
      subjectFr: newsletters.subjectFr,
      status: newsletters.status,
      segment: newsletters.segment,
      createdAt: newsletters.createdAt,
      updatedAt: newsletters.updatedAt,
      sentAt: newsletters.sentAt,
      recipientCount: newsletters.recipientCount,
    })
    .from(newsletters)
    // Drafts first (still to work on), then the newest sendings.
    .orderBy(desc(sql`${newsletters.status} = 'draft'`), desc(sql`coalesce(${newsletters.sentAt}, ${newsletters.updatedAt})`), desc(newsletters.id));
}

export async function getNewsletter(db: DbOrTx, id: number): Promise<Newsletter | null> {
  const [row] = await db.select().from(newsletters).where(eq(newsletters.id, id));
  return row ?? null;
}

export type NewsletterContent = Pick<Newsletter, "subjectFr" | "subjectEn" | "bodyFr" | "bodyEn" | "segment">;

export async function createNewsletter(db: DbOrTx, params: { content: NewsletterContent; createdBy: string }) {
  const [row] = await db
    .insert(newsletters)
    .values({ ...params.content, createdBy: params.createdBy })
    .returning({ id: newsletters.id });
  return row!.id;
}

/** Only a draft can change: returns false when the newsletter is gone or already sent. */
export async function updateNewsletterDraft(db: DbOrTx, params: { id: number; content: NewsletterContent }): Promise<boolean> {
  const rows = await db
    .update(newsletters)
    .set({ ...params.content, updatedAt: new Date() })
    .where(and(eq(newsletters.id, params.id), eq(newsletters.status, "draft")))
    .returning({ id: newsletters.id });
  return rows.length > 0;
}

const lowered = (values: readonly string[]) => [...new Set(values.map((v) => v.trim().toLowerCase()).filter(Boolean))];

/**
 * Who a segment reaches: approved members of the chosen kinds, with an active account, who did
 * not opt out. Profile criteria (countries, schools, years) narrow the alumni; organisations
 * narrow the organisation members; each list that is empty does not filter.
 */
function segmentCondition(segment: NewsletterSegment): SQL {
  const byKind: SQL[] = [];
  if (segment.kinds.includes("alumni")) {
    const alumni: SQL[] = [eq(networkMembers.kind, "alumni")];
    if (segment.countriesOfOrigin?.length) alumni.push(inArray(alumniProfiles.countryOfOrigin, segment.countriesOfOrigin));
    if (segment.countriesOfActivity?.length) alumni.push(inArray(alumniProfiles.countryOfActivity, segment.countriesOfActivity));
    // Schools are typed freely in profiles: matched without case or surrounding spaces.
    if (segment.schools?.length) alumni.push(inArray(sql`lower(trim(${alumniProfiles.school}))`, lowered(segment.schools)));
    if (segment.years?.length) alumni.push(inArray(alumniProfiles.year, segment.years));
    byKind.push(and(...alumni)!);
  }
  if (segment.kinds.includes("organisation_member")) {
    const members: SQL[] = [eq(networkMembers.kind, "organisation_member")];
    if (segment.organisationIds?.length) members.push(inArray(networkMembers.organisationId, segment.organisationIds));
    byKind.push(and(...members)!);
  }
  if (byKind.length === 0) return sql`false`;
  return and(
    eq(networkMembers.status, "approved"),
    eq(networkMembers.newsletterOptOut, false),
    eq(users.status, "active"),
    byKind.length === 1 ? byKind[0]! : sql`(${sql.join(byKind, sql` or `)})`,
  )!;
}

export type NewsletterRecipient = { userId: string; email: string; locale: "fr" | "en" };

export async function listSegmentRecipients(db: DbOrTx, segment: NewsletterSegment): Promise<NewsletterRecipient[]> {
  return db
    .select({ userId: networkMembers.userId, email: users.email, locale: networkMembers.locale })
    .from(networkMembers)
    .innerJoin(users, eq(users.id, networkMembers.userId))
    .leftJoin(alumniProfiles, eq(alumniProfiles.userId, networkMembers.userId))
    .where(segmentCondition(segment))
    .orderBy(asc(networkMembers.userId));
}

export async function countSegmentRecipients(db: DbOrTx, segment: NewsletterSegment): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(networkMembers)
    .innerJoin(users, eq(users.id, networkMembers.userId))
    .leftJoin(alumniProfiles, eq(alumniProfiles.userId, networkMembers.userId))
    .where(segmentCondition(segment));
  return row?.n ?? 0;
}

export async function countNewsletterDeliveries(db: DbOrTx, newsletterId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(newsletterDeliveries).where(eq(newsletterDeliveries.newsletterId, newsletterId));
  return row?.n ?? 0;
}

export type SegmentOptions = {
  countriesOfOrigin: string[];
  countriesOfActivity: string[];
  schools: string[];
  years: number[];
  organisations: { id: number; name: string }[];
};

/**
 * The values the segment builder offers: those found among approved alumni (a country nobody
 * comes from would select no one), and every member organisation.
 */
export async function getSegmentOptions(db: DbOrTx): Promise<SegmentOptions> {
  const approvedAlumni = and(eq(networkMembers.status, "approved"), eq(networkMembers.kind, "alumni"));
  const distinct = async <T>(column: SQL<T>) => {
    const rows = await db
      .selectDistinct({ value: column })
      .from(alumniProfiles)
      .innerJoin(networkMembers, eq(networkMembers.userId, alumniProfiles.userId))
      .where(and(approvedAlumni, isNotNull(column)))
      .orderBy(asc(column));
    return rows.map((row) => row.value).filter((value): value is NonNullable<T> => value !== null && value !== "");
  };
  const [countriesOfOrigin, countriesOfActivity, schools, years, organisations] = await Promise.all([
    distinct(sql<string>`${alumniProfiles.countryOfOrigin}`),
    distinct(sql<string | null>`${alumniProfiles.countryOfActivity}`),
    distinct(sql<string | null>`nullif(trim(${alumniProfiles.school}), '')`),
    distinct(sql<number | null>`${alumniProfiles.year}`),
    db
      .select({ id: networkOrganisations.id, name: networkOrganisations.name })
      .from(networkOrganisations)
      .orderBy(asc(networkOrganisations.name)),
  ]);
  return { countriesOfOrigin, countriesOfActivity, schools: dedupeCaseInsensitive(schools), years: years.map(Number), organisations };
}

function dedupeCaseInsensitive(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (!seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
  return [...seen.values()];
}
