import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, serial, smallint, text, timestamp } from "drizzle-orm/pg-core";
// Relative, not "@/": drizzle-kit loads the schema outside the app's path aliases.
import { users } from "./auth";
import { outboxEmails } from "./email";

/**
 * International alumni network (issue 8): the training organisations of the campus, the members
 * (alumni, organisation members, network administrators) with their approval, and the alumni
 * profiles whose fields lib/network/matrix.ts shows or hides per viewer.
 */

export const NETWORK_MEMBER_KINDS = ["alumni", "organisation_member", "network_admin"] as const;
export const NETWORK_MEMBER_STATUSES = ["pending", "approved", "refused"] as const;
/** The two administrators of the specification: the network's community manager and the campus direction. */
export const NETWORK_ADMIN_SCOPES = ["bricks", "campus"] as const;
/** Full administrator, partial administrator (content, no accounts), or read-only. */
export const NETWORK_ADMIN_LEVELS = ["full", "partial", "read_only"] as const;
export const NETWORK_LOCALES = ["fr", "en"] as const;

/** The ~40 member training organisations, pre-registered: organisation members pick theirs at sign-up. */
export const networkOrganisations = pgTable("network_organisations", {
  id: serial("id").primaryKey(),
  name: text("name").notNull().unique(),
  city: text("city"),
  website: text("website"),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const networkMembers = pgTable(
  "network_members",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NETWORK_MEMBER_KINDS }).notNull(),
    /** Only "approved" members reach the network area. */
    status: text("status", { enum: NETWORK_MEMBER_STATUSES }).notNull().default("pending"),
    /** For organisation members: the member organisation they belong to. */
    organisationId: integer("organisation_id").references(() => networkOrganisations.id, { onDelete: "set null" }),
    adminScope: text("admin_scope", { enum: NETWORK_ADMIN_SCOPES }),
    adminLevel: text("admin_level", { enum: NETWORK_ADMIN_LEVELS }),
    /** Language of the network interface and of its e-mails. */
    locale: text("locale", { enum: NETWORK_LOCALES }).notNull().default("fr"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedById: text("decided_by_id"),
    /** A talent profile the administrators put forward on the network home. */
    featuredAt: timestamp("featured_at", { withTimezone: true }),
    /** Newsletters: consent given at sign-up can be withdrawn from any newsletter's link. */
    newsletterOptOut: boolean("newsletter_opt_out").notNull().default(false),
    /** Last yearly reminder to update the profile. */
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("network_members_status_idx").on(t.status, t.kind)],
);

/** An alumni's profile: the fields of the specification's "Champs" table. */
export const alumniProfiles = pgTable(
  "alumni_profiles",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    lastName: text("last_name").notNull(),
    firstName: text("first_name").notNull(),
    /** ISO 3166-1 alpha-2 codes. */
    countryOfOrigin: text("country_of_origin").notNull(),
    countryOfActivity: text("country_of_activity"),
    schoolOfOrigin: text("school_of_origin"),
    company: text("company").notNull(),
    position: text("position"),
    trainingType: text("training_type"),
    speciality: text("speciality"),
    /** The campus member school where the training was followed. */
    school: text("school"),
    year: smallint("year"),
    internshipCompany: text("internship_company"),
    contactEmail: text("contact_email"),
    contactPhone: text("contact_phone"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("alumni_profiles_name_idx").on(t.lastName, t.firstName)],
);

export const NETWORK_POST_KINDS = ["news", "event"] as const;
export const NETWORK_POST_STATUSES = ["draft", "published"] as const;

/**
 * News and events of the network, written by its administrators and shown only inside the area.
 * French is mandatory (the campus's language), English optional: members reading in English get
 * the French text where no translation exists.
 */
export const networkPosts = pgTable(
  "network_posts",
  {
    id: serial("id").primaryKey(),
    kind: text("kind", { enum: NETWORK_POST_KINDS }).notNull(),
    titleFr: text("title_fr").notNull(),
    titleEn: text("title_en"),
    /** Sanitised HTML (lib/cms/sanitize.ts), never stored unsanitised. */
    bodyFr: text("body_fr").notNull().default(""),
    bodyEn: text("body_en"),
    /** Events only. */
    startsAt: timestamp("starts_at", { withTimezone: true }),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    place: text("place"),
    onlineUrl: text("online_url"),
    /** Drafts are seen only by the network's administrators. */
    status: text("status", { enum: NETWORK_POST_STATUSES }).notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("network_posts_published_idx").on(t.status, t.kind, t.publishedAt),
    index("network_posts_starts_idx").on(t.kind, t.startsAt),
    // An event without a date could not be listed among upcoming events nor put in a calendar.
    check("network_posts_event_starts_check", sql`${t.kind} <> 'event' or ${t.startsAt} is not null`),
  ],
);

export const NEWSLETTER_STATUSES = ["draft", "sent"] as const;
/** Who a newsletter can go to: the two kinds of members (administrators are not a segment). */
export const NEWSLETTER_MEMBER_KINDS = ["alumni", "organisation_member"] as const;

/**
 * The members a newsletter goes to. Empty or missing lists do not filter. The profile criteria
 * (countries, schools, years) select alumni, the organisations select organisation members.
 */
export type NewsletterSegment = {
  kinds: (typeof NEWSLETTER_MEMBER_KINDS)[number][];
  countriesOfOrigin?: string[];
  countriesOfActivity?: string[];
  schools?: string[];
  years?: number[];
  organisationIds?: number[];
};

/** Newsletters of the network, composed by its administrators; French mandatory, English optional. */
export const newsletters = pgTable(
  "newsletters",
  {
    id: serial("id").primaryKey(),
    subjectFr: text("subject_fr").notNull(),
    subjectEn: text("subject_en"),
    /** Sanitised HTML (lib/cms/sanitize.ts), never stored unsanitised. */
    bodyFr: text("body_fr").notNull().default(""),
    bodyEn: text("body_en"),
    segment: jsonb("segment").$type<NewsletterSegment>().notNull(),
    /** A sent newsletter is frozen: it cannot be edited nor sent again. */
    status: text("status", { enum: NEWSLETTER_STATUSES }).notNull().default("draft"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    recipientCount: integer("recipient_count"),
  },
  (t) => [index("newsletters_status_idx").on(t.status, t.createdAt)],
);

/**
 * One row per member a newsletter went to. The primary key is what makes sending idempotent: a
 * retry after an interruption skips the members already served.
 */
export const newsletterDeliveries = pgTable(
  "newsletter_deliveries",
  {
    newsletterId: integer("newsletter_id")
      .notNull()
      .references(() => newsletters.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    outboxEmailId: integer("outbox_email_id").references(() => outboxEmails.id, { onDelete: "set null" }),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.newsletterId, t.userId] })],
);

export type NetworkOrganisation = typeof networkOrganisations.$inferSelect;
export type NetworkMember = typeof networkMembers.$inferSelect;
export type AlumniProfile = typeof alumniProfiles.$inferSelect;
export type NetworkPost = typeof networkPosts.$inferSelect;
export type Newsletter = typeof newsletters.$inferSelect;
export type NewsletterDelivery = typeof newsletterDeliveries.$inferSelect;
