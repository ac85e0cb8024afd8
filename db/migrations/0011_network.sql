CREATE TABLE "alumni_profiles" (
	"user_id" text PRIMARY KEY NOT NULL,
	"last_name" text NOT NULL,
	"first_name" text NOT NULL,
	"country_of_origin" text NOT NULL,
	"country_of_activity" text,
	"school_of_origin" text,
	"company" text NOT NULL,
	"position" text,
	"training_type" text,
	"speciality" text,
	"school" text,
	"year" smallint,
	"internship_company" text,
	"contact_email" text,
	"contact_phone" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_members" (
	"user_id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"organisation_id" integer,
	"admin_scope" text,
	"admin_level" text,
	"locale" text DEFAULT 'fr' NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by_id" text,
	"featured_at" timestamp with time zone,
	"newsletter_opt_out" boolean DEFAULT false NOT NULL,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_organisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"city" text,
	"website" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_organisations_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "alumni_profiles" ADD CONSTRAINT "alumni_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_organisation_id_network_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."network_organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alumni_profiles_name_idx" ON "alumni_profiles" USING btree ("last_name","first_name");--> statement-breakpoint
CREATE INDEX "network_members_status_idx" ON "network_members" USING btree ("status","kind");