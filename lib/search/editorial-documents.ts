import { asc, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { editorialCodes, events, financingSchemes, resources, supportStructures } from "@/db/schema";
import { isoDateInTimeZone } from "@/lib/dates";
import { plainText, pushUnique } from "./document-text";
import type { BuiltDocuments } from "./formation-documents";
import type { SearchDocument, SearchKind } from "./types";

/** Kinds built from the editorial tables (db/schema/editorial.ts). */
export const EDITORIAL_KINDS = ["evenement", "structure", "financement", "ressource"] as const satisfies readonly SearchKind[];
export type EditorialKind = (typeof EDITORIAL_KINDS)[number];

/** Public paths of each kind's detail page. */
export const EDITORIAL_PATHS: Record<EditorialKind, string> = {
  evenement: "/evenements",
  structure: "/structures",
  financement: "/financements",
  ressource: "/ressources",
};

/** Facet values of the "online" facet of events. */
export const ONLINE_VALUES = { online: "en-ligne", onsite: "sur-place" } as const;
/** Facet value marking seeded demo content, so cards can say it is not real. */
export const DEMO_ORIGIN = "demo";

type Facets = Record<string, string[]>;

function facetsOf(entries: [string, (string | null | undefined)[]][]): Facets {
  const facets: Facets = {};
  for (const [name, values] of entries) {
    const list: string[] = [];
    for (const value of values) pushUnique(list, value);
    if (list.length > 0) facets[name] = list;
  }
  return facets;
}

/** Splits rows into published ones and the requested ids that must leave the index. */
function partition<T extends { id: number; status: string }>(rows: T[], ids: number[] | undefined) {
  const found = new Set(rows.map((row) => row.id));
  const removedIds = (ids ?? []).filter((id) => !found.has(id)).map(String);
  const published = rows.filter((row) => {
    if (row.status === "published") return true;
    removedIds.push(String(row.id));
    return false;
  });
  return { published, removedIds };
}

function place(city: string | null, department: string | null): string | null {
  if (!city) return null;
  return department ? `${city} (${department})` : city;
}

export async function buildEventDocuments(db: DbOrTx, ids?: number[]): Promise<BuiltDocuments> {
  const rows = await db
    .select()
    .from(events)
    .where(ids ? inArray(events.id, ids.length > 0 ? ids : [0]) : undefined)
    .orderBy(asc(events.id));
  const { published, removedIds } = partition(rows, ids);
  const documents = published.map((event): SearchDocument => {
    // Days in the portal's time zone: an evening event in Paris must not land on the next UTC day.
    const start = isoDateInTimeZone(event.startsAt);
    const end = isoDateInTimeZone(event.endsAt ?? event.startsAt);
    const keywords: string[] = [];
    for (const value of [event.organiserName, event.placeName, event.city, event.postcode]) pushUnique(keywords, value);
    return {
      kind: "evenement",
      id: String(event.id),
      title: event.title,
      subtitle: event.online ? event.organiserName : [event.organiserName, place(event.city, event.department)].filter(Boolean).join(" — ") || null,
      body: plainText([event.summary, event.body].filter(Boolean).join("\n\n")),
      keywords: keywords.filter((k) => k !== event.title),
      url: `${EDITORIAL_PATHS.evenement}/${event.slug}`,
      facets: facetsOf([
        ["type", [event.type]],
        ["audience", event.audiences],
        ["department", [event.department]],
        ["region", [event.region]],
        ["online", [event.online ? ONLINE_VALUES.online : ONLINE_VALUES.onsite]],
        ["origin", [event.source === DEMO_ORIGIN ? DEMO_ORIGIN : null]],
      ]),
      regionFunded: false,
      dates: [{ start, end: end < start ? start : end }],
      geo: event.lat !== null && event.lon !== null ? [{ lat: event.lat, lon: event.lon }] : [],
      sortDate: start,
    };
  });
  return { documents, removedIds };
}

/** Labels of the data-inclusion codes, so "mission locale" or "logement" finds the structures. */
async function codeLabels(db: DbOrTx): Promise<Map<string, string>> {
  const rows = await db.select().from(editorialCodes);
  return new Map(rows.map((row) => [`${row.dict}:${row.code}`, row.label]));
}

export async function buildStructureDocuments(db: DbOrTx, ids?: number[]): Promise<BuiltDocuments> {
  const rows = await db
    .select()
    .from(supportStructures)
    .where(ids ? inArray(supportStructures.id, ids.length > 0 ? ids : [0]) : undefined)
    .orderBy(asc(supportStructures.id));
  const { published, removedIds } = partition(rows, ids);
  if (published.length === 0) return { documents: [], removedIds };
  const labels = await codeLabels(db);
  const documents = published.map((structure): SearchDocument => {
    const keywords: string[] = [];
    pushUnique(keywords, labels.get(`typologie:${structure.structureType}`));
    for (const service of structure.services) pushUnique(keywords, labels.get(`service:${service}`));
    for (const value of [structure.city, structure.postcode]) pushUnique(keywords, value);
    const themes = structure.themes.map((theme) => labels.get(`thematique:${theme}`)).filter(Boolean);
    const publics = structure.publics.map((value) => labels.get(`public:${value}`)).filter(Boolean);
    return {
      kind: "structure",
      id: String(structure.id),
      title: structure.title,
      subtitle: place(structure.city, structure.department),
      body: plainText([structure.summary, structure.body, themes.join(", "), publics.join(", ")].filter(Boolean).join("\n\n")),
      keywords,
      url: `${EDITORIAL_PATHS.structure}/${structure.slug}`,
      facets: facetsOf([
        ["type", [structure.structureType]],
        ["service", structure.services],
        ["public", structure.publics],
        ["theme", structure.themes],
        ["audience", structure.audiences],
        ["department", [structure.department]],
        ["region", [structure.region]],
        ["origin", [structure.source === DEMO_ORIGIN ? DEMO_ORIGIN : null]],
      ]),
      regionFunded: false,
      geo: structure.lat !== null && structure.lon !== null ? [{ lat: structure.lat, lon: structure.lon }] : [],
    };
  });
  return { documents, removedIds };
}

export async function buildFinancingDocuments(db: DbOrTx, ids?: number[]): Promise<BuiltDocuments> {
  const rows = await db
    .select()
    .from(financingSchemes)
    .where(ids ? inArray(financingSchemes.id, ids.length > 0 ? ids : [0]) : undefined)
    .orderBy(asc(financingSchemes.id));
  const { published, removedIds } = partition(rows, ids);
  const documents = published.map((scheme): SearchDocument => {
    const keywords: string[] = [];
    pushUnique(keywords, scheme.acronym);
    for (const tag of scheme.tags) pushUnique(keywords, tag);
    return {
      kind: "financement",
      id: String(scheme.id),
      title: scheme.title,
      subtitle: scheme.acronym,
      body: plainText([scheme.summary, scheme.body, scheme.conditions, scheme.amounts].filter(Boolean).join("\n\n")),
      keywords: keywords.filter((k) => k !== scheme.title),
      url: `${EDITORIAL_PATHS.financement}/${scheme.slug}`,
      facets: facetsOf([
        ["type", [scheme.kind]],
        ["audience", scheme.audiences],
        ["cpf", [scheme.cpfEligible ? "eligible" : null]],
        ["territory", scheme.territory],
        ["origin", [scheme.source === DEMO_ORIGIN ? DEMO_ORIGIN : null]],
      ]),
      regionFunded: false,
    };
  });
  return { documents, removedIds };
}

export async function buildResourceDocuments(db: DbOrTx, ids?: number[]): Promise<BuiltDocuments> {
  const rows = await db
    .select()
    .from(resources)
    .where(ids ? inArray(resources.id, ids.length > 0 ? ids : [0]) : undefined)
    .orderBy(asc(resources.id));
  const { published, removedIds } = partition(rows, ids);
  const documents = published.map((resource): SearchDocument => {
    const keywords: string[] = [];
    pushUnique(keywords, resource.publisher);
    pushUnique(keywords, hostOf(resource.url));
    return {
      kind: "ressource",
      id: String(resource.id),
      title: resource.title,
      subtitle: resource.publisher,
      body: plainText([resource.summary, resource.body].filter(Boolean).join("\n\n")),
      keywords,
      url: `${EDITORIAL_PATHS.ressource}/${resource.slug}`,
      facets: facetsOf([
        ["type", [resource.kind]],
        ["theme", resource.themes],
        ["audience", resource.audiences],
      ]),
      regionFunded: false,
    };
  });
  return { documents, removedIds };
}

/** "www.onisep.fr" from "https://www.onisep.fr/…": the name people type to find a site. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

const BUILDERS: Record<EditorialKind, (db: DbOrTx, ids?: number[]) => Promise<BuiltDocuments>> = {
  evenement: buildEventDocuments,
  structure: buildStructureDocuments,
  financement: buildFinancingDocuments,
  ressource: buildResourceDocuments,
};

/** Documents of one editorial kind: every published row, or the given ids (unpublished ones removed). */
export function buildEditorialDocuments(db: DbOrTx, kind: EditorialKind, ids?: number[]): Promise<BuiltDocuments> {
  return BUILDERS[kind](db, ids);
}
