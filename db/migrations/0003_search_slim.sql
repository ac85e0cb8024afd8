CREATE TABLE "search_index_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"generation" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "search_documents_vector_idx";--> statement-breakpoint
DROP INDEX "search_documents_facets_idx";--> statement-breakpoint
DROP INDEX "search_documents_dates_idx";--> statement-breakpoint
DROP INDEX "search_documents_geo_idx";--> statement-breakpoint
DROP INDEX "search_documents_last_date_idx";--> statement-breakpoint
DROP INDEX "search_documents_title_idx";--> statement-breakpoint
-- Moved first by hand: this generated column reads body, which cannot be dropped before it.
ALTER TABLE "search_documents" DROP COLUMN "search_vector";--> statement-breakpoint
ALTER TABLE "search_documents" DROP COLUMN "body";--> statement-breakpoint
ALTER TABLE "search_documents" DROP COLUMN "facets";--> statement-breakpoint
ALTER TABLE "search_documents" DROP COLUMN "date_ranges";--> statement-breakpoint
ALTER TABLE "search_documents" DROP COLUMN "last_date";--> statement-breakpoint
ALTER TABLE "search_documents" DROP COLUMN "lat_min";--> statement-breakpoint
ALTER TABLE "search_documents" DROP COLUMN "lat_max";--> statement-breakpoint
ALTER TABLE "search_documents" DROP COLUMN "lon_min";--> statement-breakpoint
ALTER TABLE "search_documents" DROP COLUMN "lon_max";