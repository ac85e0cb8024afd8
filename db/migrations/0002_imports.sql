CREATE TABLE "import_anomalies" (
	"id" serial PRIMARY KEY NOT NULL,
	"run_id" integer NOT NULL,
	"record_id" text NOT NULL,
	"level" text NOT NULL,
	"path" text NOT NULL,
	"severity" text NOT NULL,
	"code" text NOT NULL,
	"message" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"source" text NOT NULL,
	"mode" text NOT NULL,
	"lheo_version" text,
	"status" text NOT NULL,
	"rejection_reason" text,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	"counts" jsonb NOT NULL,
	"anomaly_count" integer DEFAULT 0 NOT NULL,
	"triggered_by" text
);
--> statement-breakpoint
ALTER TABLE "import_anomalies" ADD CONSTRAINT "import_anomalies_run_id_import_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."import_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_anomalies_run_idx" ON "import_anomalies" USING btree ("run_id","severity");--> statement-breakpoint
CREATE INDEX "import_anomalies_code_idx" ON "import_anomalies" USING btree ("run_id","code");--> statement-breakpoint
CREATE INDEX "import_runs_started_idx" ON "import_runs" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "import_runs_source_idx" ON "import_runs" USING btree ("source","started_at");