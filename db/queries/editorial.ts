import "server-only";
import { and, asc, eq, gte, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  type EditorialCodeDict,
  editorialCodes,
  type Event,
  events,
  type FinancingScheme,
  financingSchemes,
  organisations,
  type Resource,
  resources,
  type SupportStructure,
  supportStructures,
} from "@/db/schema";
import { isValidSlug } from "@/lib/editorial/vocabulary";

/**
 * Public reads of the editorial tables: only "published" rows exist for visitors, and a slug that
 * cannot be one is refused before reaching SQL.
 */

export type EventDetail = Event & {
  /** The catalogue organisation behind the event, with its page only while it is active. */
  organisation: { id: number; name: string; active: boolean } | null;
};

export async function getPublishedEvent(db: DbOrTx, params: { slug: string }): Promise<EventDetail | null> {
  if (!isValidSlug(params.slug)) return null;
  const [row] = await db
    .select({ event: events, organisation: { id: organisations.id, name: organisations.name, status: organisations.status } })
    .from(events)
    .leftJoin(organisations, eq(organisations.id, events.organisationId))
    .where(and(eq(events.slug, params.slug), eq(events.status, "published")));
  if (!row) return null;
  const org = row.organisation;
  return { ...row.event, organisation: org ? { id: org.id, name: org.name, active: org.status === "active" } : null };
}

export type EventCardDetails = Pick<Event, "startsAt" | "endsAt" | "online" | "city" | "department" | "organiserName">;

/** Times, place and organiser of the given events, for result cards (the index keeps days only). */
export async function listEventCardDetails(db: DbOrTx, params: { ids: number[] }): Promise<Map<number, EventCardDetails>> {
  if (params.ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: events.id,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      online: events.online,
      city: events.city,
      department: events.department,
      organiserName: events.organiserName,
    })
    .from(events)
    .where(inArray(events.id, params.ids));
  return new Map(rows.map(({ id, ...details }) => [id, details]));
}

export async function getPublishedStructure(db: DbOrTx, params: { slug: string }): Promise<SupportStructure | null> {
  if (!isValidSlug(params.slug)) return null;
  const [row] = await db
    .select()
    .from(supportStructures)
    .where(and(eq(supportStructures.slug, params.slug), eq(supportStructures.status, "published")));
  return row ?? null;
}

export async function getPublishedFinancingScheme(db: DbOrTx, params: { slug: string }): Promise<FinancingScheme | null> {
  if (!isValidSlug(params.slug)) return null;
  const [row] = await db
    .select()
    .from(financingSchemes)
    .where(and(eq(financingSchemes.slug, params.slug), eq(financingSchemes.status, "published")));
  return row ?? null;
}

export async function getPublishedResource(db: DbOrTx, params: { slug: string }): Promise<Resource | null> {
  if (!isValidSlug(params.slug)) return null;
  const [row] = await db
    .select()
    .from(resources)
    .where(and(eq(resources.slug, params.slug), eq(resources.status, "published")));
  return row ?? null;
}

/** External addresses of the given resources: result cards link straight to them. */
export async function listResourceLinks(db: DbOrTx, params: { ids: number[] }): Promise<Map<number, string>> {
  if (params.ids.length === 0) return new Map();
  const rows = await db
    .select({ id: resources.id, url: resources.url })
    .from(resources)
    .where(and(inArray(resources.id, params.ids), eq(resources.status, "published")));
  return new Map(rows.map((row) => [row.id, row.url]));
}

export type EditorialCodeLabels = Record<EditorialCodeDict, Map<string, string>>;

/** Labels of the data-inclusion vocabularies (structure types, services, publics, thématiques). */
export async function listEditorialCodeLabels(db: DbOrTx): Promise<EditorialCodeLabels> {
  const labels: EditorialCodeLabels = { typologie: new Map(), service: new Map(), public: new Map(), thematique: new Map() };
  for (const row of await db.select().from(editorialCodes)) labels[row.dict].set(row.code, row.label);
  return labels;
}

export type UpcomingEvent = Pick<Event, "id" | "slug" | "title" | "type" | "startsAt" | "endsAt" | "online" | "city">;

/** The next published events (running or to come), soonest first: the home page's agenda. */
export async function listUpcomingEvents(db: DbOrTx, params: { limit: number; now: Date }): Promise<UpcomingEvent[]> {
  return db
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      type: events.type,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      online: events.online,
      city: events.city,
    })
    .from(events)
    .where(and(eq(events.status, "published"), or(gte(events.startsAt, params.now), gte(events.endsAt, params.now))))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(params.limit);
}
