-- Search relies on trigram similarity and accent folding, on PGlite and PostgreSQL alike.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
-- unaccent() is only STABLE; indexes need an IMMUTABLE wrapper bound to the unaccent dictionary.
CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
CREATE TYPE "public"."alternance_type" AS ENUM('apprentissage', 'professionnalisation', 'toutes');--> statement-breakpoint
CREATE TYPE "public"."offer_status" AS ENUM('active', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."teaching_modality" AS ENUM('presentiel', 'mixte', 'distance');--> statement-breakpoint
CREATE TABLE "action_financers" (
	"action_id" integer NOT NULL,
	"financer_code" text NOT NULL,
	"funded_places" integer,
	CONSTRAINT "action_financers_action_id_financer_code_pk" PRIMARY KEY("action_id","financer_code")
);
--> statement-breakpoint
CREATE TABLE "action_places" (
	"action_id" integer NOT NULL,
	"place_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "action_places_action_id_place_id_pk" PRIMARY KEY("action_id","place_id")
);
--> statement-breakpoint
CREATE TABLE "action_trainers" (
	"action_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"contacts" jsonb,
	CONSTRAINT "action_trainers_action_id_organisation_id_pk" PRIMARY KEY("action_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"lheo_id" text NOT NULL,
	"formation_id" integer NOT NULL,
	"rhythm" text,
	"public_codes" text[] DEFAULT '{}' NOT NULL,
	"public_info" text,
	"entry_level_required" boolean,
	"alternance_details" text,
	"alternance" "alternance_type",
	"modality" "teaching_modality",
	"specific_conditions" text,
	"funding_possible" boolean,
	"permanent_entry" boolean,
	"urls" text[] DEFAULT '{}' NOT NULL,
	"cycle_years" integer,
	"info_address" jsonb,
	"info_dates" date[] DEFAULT '{}' NOT NULL,
	"catering" text,
	"lodging" text,
	"transport" text,
	"disability_access" text,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"recruitment_details" text,
	"teaching_details" text,
	"remaining_costs" text,
	"hourly_price" numeric(10, 2),
	"total_price" numeric(12, 2),
	"duration_text" text,
	"hours_centre" integer,
	"hours_company" integer,
	"hours_total" integer,
	"funding_details" text,
	"conventioned" boolean,
	"region_funded" boolean DEFAULT false NOT NULL,
	"cpf_eligible" boolean DEFAULT false NOT NULL,
	"source" text DEFAULT 'demo' NOT NULL,
	"status" "offer_status" DEFAULT 'active' NOT NULL,
	"content_hash" text NOT NULL,
	"lheo_created_on" date,
	"lheo_updated_on" date,
	"extras" jsonb,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certifications" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"label" text,
	"level" integer
);
--> statement-breakpoint
CREATE TABLE "formation_certifications" (
	"formation_id" integer NOT NULL,
	"certification_id" integer NOT NULL,
	CONSTRAINT "formation_certifications_formation_id_certification_id_pk" PRIMARY KEY("formation_id","certification_id")
);
--> statement-breakpoint
CREATE TABLE "formation_domains" (
	"formation_id" integer NOT NULL,
	"system" text NOT NULL,
	"code" text NOT NULL,
	"principal" boolean DEFAULT false NOT NULL,
	CONSTRAINT "formation_domains_formation_id_system_code_pk" PRIMARY KEY("formation_id","system","code")
);
--> statement-breakpoint
CREATE TABLE "formation_trades" (
	"formation_id" integer NOT NULL,
	"trade_code" text NOT NULL,
	CONSTRAINT "formation_trades_formation_id_trade_code_pk" PRIMARY KEY("formation_id","trade_code")
);
--> statement-breakpoint
CREATE TABLE "formations" (
	"id" serial PRIMARY KEY NOT NULL,
	"lheo_id" text NOT NULL,
	"title" text NOT NULL,
	"objective" text,
	"expected_results" text,
	"content" text,
	"certifying" boolean DEFAULT false NOT NULL,
	"path_type" text,
	"entry_level_code" text,
	"entry_level" integer,
	"exit_level_code" text,
	"exit_level" integer,
	"general_objective" text,
	"urls" text[] DEFAULT '{}' NOT NULL,
	"contacts" jsonb,
	"organisation_id" integer,
	"module_id" text,
	"source" text DEFAULT 'demo' NOT NULL,
	"status" "offer_status" DEFAULT 'active' NOT NULL,
	"content_hash" text NOT NULL,
	"lheo_created_on" date,
	"lheo_updated_on" date,
	"extras" jsonb,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"lheo_key" text NOT NULL,
	"siret" text,
	"activity_number" text,
	"uai" text,
	"name" text NOT NULL,
	"legal_name" text,
	"description" text,
	"address" jsonb,
	"lat" double precision,
	"lon" double precision,
	"contact" jsonb,
	"contacts" jsonb,
	"formacodes" text[] DEFAULT '{}' NOT NULL,
	"source" text DEFAULT 'demo' NOT NULL,
	"status" "offer_status" DEFAULT 'active' NOT NULL,
	"content_hash" text NOT NULL,
	"lheo_created_on" date,
	"lheo_updated_on" date,
	"extras" jsonb,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"name" text,
	"lines" text[] DEFAULT '{}' NOT NULL,
	"postcode" text,
	"city" text,
	"insee_code" text,
	"department" text,
	"region" text,
	"country" text,
	"lat" double precision,
	"lon" double precision,
	"siret" text,
	"uai" text,
	"contact" jsonb
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"lheo_id" text NOT NULL,
	"action_id" integer NOT NULL,
	"start_date" date,
	"end_date" date,
	"registration_start" date,
	"registration_end" date,
	"registration_details" text,
	"registration_address" jsonb,
	"recruitment_state" text,
	"urls" text[] DEFAULT '{}' NOT NULL,
	"contacts" jsonb,
	"remote" boolean,
	"source" text DEFAULT 'demo' NOT NULL,
	"status" "offer_status" DEFAULT 'active' NOT NULL,
	"content_hash" text NOT NULL,
	"lheo_created_on" date,
	"lheo_updated_on" date,
	"extras" jsonb,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "domain_codes" (
	"system" text NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"parent_code" text,
	CONSTRAINT "domain_codes_system_code_pk" PRIMARY KEY("system","code")
);
--> statement-breakpoint
CREATE TABLE "lheo_codes" (
	"dict" text NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"eu_level" integer,
	"obsolete" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "lheo_codes_dict_code_pk" PRIMARY KEY("dict","code")
);
--> statement-breakpoint
CREATE TABLE "system_state" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trade_appellations" (
	"ogr_code" text PRIMARY KEY NOT NULL,
	"trade_code" text NOT NULL,
	"label" text NOT NULL,
	"short_label" text NOT NULL,
	"classification" text,
	"rarely_used" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trade_domains" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"great_domain_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trade_great_domains" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trade_mobilities" (
	"trade_code" text NOT NULL,
	"target_code" text NOT NULL,
	"rank" integer NOT NULL,
	CONSTRAINT "trade_mobilities_trade_code_target_code_pk" PRIMARY KEY("trade_code","target_code")
);
--> statement-breakpoint
CREATE TABLE "trade_skills" (
	"trade_code" text NOT NULL,
	"ogr_code" text NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"category" text,
	"core" boolean DEFAULT false NOT NULL,
	CONSTRAINT "trade_skills_trade_code_ogr_code_kind_pk" PRIMARY KEY("trade_code","ogr_code","kind")
);
--> statement-breakpoint
CREATE TABLE "trades" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"ogr_code" text,
	"fiche_code" text,
	"parent_code" text NOT NULL,
	"domain_code" text NOT NULL,
	"transition_eco" text,
	"transition_num" boolean DEFAULT false NOT NULL,
	"transition_demo" boolean DEFAULT false NOT NULL,
	"regulated" boolean DEFAULT false NOT NULL,
	"executive" boolean DEFAULT false NOT NULL,
	"definition" text[] DEFAULT '{}' NOT NULL,
	"access_conditions" text[] DEFAULT '{}' NOT NULL,
	"work_conditions" text[] DEFAULT '{}' NOT NULL,
	"median_net_monthly_salary" integer
);
--> statement-breakpoint
ALTER TABLE "action_financers" ADD CONSTRAINT "action_financers_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_places" ADD CONSTRAINT "action_places_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_places" ADD CONSTRAINT "action_places_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_trainers" ADD CONSTRAINT "action_trainers_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_trainers" ADD CONSTRAINT "action_trainers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_formation_id_formations_id_fk" FOREIGN KEY ("formation_id") REFERENCES "public"."formations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formation_certifications" ADD CONSTRAINT "formation_certifications_formation_id_formations_id_fk" FOREIGN KEY ("formation_id") REFERENCES "public"."formations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formation_certifications" ADD CONSTRAINT "formation_certifications_certification_id_certifications_id_fk" FOREIGN KEY ("certification_id") REFERENCES "public"."certifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formation_domains" ADD CONSTRAINT "formation_domains_formation_id_formations_id_fk" FOREIGN KEY ("formation_id") REFERENCES "public"."formations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formation_trades" ADD CONSTRAINT "formation_trades_formation_id_formations_id_fk" FOREIGN KEY ("formation_id") REFERENCES "public"."formations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formations" ADD CONSTRAINT "formations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_appellations" ADD CONSTRAINT "trade_appellations_trade_code_trades_code_fk" FOREIGN KEY ("trade_code") REFERENCES "public"."trades"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_domains" ADD CONSTRAINT "trade_domains_great_domain_code_trade_great_domains_code_fk" FOREIGN KEY ("great_domain_code") REFERENCES "public"."trade_great_domains"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_mobilities" ADD CONSTRAINT "trade_mobilities_trade_code_trades_code_fk" FOREIGN KEY ("trade_code") REFERENCES "public"."trades"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_mobilities" ADD CONSTRAINT "trade_mobilities_target_code_trades_code_fk" FOREIGN KEY ("target_code") REFERENCES "public"."trades"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trade_skills" ADD CONSTRAINT "trade_skills_trade_code_trades_code_fk" FOREIGN KEY ("trade_code") REFERENCES "public"."trades"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trades" ADD CONSTRAINT "trades_domain_code_trade_domains_code_fk" FOREIGN KEY ("domain_code") REFERENCES "public"."trade_domains"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_financers_code_idx" ON "action_financers" USING btree ("financer_code");--> statement-breakpoint
CREATE INDEX "action_places_place_idx" ON "action_places" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "action_trainers_org_idx" ON "action_trainers" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "actions_lheo_id_idx" ON "actions" USING btree ("lheo_id");--> statement-breakpoint
CREATE INDEX "actions_formation_idx" ON "actions" USING btree ("formation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certifications_kind_code_idx" ON "certifications" USING btree ("kind","code");--> statement-breakpoint
CREATE INDEX "formation_certifications_cert_idx" ON "formation_certifications" USING btree ("certification_id");--> statement-breakpoint
CREATE INDEX "formation_domains_code_idx" ON "formation_domains" USING btree ("system","code");--> statement-breakpoint
CREATE INDEX "formation_trades_trade_idx" ON "formation_trades" USING btree ("trade_code");--> statement-breakpoint
CREATE UNIQUE INDEX "formations_lheo_id_idx" ON "formations" USING btree ("lheo_id");--> statement-breakpoint
CREATE INDEX "formations_organisation_idx" ON "formations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "formations_status_idx" ON "formations" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_lheo_key_idx" ON "organisations" USING btree ("lheo_key");--> statement-breakpoint
CREATE INDEX "organisations_siret_idx" ON "organisations" USING btree ("siret");--> statement-breakpoint
CREATE UNIQUE INDEX "places_key_idx" ON "places" USING btree ("key");--> statement-breakpoint
CREATE INDEX "places_department_idx" ON "places" USING btree ("department");--> statement-breakpoint
CREATE INDEX "places_geo_idx" ON "places" USING btree ("lat","lon");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_lheo_id_idx" ON "sessions" USING btree ("lheo_id");--> statement-breakpoint
CREATE INDEX "sessions_action_idx" ON "sessions" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "sessions_dates_idx" ON "sessions" USING btree ("start_date","end_date");--> statement-breakpoint
CREATE INDEX "trade_appellations_trade_idx" ON "trade_appellations" USING btree ("trade_code");--> statement-breakpoint
CREATE INDEX "trade_domains_great_domain_idx" ON "trade_domains" USING btree ("great_domain_code");--> statement-breakpoint
CREATE INDEX "trades_parent_idx" ON "trades" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "trades_domain_idx" ON "trades" USING btree ("domain_code");