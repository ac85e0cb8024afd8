import { integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/**
 * LHEO closed code tables (dict-niveaux, dict-financeurs, dict-type-alternance, ...), one table
 * keyed by (dict, code), so a new dictionary needs data, not a migration.
 */
export const lheoCodes = pgTable(
  "lheo_codes",
  {
    dict: text("dict").notNull(),
    code: text("code").notNull(),
    label: text("label").notNull(),
    /** For dict-niveaux: the European level (1-8) an old or new code stands for; 0 when none. */
    euLevel: integer("eu_level"),
    obsolete: integer("obsolete").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.dict, t.code] })],
);

/** Formacode and NSF domains, used as training domains and search facets. */
export const domainCodes = pgTable(
  "domain_codes",
  {
    system: text("system", { enum: ["formacode", "nsf"] }).notNull(),
    code: text("code").notNull(),
    label: text("label").notNull(),
    parentCode: text("parent_code"),
  },
  (t) => [primaryKey({ columns: [t.system, t.code] })],
);

export type LheoCode = typeof lheoCodes.$inferSelect;
export type DomainCode = typeof domainCodes.$inferSelect;
