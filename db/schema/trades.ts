import { relations } from "drizzle-orm";
import { boolean, index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/** ROME 4.0 "grand domaine" (one letter, e.g. "H" Industrie). */
export const tradeGreatDomains = pgTable("trade_great_domains", {
  code: text("code").primaryKey(),
  label: text("label").notNull(),
});

/** ROME 4.0 "domaine professionnel" (letter + two digits, e.g. "H22"). */
export const tradeDomains = pgTable(
  "trade_domains",
  {
    code: text("code").primaryKey(),
    label: text("label").notNull(),
    greatDomainCode: text("great_domain_code")
      .notNull()
      .references(() => tradeGreatDomains.code),
  },
  (t) => [index("trade_domains_great_domain_idx").on(t.greatDomainCode)],
);

/**
 * A ROME code (fiche métier or sub-trade). In ROME 4.0 several codes share one parent fiche
 * (`parentCode`); the public trade page is the parent's, sub-trades are listed on it.
 */
export const trades = pgTable(
  "trades",
  {
    code: text("code").primaryKey(),
    label: text("label").notNull(),
    ogrCode: text("ogr_code"),
    ficheCode: text("fiche_code"),
    parentCode: text("parent_code").notNull(),
    domainCode: text("domain_code")
      .notNull()
      .references(() => tradeDomains.code),
    /** ROME "transition" flags: ecological, digital, demographic. */
    transitionEco: text("transition_eco"),
    transitionNum: boolean("transition_num").notNull().default(false),
    transitionDemo: boolean("transition_demo").notNull().default(false),
    regulated: boolean("regulated").notNull().default(false),
    executive: boolean("executive").notNull().default(false),
    /** Definition, access conditions and work conditions, as ordered paragraphs. */
    definition: text("definition").array().notNull().default([]),
    accessConditions: text("access_conditions").array().notNull().default([]),
    workConditions: text("work_conditions").array().notNull().default([]),
    /** Median monthly net salary in euros; null when not published ("non diffusable"). */
    medianNetMonthlySalary: integer("median_net_monthly_salary"),
  },
  (t) => [index("trades_parent_idx").on(t.parentCode), index("trades_domain_idx").on(t.domainCode)],
);

/** One of the ~13,000 job titles of ROME, each attached to one ROME code. */
export const tradeAppellations = pgTable(
  "trade_appellations",
  {
    ogrCode: text("ogr_code").primaryKey(),
    tradeCode: text("trade_code")
      .notNull()
      .references(() => trades.code, { onDelete: "cascade" }),
    label: text("label").notNull(),
    shortLabel: text("short_label").notNull(),
    classification: text("classification"),
    rarelyUsed: boolean("rarely_used").notNull().default(false),
  },
  (t) => [index("trade_appellations_trade_idx").on(t.tradeCode)],
);

/** Skills and knowledge (ROME "savoir-faire", "savoir-être", "savoirs") linked to a trade. */
export const tradeSkills = pgTable(
  "trade_skills",
  {
    tradeCode: text("trade_code")
      .notNull()
      .references(() => trades.code, { onDelete: "cascade" }),
    ogrCode: text("ogr_code").notNull(),
    kind: text("kind", { enum: ["savoir-faire", "savoir-etre", "savoir", "contexte"] }).notNull(),
    label: text("label").notNull(),
    category: text("category"),
    core: boolean("core").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.tradeCode, t.ogrCode, t.kind] })],
);

/** ROME mobility: trades reachable from a trade, ordered. */
export const tradeMobilities = pgTable(
  "trade_mobilities",
  {
    tradeCode: text("trade_code")
      .notNull()
      .references(() => trades.code, { onDelete: "cascade" }),
    targetCode: text("target_code")
      .notNull()
      .references(() => trades.code, { onDelete: "cascade" }),
    rank: integer("rank").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tradeCode, t.targetCode] })],
);

export const tradesRelations = relations(trades, ({ one, many }) => ({
  domain: one(tradeDomains, { fields: [trades.domainCode], references: [tradeDomains.code] }),
  appellations: many(tradeAppellations),
  skills: many(tradeSkills),
  mobilities: many(tradeMobilities, { relationName: "from" }),
}));

export const tradeDomainsRelations = relations(tradeDomains, ({ one, many }) => ({
  greatDomain: one(tradeGreatDomains, { fields: [tradeDomains.greatDomainCode], references: [tradeGreatDomains.code] }),
  trades: many(trades),
}));

export const tradeGreatDomainsRelations = relations(tradeGreatDomains, ({ many }) => ({
  domains: many(tradeDomains),
}));

export const tradeAppellationsRelations = relations(tradeAppellations, ({ one }) => ({
  trade: one(trades, { fields: [tradeAppellations.tradeCode], references: [trades.code] }),
}));

export const tradeSkillsRelations = relations(tradeSkills, ({ one }) => ({
  trade: one(trades, { fields: [tradeSkills.tradeCode], references: [trades.code] }),
}));

export const tradeMobilitiesRelations = relations(tradeMobilities, ({ one }) => ({
  trade: one(trades, { fields: [tradeMobilities.tradeCode], references: [trades.code], relationName: "from" }),
  target: one(trades, { fields: [tradeMobilities.targetCode], references: [trades.code], relationName: "to" }),
}));

export type Trade = typeof trades.$inferSelect;
export type NewTrade = typeof trades.$inferInsert;
export type TradeAppellation = typeof tradeAppellations.$inferSelect;
export type TradeDomain = typeof tradeDomains.$inferSelect;
export type TradeGreatDomain = typeof tradeGreatDomains.$inferSelect;
