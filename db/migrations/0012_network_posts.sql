CREATE TABLE "network_posts" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"title_fr" text NOT NULL,
	"title_en" text,
	"body_fr" text DEFAULT '' NOT NULL,
	"body_en" text,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"place" text,
	"online_url" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"author_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_posts_event_starts_check" CHECK ("network_posts"."kind" <> 'event' or "network_posts"."starts_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "network_posts" ADD CONSTRAINT "network_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_posts_published_idx" ON "network_posts" USING btree ("status","kind","published_at");--> statement-breakpoint
CREATE INDEX "network_posts_starts_idx" ON "network_posts" USING btree ("kind","starts_at");