import { relations } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

/** Offers missing from a full feed are withdrawn, never deleted: they keep their id and history. */
export const offerStatus = pgEnum("offer_status", ["active", "withdrawn"]);
export const teachingModality = pgEnum("teaching_modality", ["presentiel", "mixte", "distance"]);
export const alternanceType = pgEnum("alternance_type", ["apprentissage", "professionnalisation", "toutes"]);

/** LHEO "coordonnees" as stored for contacts: kept whole, shown on detail pages, never searched. */
export type Contact = {
  type?: string | null;
  civility?: string | null;
  lastName?: string | null;
  firstName?: string | null;
  lines?: string[];
  address?: Address | null;
  phones?: string[];
  mobiles?: string[];
  email?: string | null;
  urls?: string[];
};

export type Address = {
  name?: string | null;
  lines: string[];
  postcode?: string | null;
  city?: string | null;
  department?: string | null;
  inseeCode?: string | null;
  region?: string | null;
  country?: string | null;
  lat?: number | null;
  lon?: number | null;
};

const trackingColumns = {
  /** Import source (feed) key: a full feed withdraws what it no longer lists within its own source. */
  source: text("source").notNull().default("demo"),
  status: offerStatus("status").notNull().default("active"),
  /** Hash of the mapped record: an unchanged record is skipped on re-import. */
  contentHash: text("content_hash").notNull(),
  lheoCreatedOn: date("lheo_created_on"),
  lheoUpdatedOn: date("lheo_updated_on"),
  extras: jsonb("extras").$type<Record<string, string[]>>(),
  withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** Organisme de formation (responsible or trainer), identified by SIRET when the feed gives one. */
export const organisations = pgTable(
  "organisations",
  {
    id: serial("id").primaryKey(),
    /** Stable identity across imports: SIRET, else the LHEO numero, else a hash of the name. */
    lheoKey: text("lheo_key").notNull(),
    siret: text("siret"),
    activityNumber: text("activity_number"),
    uai: text("uai"),
    name: text("name").notNull(),
    legalName: text("legal_name"),
    description: text("description"),
    address: jsonb("address").$type<Address>(),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    contact: jsonb("contact").$type<Contact>(),
    contacts: jsonb("contacts").$type<Contact[]>(),
    formacodes: text("formacodes").array().notNull().default([]),
    ...trackingColumns,
  },
  (t) => [uniqueIndex("organisations_lheo_key_idx").on(t.lheoKey), index("organisations_siret_idx").on(t.siret)],
);

/** Offre de formation (LHEO `formation`). */
export const formations = pgTable(
  "formations",
  {
    id: serial("id").primaryKey(),
    lheoId: text("lheo_id").notNull(),
    title: text("title").notNull(),
    objective: text("objective"),
    expectedResults: text("expected_results"),
    content: text("content"),
    certifying: boolean("certifying").notNull().default(false),
    /** dict-type-parcours code. */
    pathType: text("path_type"),
    /** Raw dict-niveaux codes (old 0-8 or new 11-17) and the European level they stand for (null: unknown). */
    entryLevelCode: text("entry_level_code"),
    entryLevel: integer("entry_level"),
    exitLevelCode: text("exit_level_code"),
    exitLevel: integer("exit_level"),
    /** dict-AIS code (certification, professionnalisation, ...). */
    generalObjective: text("general_objective"),
    urls: text("urls").array().notNull().default([]),
    contacts: jsonb("contacts").$type<Contact[]>(),
    organisationId: integer("organisation_id").references(() => organisations.id),
    moduleId: text("module_id"),
    ...trackingColumns,
  },
  (t) => [
    uniqueIndex("formations_lheo_id_idx").on(t.lheoId),
    index("formations_organisation_idx").on(t.organisationId),
    index("formations_status_idx").on(t.status),
  ],
);

/** Action de formation: a concrete offer of a formation (place, rhythm, price, financing). */
export const actions = pgTable(
  "actions",
  {
    id: serial("id").primaryKey(),
    lheoId: text("lheo_id").notNull(),
    formationId: integer("formation_id")
      .notNull()
      .references(() => formations.id, { onDelete: "cascade" }),
    rhythm: text("rhythm"),
    publicCodes: text("public_codes").array().notNull().default([]),
    publicInfo: text("public_info"),
    entryLevelRequired: boolean("entry_level_required"),
    alternanceDetails: text("alternance_details"),
    alternance: alternanceType("alternance"),
    modality: teachingModality("modality"),
    specificConditions: text("specific_conditions"),
    fundingPossible: boolean("funding_possible"),
    /** dict-modalites-es: true when entries and exits are permanent. */
    permanentEntry: boolean("permanent_entry"),
    urls: text("urls").array().notNull().default([]),
    cycleYears: integer("cycle_years"),
    infoAddress: jsonb("info_address").$type<Address>(),
    infoDates: date("info_dates").array().notNull().default([]),
    catering: text("catering"),
    lodging: text("lodging"),
    transport: text("transport"),
    disabilityAccess: text("disability_access"),
    languages: text("languages").array().notNull().default([]),
    recruitmentDetails: text("recruitment_details"),
    teachingDetails: text("teaching_details"),
    remainingCosts: text("remaining_costs"),
    hourlyPrice: numeric("hourly_price", { precision: 10, scale: 2, mode: "number" }),
    totalPrice: numeric("total_price", { precision: 12, scale: 2, mode: "number" }),
    durationText: text("duration_text"),
    hoursCentre: integer("hours_centre"),
    hoursCompany: integer("hours_company"),
    hoursTotal: integer("hours_total"),
    fundingDetails: text("funding_details"),
    conventioned: boolean("conventioned"),
    /** Financed by the Region (financer code 2 or a regional-programme extra). */
    regionFunded: boolean("region_funded").notNull().default(false),
    cpfEligible: boolean("cpf_eligible").notNull().default(false),
    ...trackingColumns,
  },
  (t) => [uniqueIndex("actions_lheo_id_idx").on(t.lheoId), index("actions_formation_idx").on(t.formationId)],
);

/** Session: dated occurrence of an action. Dates stay null when the feed says 00000000. */
export const sessions = pgTable(
  "sessions",
  {
    id: serial("id").primaryKey(),
    lheoId: text("lheo_id").notNull(),
    actionId: integer("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    startDate: date("start_date"),
    endDate: date("end_date"),
    registrationStart: date("registration_start"),
    registrationEnd: date("registration_end"),
    registrationDetails: text("registration_details"),
    registrationAddress: jsonb("registration_address").$type<Address>(),
    /** dict-etat-recrutement: 1 open, 2 closed, 3 suspended. */
    recruitmentState: text("recruitment_state"),
    urls: text("urls").array().notNull().default([]),
    contacts: jsonb("contacts").$type<Contact[]>(),
    remote: boolean("remote"),
    ...trackingColumns,
  },
  (t) => [
    uniqueIndex("sessions_lheo_id_idx").on(t.lheoId),
    index("sessions_action_idx").on(t.actionId),
    index("sessions_dates_idx").on(t.startDate, t.endDate),
  ],
);

/** Lieu de formation, shared by the actions held there (deduplicated by address and coordinates). */
export const places = pgTable(
  "places",
  {
    id: serial("id").primaryKey(),
    key: text("key").notNull(),
    name: text("name"),
    lines: text("lines").array().notNull().default([]),
    postcode: text("postcode"),
    city: text("city"),
    inseeCode: text("insee_code"),
    department: text("department"),
    region: text("region"),
    country: text("country"),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    siret: text("siret"),
    uai: text("uai"),
    contact: jsonb("contact").$type<Contact>(),
  },
  (t) => [
    uniqueIndex("places_key_idx").on(t.key),
    index("places_department_idx").on(t.department),
    index("places_geo_idx").on(t.lat, t.lon),
  ],
);

export const actionPlaces = pgTable(
  "action_places",
  {
    actionId: integer("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    placeId: integer("place_id")
      .notNull()
      .references(() => places.id),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.placeId] }), index("action_places_place_idx").on(t.placeId)],
);

/** Organisme formateur of an action (LHEO 2.3 allows several per action). */
export const actionTrainers = pgTable(
  "action_trainers",
  {
    actionId: integer("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    position: integer("position").notNull().default(0),
    contacts: jsonb("contacts").$type<Contact[]>(),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.organisationId] }), index("action_trainers_org_idx").on(t.organisationId)],
);

/** Organisme financeur of an action: dict-financeurs code and financed places. */
export const actionFinancers = pgTable(
  "action_financers",
  {
    actionId: integer("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    financerCode: text("financer_code").notNull(),
    fundedPlaces: integer("funded_places"),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.financerCode] }), index("action_financers_code_idx").on(t.financerCode)],
);

/** A certification prepared by trainings: RNCP or RS (répertoire spécifique), with Certif Info and CPF codes. */
export const certifications = pgTable(
  "certifications",
  {
    id: serial("id").primaryKey(),
    kind: text("kind", { enum: ["RNCP", "RS", "CERTIFINFO", "CPF"] }).notNull(),
    code: text("code").notNull(),
    label: text("label"),
    level: integer("level"),
  },
  (t) => [uniqueIndex("certifications_kind_code_idx").on(t.kind, t.code)],
);

export const formationCertifications = pgTable(
  "formation_certifications",
  {
    formationId: integer("formation_id")
      .notNull()
      .references(() => formations.id, { onDelete: "cascade" }),
    certificationId: integer("certification_id")
      .notNull()
      .references(() => certifications.id),
  },
  (t) => [
    primaryKey({ columns: [t.formationId, t.certificationId] }),
    index("formation_certifications_cert_idx").on(t.certificationId),
  ],
);

/** Domains of a formation: Formacode and NSF codes (one Formacode may be tagged principal). */
export const formationDomains = pgTable(
  "formation_domains",
  {
    formationId: integer("formation_id")
      .notNull()
      .references(() => formations.id, { onDelete: "cascade" }),
    system: text("system", { enum: ["formacode", "nsf"] }).notNull(),
    code: text("code").notNull(),
    principal: boolean("principal").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.formationId, t.system, t.code] }),
    index("formation_domains_code_idx").on(t.system, t.code),
  ],
);

/**
 * ROME codes a formation leads to. Kept as text, without a foreign key: feeds carry retired
 * ROME v3 codes that must not make the record fail; the trade page joins on what exists.
 */
export const formationTrades = pgTable(
  "formation_trades",
  {
    formationId: integer("formation_id")
      .notNull()
      .references(() => formations.id, { onDelete: "cascade" }),
    tradeCode: text("trade_code").notNull(),
  },
  (t) => [primaryKey({ columns: [t.formationId, t.tradeCode] }), index("formation_trades_trade_idx").on(t.tradeCode)],
);

export const organisationsRelations = relations(organisations, ({ many }) => ({
  formations: many(formations),
  trainedActions: many(actionTrainers),
}));

export const formationsRelations = relations(formations, ({ one, many }) => ({
  organisation: one(organisations, { fields: [formations.organisationId], references: [organisations.id] }),
  actions: many(actions),
  certifications: many(formationCertifications),
  domains: many(formationDomains),
  trades: many(formationTrades),
}));

export const actionsRelations = relations(actions, ({ one, many }) => ({
  formation: one(formations, { fields: [actions.formationId], references: [formations.id] }),
  sessions: many(sessions),
  places: many(actionPlaces),
  trainers: many(actionTrainers),
  financers: many(actionFinancers),
}));

export const sessionsRelations = relations(sessions, ({ one }) => ({
  action: one(actions, { fields: [sessions.actionId], references: [actions.id] }),
}));

export const placesRelations = relations(places, ({ many }) => ({
  actions: many(actionPlaces),
}));

export const actionPlacesRelations = relations(actionPlaces, ({ one }) => ({
  action: one(actions, { fields: [actionPlaces.actionId], references: [actions.id] }),
  place: one(places, { fields: [actionPlaces.placeId], references: [places.id] }),
}));

export const actionTrainersRelations = relations(actionTrainers, ({ one }) => ({
  action: one(actions, { fields: [actionTrainers.actionId], references: [actions.id] }),
  organisation: one(organisations, { fields: [actionTrainers.organisationId], references: [organisations.id] }),
}));

export const actionFinancersRelations = relations(actionFinancers, ({ one }) => ({
  action: one(actions, { fields: [actionFinancers.actionId], references: [actions.id] }),
}));

export const formationCertificationsRelations = relations(formationCertifications, ({ one }) => ({
  formation: one(formations, { fields: [formationCertifications.formationId], references: [formations.id] }),
  certification: one(certifications, {
    fields: [formationCertifications.certificationId],
    references: [certifications.id],
  }),
}));

export const formationDomainsRelations = relations(formationDomains, ({ one }) => ({
  formation: one(formations, { fields: [formationDomains.formationId], references: [formations.id] }),
}));

export const formationTradesRelations = relations(formationTrades, ({ one }) => ({
  formation: one(formations, { fields: [formationTrades.formationId], references: [formations.id] }),
}));


export type Organisation = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
export type Formation = typeof formations.$inferSelect;
export type NewFormation = typeof formations.$inferInsert;
export type Action = typeof actions.$inferSelect;
export type NewAction = typeof actions.$inferInsert;
export type Session = typeof sessions.$inferSelect;
export type NewSession = typeof sessions.$inferInsert;
export type Place = typeof places.$inferSelect;
export type NewPlace = typeof places.$inferInsert;
export type Certification = typeof certifications.$inferSelect;
