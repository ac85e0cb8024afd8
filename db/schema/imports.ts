import { relations } from "drizzle-orm";
import { index, integer, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

export type ImportLevelCounts = {
  /** Elements found in the file. */
  read: number;
  created: number;
  updated: number;
  /** Same content hash as the stored record: not written at all. */
  unchanged: number;
  /** Set to status 'withdrawn' (missing from a full feed, or from their formation). */
  withdrawn: number;
  /** Not imported because of an error anomaly. */
  rejected: number;
};

export type ImportCounts = Record<"formation" | "action" | "session" | "organisation", ImportLevelCounts>;

/** One import of one LHEO file: written for every attempt, including refused and failed ones. */
export const importRuns = pgTable(
  "import_runs",
  {
    id: serial("id").primaryKey(),
    fileName: text("file_name").notNull(),
    source: text("source").notNull(),
    mode: text("mode", { enum: ["full", "partial"] }).notNull(),
    lheoVersion: text("lheo_version"),
    status: text("status", { enum: ["succeeded", "rejected", "failed"] }).notNull(),
    /** French, shown to operators: why the file was refused or why the import failed. */
    rejectionReason: text("rejection_reason"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }).notNull(),
    durationMs: integer("duration_ms").notNull(),
    counts: jsonb("counts").$type<ImportCounts>().notNull(),
    /** Every anomaly found, even when only the first ones are stored in import_anomalies. */
    anomalyCount: integer("anomaly_count").notNull().default(0),
    /** Who or what started the run: "cli", "seed", "admin:<user id>", ... */
    triggeredBy: text("triggered_by"),
    /** SHA-256 of the file, so the daily delivery of an unchanged file is recognised without parsing it. */
    fileHash: text("file_hash"),
  },
  (t) => [index("import_runs_started_idx").on(t.startedAt), index("import_runs_source_idx").on(t.source, t.startedAt)],
);

export const importAnomalies = pgTable(
  "import_anomalies",
  {
    id: serial("id").primaryKey(),
    runId: integer("run_id")
      .notNull()
      .references(() => importRuns.id, { onDelete: "cascade" }),
    recordId: text("record_id").notNull(),
    level: text("level", { enum: ["formation", "action", "session", "organisation"] }).notNull(),
    path: text("path").notNull(),
    severity: text("severity", { enum: ["error", "warning", "info"] }).notNull(),
    code: text("code").notNull(),
    message: text("message").notNull(),
  },
  (t) => [index("import_anomalies_run_idx").on(t.runId, t.severity), index("import_anomalies_code_idx").on(t.runId, t.code)],
);

export const importRunsRelations = relations(importRuns, ({ many }) => ({
  anomalies: many(importAnomalies),
}));

export const importAnomaliesRelations = relations(importAnomalies, ({ one }) => ({
  run: one(importRuns, { fields: [importAnomalies.runId], references: [importRuns.id] }),
}));

export type ImportRun = typeof importRuns.$inferSelect;
export type NewImportRun = typeof importRuns.$inferInsert;
export type ImportAnomaly = typeof importAnomalies.$inferSelect;
