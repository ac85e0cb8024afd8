CREATE TABLE "search_texts" (
	"doc_no" integer PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"head_text" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"head_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('french'::regconfig, immutable_unaccent(title)), 'A') || setweight(to_tsvector('french'::regconfig, immutable_unaccent(head_text)), 'B')) STORED,
	"vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('french'::regconfig, immutable_unaccent(title || ' ' || head_text || ' ' || body))) STORED
);
--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "doc_no" integer NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "search_documents_doc_no_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1);--> statement-breakpoint
-- Moved above the foreign key by hand: the key it references must exist first.
ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_doc_no_key" UNIQUE("doc_no");--> statement-breakpoint
ALTER TABLE "search_texts" ADD CONSTRAINT "search_texts_doc_no_search_documents_doc_no_fk" FOREIGN KEY ("doc_no") REFERENCES "public"."search_documents"("doc_no") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_texts_vector_idx" ON "search_texts" USING gin ("vector");