import "server-only";
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { type Address, type Contact, organisations } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { isoDateInTimeZone } from "@/lib/dates";
import { type FormationSummary, listFormationSummaries } from "./formation-summaries";

/** Serial ids are int4: anything longer or non-numeric cannot exist and must not reach SQL. */
export function parseOrganisationId(value: string): number | null {
  if (!/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= 2_147_483_647 ? id : null;
}

export type OrganisationRole = "responsible" | "trainer";

export type OrganisationFormation = FormationSummary & { roles: OrganisationRole[] };

export type OrganisationPlace = {
  id: number;
  name: string | null;
  lines: string[];
  postcode: string | null;
  city: string | null;
  department: string | null;
};

export type OrganisationDetail = {
  id: number;
  name: string;
  legalName: string | null;
  siret: string | null;
  activityNumber: string | null;
  uai: string | null;
  description: string | null;
  address: Address | null;
  /** The organisation's coordinates, else its address's. */
  geo: { lat: number; lon: number } | null;
  /** The main contact first, then the others, without duplicates. */
  contacts: Contact[];
  /** False once every feed stopped listing it: the page stays, with a notice. */
  active: boolean;
  formations: OrganisationFormation[];
  formationTotal: number;
  places: OrganisationPlace[];
};

/**
 * An organisation's public page: identity, contacts, its active offer (as responsible organisation
 * or as trainer of an active action) and the distinct places where that offer is taught.
 */
export async function getOrganisationDetail(
  db: DbOrTx,
  params: { id: number; today?: string; formationLimit?: number },
): Promise<OrganisationDetail | null> {
  const [org] = await db.select().from(organisations).where(eq(organisations.id, params.id));
  if (!org) return null;

  const offer = sql`
    select f.id from formations f where f.organisation_id = ${org.id}
    union
    select a.formation_id from actions a join action_trainers t on t.action_id = a.id
     where t.organisation_id = ${org.id} and a.status = 'active'`;

  const [page, trainerOf, places] = await Promise.all([
    listFormationSummaries(db, {
      formationIds: offer,
      today: params.today ?? isoDateInTimeZone(),
      limit: params.formationLimit ?? 24,
    }),
    queryRows<{ formation_id: number }>(
      db,
      sql`select distinct a.formation_id from actions a join action_trainers t on t.action_id = a.id
           where t.organisation_id = ${org.id} and a.status = 'active'`,
    ),
    queryRows<{
      id: number;
      name: string | null;
      lines: string[] | null;
      postcode: string | null;
      city: string | null;
      department: string | null;
    }>(
      db,
      sql`select distinct p.id, p.name, p.lines, p.postcode, p.city, p.department
            from places p
            join action_places ap on ap.place_id = p.id
            join actions a on a.id = ap.action_id and a.status = 'active'
            join formations f on f.id = a.formation_id and f.status = 'active'
           where f.organisation_id = ${org.id}
              or exists (select 1 from action_trainers t where t.action_id = a.id and t.organisation_id = ${org.id})
           order by p.city nulls last, p.name nulls last, p.id`,
    ),
  ]);
  const trained = new Set(trainerOf.map((row) => Number(row.formation_id)));

  const lat = org.lat ?? org.address?.lat ?? null;
  const lon = org.lon ?? org.address?.lon ?? null;
  return {
    id: org.id,
    name: org.name,
    legalName: org.legalName && org.legalName !== org.name ? org.legalName : null,
    siret: org.siret,
    activityNumber: org.activityNumber,
    uai: org.uai,
    description: org.description,
    address: org.address ?? null,
    geo: lat !== null && lon !== null ? { lat, lon } : null,
    contacts: uniqueContacts([org.contact, ...(org.contacts ?? [])]),
    active: org.status === "active",
    formations: page.formations.map((formation) => {
      const roles: OrganisationRole[] = [];
      if (formation.organisationId === org.id) roles.push("responsible");
      if (trained.has(formation.id)) roles.push("trainer");
      return { ...formation, roles };
    }),
    formationTotal: page.total,
    places: places.map((row) => ({
      id: Number(row.id),
      name: row.name,
      lines: row.lines ?? [],
      postcode: row.postcode,
      city: row.city,
      department: row.department,
    })),
  };
}

/** Active formations per organisation (responsible or trainer), for list cards; absent ids count 0. */
export async function countOrganisationFormations(db: DbOrTx, params: { ids: number[] }): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  if (params.ids.length === 0) return counts;
  const ids = sql.join(
    params.ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const rows = await queryRows<{ organisation_id: number; n: number | string }>(
    db,
    sql`select x.organisation_id, count(distinct x.formation_id) as n from (
          select f.organisation_id, f.id as formation_id from formations f
           where f.status = 'active' and f.organisation_id in (${ids})
          union
          select t.organisation_id, f.id from action_trainers t
            join actions a on a.id = t.action_id and a.status = 'active'
            join formations f on f.id = a.formation_id and f.status = 'active'
           where t.organisation_id in (${ids})
        ) x group by x.organisation_id`,
  );
  for (const row of rows) counts.set(Number(row.organisation_id), Number(row.n));
  return counts;
}

function uniqueContacts(contacts: (Contact | null | undefined)[]): Contact[] {
  const seen = new Set<string>();
  return contacts.filter((contact): contact is Contact => {
    if (!contact) return false;
    const key = JSON.stringify(contact);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
