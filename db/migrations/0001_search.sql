CREATE TABLE "search_documents" (
	"kind" text NOT NULL,
	"id" text NOT NULL,
	"title" text NOT NULL,
	"subtitle" text,
	"body" text DEFAULT '' NOT NULL,
	"keywords" text[] DEFAULT '{}' NOT NULL,
	"keywords_text" text DEFAULT '' NOT NULL,
	"url" text NOT NULL,
	"facets" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"facet_tokens" text[] DEFAULT '{}' NOT NULL,
	"region_funded" boolean DEFAULT false NOT NULL,
	"dates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"date_ranges" datemultirange,
	"last_date" date,
	"sort_date" date,
	"geo_lat" double precision[] DEFAULT '{}' NOT NULL,
	"geo_lon" double precision[] DEFAULT '{}' NOT NULL,
	"lat_min" double precision,
	"lat_max" double precision,
	"lon_min" double precision,
	"lon_max" double precision,
	"title_sort" text GENERATED ALWAYS AS (lower(immutable_unaccent(title))) STORED,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('french'::regconfig, immutable_unaccent(title)), 'A') || setweight(to_tsvector('french'::regconfig, immutable_unaccent(keywords_text || ' ' || coalesce(subtitle, ''))), 'B') || setweight(to_tsvector('french'::regconfig, immutable_unaccent(body)), 'C')) STORED,
	"match_text" text GENERATED ALWAYS AS (regexp_replace(lower(immutable_unaccent(title || ' ' || keywords_text)), '[^a-z0-9]+', ' ', 'g')) STORED,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_documents_kind_id_pk" PRIMARY KEY("kind","id")
);
--> statement-breakpoint
CREATE INDEX "search_documents_vector_idx" ON "search_documents" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "search_documents_match_trgm_idx" ON "search_documents" USING gin ("match_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_documents_facets_idx" ON "search_documents" USING gin ("facet_tokens");--> statement-breakpoint
CREATE INDEX "search_documents_dates_idx" ON "search_documents" USING gist ("date_ranges");--> statement-breakpoint
CREATE INDEX "search_documents_geo_idx" ON "search_documents" USING gist (box(point(lon_min, lat_min), point(lon_max, lat_max)));--> statement-breakpoint
CREATE INDEX "search_documents_last_date_idx" ON "search_documents" USING btree ("kind","last_date");--> statement-breakpoint
CREATE INDEX "search_documents_title_idx" ON "search_documents" USING btree ("kind","title_sort");