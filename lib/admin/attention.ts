import "server-only";
import type { DbOrTx } from "@/db";
import { type ContentDigestRow, countContentByStatus, listRecentDrafts, listScheduledContent } from "@/db/queries/admin-content";
import { countPendingAccounts } from "@/db/queries/admin-dashboard";
import { getImportAnomalyFacets, type ImportAnomalyFacets, listImportRuns } from "@/db/queries/imports";
import type { ImportRun } from "@/db/schema";
import { assertCan, can } from "@/lib/auth/permissions";
import { CONTENT_KINDS } from "@/lib/cms/kinds";
import type { AdminActor } from "./actor";

export type Attention = {
  content?: { drafts: ContentDigestRow[]; draftCount: number; scheduled: ContentDigestRow[]; scheduledCount: number };
  imports?: { run: ImportRun; facets: ImportAnomalyFacets } | null;
  accounts?: { pending: number };
};

/**
 * What waits for someone on the dashboard, per area the user may act on: drafts and scheduled
 * publications for editors, the last import report and its anomalies for content managers,
 * accounts awaiting confirmation for administrators.
 */
export async function getAttention(db: DbOrTx, actor: AdminActor | null, options: { limit?: number } = {}): Promise<Attention> {
  assertCan(actor, "backoffice:access");
  const limit = options.limit ?? 5;
  const attention: Attention = {};
  if (can(actor, "content:edit")) {
    const [drafts, scheduled, counts] = await Promise.all([
      listRecentDrafts(db, { limit }),
      listScheduledContent(db, { limit }),
      countContentByStatus(db),
    ]);
    const sum = (status: "draft" | "scheduled") => CONTENT_KINDS.reduce((total, kind) => total + counts[kind][status], 0);
    attention.content = { drafts, draftCount: sum("draft"), scheduled, scheduledCount: sum("scheduled") };
  }
  if (can(actor, "imports:read")) {
    const [run] = await listImportRuns(db, { limit: 1 });
    attention.imports = run ? { run, facets: await getImportAnomalyFacets(db, run.id) } : null;
  }
  if (can(actor, "users:read")) attention.accounts = { pending: await countPendingAccounts(db) };
  return attention;
}
