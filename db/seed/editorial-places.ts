import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import { queryRows } from "../sql";

/** A commune of the catalogue's training places: real name, postcode and coordinates. */
export type SeedCommune = {
  city: string;
  postcode: string | null;
  department: string;
  region: string | null;
  lat: number;
  lon: number;
};

/**
 * Communes of the portal's own region (the one with most training places), largest first, so
 * demo structures and events sit where the catalogue is, whatever region the demo was built for.
 */
export async function listSeedCommunes(db: DbOrTx, params: { limit?: number } = {}): Promise<SeedCommune[]> {
  const rows = await queryRows<{
    city: string;
    postcode: string | null;
    department: string;
    region: string | null;
    lat: number;
    lon: number;
  }>(
    db,
    sql`with main_region as (
          select region from places where region is not null group by region order by count(*) desc, region limit 1
        )
        select min(p.city) as city, min(p.postcode) as postcode, p.department, min(p.region) as region,
               avg(p.lat) as lat, avg(p.lon) as lon
          from places p
         where p.city is not null and p.department is not null and p.lat is not null and p.lon is not null
           and (p.region = (select region from main_region) or not exists (select 1 from main_region))
         group by lower(p.city), p.department
         order by count(*) desc, min(p.city)
         limit ${params.limit ?? 40}`,
  );
  return rows.map((row) => ({ ...row, lat: Number(row.lat), lon: Number(row.lon) }));
}

/**
 * Numbers ARCEP reserves for fiction (never assigned to a subscriber), by the telephone zone of
 * the department, so demo contacts look local but can never ring anyone.
 */
const FICTION_PREFIX = { 1: "01 99 00", 2: "02 61 91", 3: "03 53 01", 4: "04 65 71", 5: "05 36 49" } as const;
const ZONE_DEPARTMENTS: Record<1 | 2 | 3 | 4, string[]> = {
  1: ["75", "77", "78", "91", "92", "93", "94", "95"],
  2: ["14", "18", "22", "27", "28", "29", "35", "36", "37", "41", "44", "45", "49", "50", "53", "56", "61", "72", "76", "85"],
  3: ["02", "08", "10", "21", "25", "39", "51", "52", "54", "55", "57", "58", "59", "60", "62", "67", "68", "70", "71", "80", "88", "89", "90"],
  4: ["01", "04", "05", "06", "07", "11", "13", "2A", "2B", "26", "30", "34", "38", "42", "43", "48", "63", "66", "69", "73", "74", "83", "84"],
};

export function fictionPhone(department: string, n: number): string {
  const zone = (Object.entries(ZONE_DEPARTMENTS).find(([, list]) => list.includes(department))?.[0] ?? "5") as
    | "1"
    | "2"
    | "3"
    | "4"
    | "5";
  const suffix = String(n % 10_000).padStart(4, "0");
  return `${FICTION_PREFIX[zone]} ${suffix.slice(0, 2)} ${suffix.slice(2)}`;
}

/** A few hundred metres from the commune's centre, always the same for the same n. */
export function nudge(commune: SeedCommune, n: number): { lat: number; lon: number } {
  const angle = (n * 137.5 * Math.PI) / 180;
  const distance = 0.0015 + (n % 4) * 0.0008;
  return {
    lat: Math.round((commune.lat + Math.sin(angle) * distance) * 1e6) / 1e6,
    lon: Math.round((commune.lon + Math.cos(angle) * distance) * 1e6) / 1e6,
  };
}

const STREETS = [
  "rue de la République",
  "avenue Jean-Jaurès",
  "place de la Mairie",
  "boulevard Victor-Hugo",
  "rue Pasteur",
  "allée des Tilleuls",
  "rue Gambetta",
  "avenue de la Gare",
  "rue du Moulin",
  "place du Marché",
];

/** A plausible but fictitious street address. */
export function demoStreet(n: number): string {
  return `${(n * 7) % 48 + 1} ${STREETS[n % STREETS.length]}`;
}
