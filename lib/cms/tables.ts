import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { events, financingSchemes, infoPages, news, places, resources, supportStructures } from "@/db/schema";
import { findPlaceCoordinates } from "@/db/queries/places";
import type { ContentKind } from "./kinds";

/** The table behind each content kind; all share db/schema/editorial.ts editorialColumns(). */
export const CONTENT_TABLES = {
  actualite: news,
  evenement: events,
  page: infoPages,
  ressource: resources,
  structure: supportStructures,
  financement: financingSchemes,
} as const satisfies Record<ContentKind, unknown>;

export type ContentTable = (typeof CONTENT_TABLES)[ContentKind];
export type ContentRow = ContentTable["$inferSelect"];

/**
 * The tables differ only beyond the shared columns, which is all the generic workflow reads or
 * writes; typing the union for drizzle's insert/update builders is not possible, so this one
 * view of "any content table" is where that is said, once.
 */
export function contentTable(kind: ContentKind): typeof news {
  return CONTENT_TABLES[kind] as unknown as typeof news;
}

/** Department code of a French postcode ("31000" → "31", "20090" → "2A", "97400" → "974"). */
export function departmentOfPostcode(postcode: string | null | undefined): string | null {
  if (!postcode || !/^\d{5}$/.test(postcode)) return null;
  if (postcode.startsWith("97")) return postcode.slice(0, 3);
  if (postcode.startsWith("20")) return Number(postcode) < 20200 ? "2A" : "2B";
  return postcode.slice(0, 2);
}

export type Geolocation = { lat: number | null; lon: number | null; department: string | null; region: string | null };

/**
 * Where an address is, without a geocoding service: coordinates typed by the editor win, else
 * the commune's centre from the catalogue's own training places; department from the postcode,
 * region from a place of that department.
 */
export async function geolocate(
  db: DbOrTx,
  place: { postcode: string | null; city: string | null; lat: number | null; lon: number | null },
): Promise<Geolocation> {
  let { lat, lon } = place;
  if ((lat === null || lon === null) && (place.postcode || place.city)) {
    const found = await findPlaceCoordinates(db, { query: [place.postcode, place.city].filter(Boolean).join(" ") });
    if (found) ({ lat, lon } = found);
  }
  const department = departmentOfPostcode(place.postcode);
  let region: string | null = null;
  if (department) {
    const [row] = await db
      .select({ region: places.region })
      .from(places)
      .where(and(eq(places.department, department), isNotNull(places.region)))
      .orderBy(sql`1`)
      .limit(1);
    region = row?.region ?? null;
  }
  return { lat, lon, department, region };
}
