import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { queryRows } from "@/db/sql";

export type PlaceCoordinates = {
  /** "Toulouse (31000)": what the page says it searched around. */
  label: string;
  city: string;
  postcode: string | null;
  lat: number;
  lon: number;
};

// City names compare without accents, case, hyphens or apostrophes: "saint jean de vedas" finds
// "Saint-Jean-de-Védas". The same expression is applied to the column and to the input.
const normalizedCity = sql`trim(regexp_replace(lower(immutable_unaccent(p.city)), '[^a-z0-9]+', ' ', 'g'))`;

/** The typed text as the SQL side normalises city names, with "st"/"ste" spelled out. */
export function normalizeCityInput(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^ste\b/, "sainte")
    .replace(/^st\b/, "saint")
    .replace(/ ste\b/g, " sainte")
    .replace(/ st\b/g, " saint");
}

type Row = { city: string; postcode: string | null; lat: number; lon: number };

/**
 * Coordinates of a commune or postcode from the catalogue's own training places (the average of
 * its places), so radius search needs no geocoding service. A postcode wins over a name; a name
 * is matched exactly, then as a prefix ("montpel"), the commune with most places first.
 * Null when nothing matches or the matches have no coordinates.
 */
export async function findPlaceCoordinates(db: DbOrTx, params: { query: string }): Promise<PlaceCoordinates | null> {
  const text = params.query.trim().slice(0, 120);
  if (!text) return null;

  const postcode = /\b(\d{5})\b/.exec(text)?.[1];
  if (postcode) {
    const [row] = await queryRows<Row>(
      db,
      sql`select (array_agg(p.city order by p.id))[1] as city, p.postcode,
                 avg(p.lat) as lat, avg(p.lon) as lon
            from places p
           where p.postcode = ${postcode} and p.lat is not null and p.lon is not null and p.city is not null
           group by p.postcode`,
    );
    if (row) return toCoordinates(row);
  }

  const name = normalizeCityInput(text.replace(/\b\d{5}\b/, ""));
  if (name.length < 2) return null;
  for (const condition of [sql`${normalizedCity} = ${name}`, sql`${normalizedCity} like ${`${escapeLike(name)}%`}`]) {
    const [row] = await queryRows<Row>(
      db,
      sql`select (array_agg(p.city order by p.id))[1] as city,
                 case when count(distinct p.postcode) = 1 then min(p.postcode) end as postcode,
                 avg(p.lat) as lat, avg(p.lon) as lon
            from places p
           where p.city is not null and p.lat is not null and p.lon is not null and ${condition}
           group by ${normalizedCity}
           order by count(*) desc, ${normalizedCity}
           limit 1`,
    );
    if (row) return toCoordinates(row);
  }
  return null;
}

/** Communes of the catalogue with most training places first: suggestions for the place field. */
export async function listPlaceNames(db: DbOrTx, params: { limit?: number } = {}): Promise<string[]> {
  const limit = Math.max(1, Math.min(params.limit ?? 200, 1000));
  const rows = await queryRows<{ city: string }>(
    db,
    sql`select min(p.city) as city from places p
         where p.city is not null and p.lat is not null
         group by ${normalizedCity}
         order by count(*) desc, min(p.city)
         limit ${limit}`,
  );
  return rows.map((row) => row.city);
}

function toCoordinates(row: Row): PlaceCoordinates {
  const postcode = row.postcode ?? null;
  return {
    label: postcode ? `${row.city} (${postcode})` : row.city,
    city: row.city,
    postcode,
    lat: Number(row.lat),
    lon: Number(row.lon),
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
