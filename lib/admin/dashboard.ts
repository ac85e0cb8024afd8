import "server-only";
import type { DbOrTx } from "@/db";
import { countAccounts, countAuditActionSince, countErasuresSince, countOutboxSince } from "@/db/queries/admin-dashboard";
import { type ContentStatusCounts, countContentByStatus } from "@/db/queries/admin-content";
import { listImportRuns } from "@/db/queries/imports";
import type { ImportRun } from "@/db/schema";
import { assertCan, can } from "@/lib/auth/permissions";
import type { AdminActor } from "./actor";

const DAY_MS = 24 * 60 * 60 * 1000;

export type DashboardFigures = {
  accounts?: { total: number; createdThisWeek: number; deactivated: number };
  outbox?: { last24h: number; failedLast24h: number };
  security?: { failedSignInsLast24h: number };
  erasures?: { last30Days: number };
  content?: ContentStatusCounts;
  imports?: { lastRun: Pick<ImportRun, "id" | "status" | "fileName" | "source" | "startedAt" | "anomalyCount"> | null };
};

/**
 * The dashboard's live figures, computed only for the areas the user may open: an editor's
 * dashboard does not even query the account tables.
 */
export async function getDashboardFigures(db: DbOrTx, actor: AdminActor | null, options: { now?: Date } = {}): Promise<DashboardFigures> {
  assertCan(actor, "backoffice:access");
  const now = options.now ?? new Date();
  const dayAgo = new Date(now.getTime() - DAY_MS);
  const figures: DashboardFigures = {};
  if (can(actor, "users:read")) figures.accounts = await countAccounts(db);
  if (can(actor, "outbox:read")) {
    const outbox = await countOutboxSince(db, { since: dayAgo });
    figures.outbox = { last24h: outbox.total, failedLast24h: outbox.failed };
  }
  if (can(actor, "audit:read")) {
    figures.security = { failedSignInsLast24h: await countAuditActionSince(db, { action: "auth.sign_in_failed", since: dayAgo }) };
  }
  if (can(actor, "erasure:read")) {
    figures.erasures = { last30Days: await countErasuresSince(db, { since: new Date(now.getTime() - 30 * DAY_MS) }) };
  }
  if (can(actor, "content:edit")) figures.content = await countContentByStatus(db);
  if (can(actor, "imports:read")) {
    const [run] = await listImportRuns(db, { limit: 1 });
    figures.imports = {
      lastRun: run
        ? { id: run.id, status: run.status, fileName: run.fileName, source: run.source, startedAt: run.startedAt, anomalyCount: run.anomalyCount }
        : null,
    };
  }
  return figures;
}
