CREATE TABLE "captcha_solutions" (
	"signature" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "captcha_solutions_signature_pk" PRIMARY KEY("signature")
);
--> statement-breakpoint
CREATE TABLE "content_revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"content_id" integer NOT NULL,
	"version" integer NOT NULL,
	"operation" text NOT NULL,
	"status" text NOT NULL,
	"title" text NOT NULL,
	"data" jsonb NOT NULL,
	"changed_fields" text[] DEFAULT '{}' NOT NULL,
	"actor_id" text,
	"actor_label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "info_pages" (
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
	"menu_position" integer,
	CONSTRAINT "info_pages_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "media" (
	"id" text PRIMARY KEY NOT NULL,
	"storage_key" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"width" integer,
	"height" integer,
	"original_name" text NOT NULL,
	"alt" text,
	"uploaded_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "news" (
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
	"themes" text[] DEFAULT '{}' NOT NULL,
	"image_id" text,
	"image_alt" text,
	CONSTRAINT "news_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "rate_limit_hits" (
	"id" serial PRIMARY KEY NOT NULL,
	"bucket" text NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "news" ADD CONSTRAINT "news_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "content_revisions_version_idx" ON "content_revisions" USING btree ("kind","content_id","version");--> statement-breakpoint
CREATE INDEX "info_pages_status_idx" ON "info_pages" USING btree ("status","menu_position");--> statement-breakpoint
CREATE INDEX "media_created_idx" ON "media" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "news_status_published_idx" ON "news" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "rate_limit_hits_key_idx" ON "rate_limit_hits" USING btree ("bucket","key","at");--> statement-breakpoint
-- Bodies were plain text until the rich-text editor: escape them and keep their paragraphs and line breaks.
UPDATE "events" SET "body" = '<p>' || replace(replace(replace(replace(replace("body", '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), E'\n\n', '</p><p>'), E'\n', '<br>') || '</p>' WHERE "body" IS NOT NULL AND "body" NOT LIKE '<%';--> statement-breakpoint
UPDATE "support_structures" SET "body" = '<p>' || replace(replace(replace(replace(replace("body", '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), E'\n\n', '</p><p>'), E'\n', '<br>') || '</p>' WHERE "body" IS NOT NULL AND "body" NOT LIKE '<%';--> statement-breakpoint
UPDATE "financing_schemes" SET "body" = '<p>' || replace(replace(replace(replace(replace("body", '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), E'\n\n', '</p><p>'), E'\n', '<br>') || '</p>' WHERE "body" IS NOT NULL AND "body" NOT LIKE '<%';--> statement-breakpoint
UPDATE "resources" SET "body" = '<p>' || replace(replace(replace(replace(replace("body", '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), E'\n\n', '</p><p>'), E'\n', '<br>') || '</p>' WHERE "body" IS NOT NULL AND "body" NOT LIKE '<%';
