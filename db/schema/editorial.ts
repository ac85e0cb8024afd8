import { relations } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
// Relative, not "@/": drizzle-kit loads the schema outside the app's path aliases.
import { EDITORIAL_STATUSES, EVENT_TYPES, FINANCING_KINDS, RESOURCE_KINDS } from "../../lib/editorial/vocabulary";
import { organisations } from "./catalog";

export const editorialStatus = pgEnum("editorial_status", EDITORIAL_STATUSES);
export const eventType = pgEnum("event_type", EVENT_TYPES);
export const resourceKind = pgEnum("resource_kind", RESOURCE_KINDS);

/**
 * Columns every editorial table shares, so the back office edits them with one form section and
 * one publication workflow. A function, not an object: each table gets its own column builders.
 */
export function editorialColumns() {
  return {
    id: serial("id").primaryKey(),
    /** Public URL segment; unique per table and kept when the title changes, so links survive edits. */
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    /** One or two sentences, shown on result cards. */
    summary: text("summary"),
    /** Rich text: HTML sanitised on the server (lib/cms/sanitize.ts) before it is stored. */
    body: text("body"),
    status: editorialStatus("status").notNull().default("draft"),
    /** When it went (or goes, for "scheduled") public. */
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** lib/editorial/vocabulary AUDIENCES values. */
    audiences: text("audiences").array().notNull().default([]),
    /** Where it applies: "FR", "R76", "D31" (lib/editorial/vocabulary). */
    territory: text("territory").array().notNull().default([]),
    /** Who wrote it: "demo" (seeded, fictitious where it says so), "trefle", "editor", an import key… */
    source: text("source").notNull().default("editor"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  };
}

/** Location columns shared by events and structures: flat, so filters and the map need no JSON. */
function locationColumns() {
  return {
    /** Street lines, one per line ("12 rue …\nBâtiment B"). */
    address: text("address"),
    postcode: text("postcode"),
    city: text("city"),
    department: text("department"),
    region: text("region"),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
  };
}

/** Agenda: open days, fairs, information sessions, job datings, webinars. */
export const events = pgTable(
  "events",
  {
    ...editorialColumns(),
    type: eventType("type").notNull().default("autre"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    online: boolean("online").notNull().default(false),
    onlineUrl: text("online_url"),
    /** "CFA de la CCI", "Parc des expositions"… */
    placeName: text("place_name"),
    ...locationColumns(),
    registrationUrl: text("registration_url"),
    capacity: integer("capacity"),
    organiserName: text("organiser_name"),
    /** Set when the organiser is a training organisation of the catalogue. */
    organisationId: integer("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
  },
  (t) => [
    index("events_status_starts_idx").on(t.status, t.startsAt),
    index("events_organisation_idx").on(t.organisationId),
    index("events_department_idx").on(t.department),
  ],
);

/** Where to get advice: missions locales, CIO, France Travail agencies, Cap emploi, PIJ… */
export const supportStructures = pgTable(
  "support_structures",
  {
    ...editorialColumns(),
    /** data-inclusion "typologies de structures" code (ML, FT, CAP_EMPLOI, PIJ_BIJ…): editorial_codes dict "typologie". */
    structureType: text("structure_type").notNull(),
    /** data-inclusion "types de services" values (accompagnement, information…). */
    services: text("services").array().notNull().default([]),
    /** data-inclusion "thématiques" values. */
    themes: text("themes").array().notNull().default([]),
    /** data-inclusion "publics" values. */
    publics: text("publics").array().notNull().default([]),
    ...locationColumns(),
    phone: text("phone"),
    email: text("email"),
    website: text("website"),
    /** Free text as the structure words it ("Lundi-vendredi 9 h-12 h 30…"). */
    openingHours: text("opening_hours"),
  },
  (t) => [
    index("support_structures_status_idx").on(t.status),
    index("support_structures_type_idx").on(t.structureType),
    index("support_structures_department_idx").on(t.department),
  ],
);

/** Ways to pay for training (CPF, regional programmes, AIF, transition projects…). */
export const financingSchemes = pgTable(
  "financing_schemes",
  {
    ...editorialColumns(),
    acronym: text("acronym"),
    kind: text("kind", { enum: FINANCING_KINDS }).notNull(),
    /** Source keywords (Trèfle tags such as "DE", "collectif", "AFC"), searched but not shown as such. */
    tags: text("tags").array().notNull().default([]),
    /** Who is eligible and how to apply. */
    conditions: text("conditions"),
    /** What is paid, as the funder words it (amounts change yearly: text, not numbers). */
    amounts: text("amounts"),
    /** The training can also be paid with the holder's CPF. */
    cpfEligible: boolean("cpf_eligible").notNull().default(false),
    website: text("website"),
    /** Identity in the source referential (the Trèfle key), so a re-import updates instead of duplicating. */
    externalRef: text("external_ref"),
  },
  (t) => [index("financing_schemes_status_idx").on(t.status), index("financing_schemes_ref_idx").on(t.source, t.externalRef)],
);

/** Guides, videos, fact sheets, tools and websites worth a visit, mostly external. */
export const resources = pgTable(
  "resources",
  {
    ...editorialColumns(),
    kind: resourceKind("kind").notNull(),
    url: text("url").notNull(),
    /** Publisher shown with the link ("ONISEP", "France compétences"). */
    publisher: text("publisher"),
    /** lib/editorial/vocabulary RESOURCE_THEMES values. */
    themes: text("themes").array().notNull().default([]),
  },
  (t) => [index("resources_status_idx").on(t.status)],
);

/**
 * Labels of the open vocabularies the editorial tables use (data-inclusion typologies, services,
 * publics, thématiques), keyed by (dict, code) like lheo_codes, so a new code is data, not a
 * migration, and the back office can offer them as choices.
 */
export const editorialCodes = pgTable(
  "editorial_codes",
  {
    dict: text("dict", { enum: ["typologie", "service", "public", "thematique"] }).notNull(),
    code: text("code").notNull(),
    label: text("label").notNull(),
    description: text("description"),
  },
  (t) => [primaryKey({ columns: [t.dict, t.code] })],
);

export const eventsRelations = relations(events, ({ one }) => ({
  organisation: one(organisations, { fields: [events.organisationId], references: [organisations.id] }),
}));

export type EditorialCodeDict = (typeof editorialCodes.$inferSelect)["dict"];
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type SupportStructure = typeof supportStructures.$inferSelect;
export type NewSupportStructure = typeof supportStructures.$inferInsert;
export type FinancingScheme = typeof financingSchemes.$inferSelect;
export type NewFinancingScheme = typeof financingSchemes.$inferInsert;
export type Resource = typeof resources.$inferSelect;
export type NewResource = typeof resources.$inferInsert;
export type EditorialCode = typeof editorialCodes.$inferSelect;
