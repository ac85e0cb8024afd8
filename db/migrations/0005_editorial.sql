CREATE TYPE "public"."editorial_status" AS ENUM('draft', 'scheduled', 'published', 'archived');--> statement-breakpoint
CREATE TYPE "public"."event_type" AS ENUM('journee-portes-ouvertes', 'salon-forum', 'reunion-information', 'atelier', 'job-dating', 'webinaire', 'autre');--> statement-breakpoint
CREATE TYPE "public"."resource_kind" AS ENUM('guide', 'video', 'fiche', 'outil', 'site');--> statement-breakpoint
CREATE TABLE "editorial_codes" (
	"dict" text NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"description" text,
	CONSTRAINT "editorial_codes_dict_code_pk" PRIMARY KEY("dict","code")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"body" text,
	"status" "editorial_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"audiences" text[] DEFAULT '{}' NOT NULL,
	"territory" text[] DEFAULT '{}' NOT NULL,
	"source" text DEFAULT 'editor' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"type" "event_type" DEFAULT 'autre' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"online" boolean DEFAULT false NOT NULL,
	"online_url" text,
	"place_name" text,
	"address" text,
	"postcode" text,
	"city" text,
	"department" text,
	"region" text,
	"lat" double precision,
	"lon" double precision,
	"registration_url" text,
	"capacity" integer,
	"organiser_name" text,
	"organisation_id" integer,
	CONSTRAINT "events_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "financing_schemes" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"body" text,
	"status" "editorial_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"audiences" text[] DEFAULT '{}' NOT NULL,
	"territory" text[] DEFAULT '{}' NOT NULL,
	"source" text DEFAULT 'editor' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acronym" text,
	"kind" text NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"conditions" text,
	"amounts" text,
	"cpf_eligible" boolean DEFAULT false NOT NULL,
	"website" text,
	"external_ref" text,
	CONSTRAINT "financing_schemes_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"body" text,
	"status" "editorial_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"audiences" text[] DEFAULT '{}' NOT NULL,
	"territory" text[] DEFAULT '{}' NOT NULL,
	"source" text DEFAULT 'editor' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" "resource_kind" NOT NULL,
	"url" text NOT NULL,
	"publisher" text,
	"themes" text[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "resources_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "support_structures" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"body" text,
	"status" "editorial_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"audiences" text[] DEFAULT '{}' NOT NULL,
	"territory" text[] DEFAULT '{}' NOT NULL,
	"source" text DEFAULT 'editor' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"structure_type" text NOT NULL,
	"services" text[] DEFAULT '{}' NOT NULL,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"publics" text[] DEFAULT '{}' NOT NULL,
	"address" text,
	"postcode" text,
	"city" text,
	"department" text,
	"region" text,
	"lat" double precision,
	"lon" double precision,
	"phone" text,
	"email" text,
	"website" text,
	"opening_hours" text,
	CONSTRAINT "support_structures_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_status_starts_idx" ON "events" USING btree ("status","starts_at");--> statement-breakpoint
CREATE INDEX "events_organisation_idx" ON "events" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "events_department_idx" ON "events" USING btree ("department");--> statement-breakpoint
CREATE INDEX "financing_schemes_status_idx" ON "financing_schemes" USING btree ("status");--> statement-breakpoint
CREATE INDEX "financing_schemes_ref_idx" ON "financing_schemes" USING btree ("source","external_ref");--> statement-breakpoint
CREATE INDEX "resources_status_idx" ON "resources" USING btree ("status");--> statement-breakpoint
CREATE INDEX "support_structures_status_idx" ON "support_structures" USING btree ("status");--> statement-breakpoint
CREATE INDEX "support_structures_type_idx" ON "support_structures" USING btree ("structure_type");--> statement-breakpoint
CREATE INDEX "support_structures_department_idx" ON "support_structures" USING btree ("department");