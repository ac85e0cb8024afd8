import type { ImportCounts, ImportLevelCounts } from "@/db/schema";
import type { Anomaly } from "./anomalies";

export type FormationChangeKind = "created" | "updated" | "reactivated" | "withdrawn";

/**
 * A formation whose search document may have changed: its own record, one of its actions or
 * sessions, or an organisation it shows. The caller reindexes exactly these.
 */
export type FormationChange = { id: number; lheoId: string; change: FormationChangeKind };

export type Decision = "created" | "updated" | "reactivated" | "unchanged";

export type StoredRecord = { id: number; hash: string; status: "active" | "withdrawn"; source: string; parentId?: number | null };

/**
 * Unchanged means nothing to write: same content, still active, same feed and same parent.
 * A withdrawn record that reappears is reactivated even when its content did not change.
 */
export function decide(stored: StoredRecord | undefined, hash: string, source: string | null, parentId?: number): Decision {
  if (!stored) return "created";
  if (stored.status === "withdrawn") return "reactivated";
  const sameParent = parentId === undefined || stored.parentId === parentId;
  const sameSource = source === null || stored.source === source;
  return stored.hash === hash && sameParent && sameSource ? "unchanged" : "updated";
}

function emptyLevel(): ImportLevelCounts {
  return { read: 0, created: 0, updated: 0, unchanged: 0, withdrawn: 0, rejected: 0 };
}

export function emptyCounts(): ImportCounts {
  return { formation: emptyLevel(), action: emptyLevel(), session: emptyLevel(), organisation: emptyLevel() };
}

export function countDecision(level: ImportLevelCounts, decision: Decision): void {
  if (decision === "reactivated") level.updated += 1;
  else level[decision] += 1;
}

/** Everything the import remembers across batches of one file. */
export class ImportState {
  readonly counts = emptyCounts();
  readonly anomalies: Anomaly[] = [];
  anomalyCount = 0;
  /** Ids met in the file (including rejected ones, whose stored version a full feed must not withdraw). */
  readonly seen = { formation: new Set<string>(), action: new Set<string>(), session: new Set<string>(), organisation: new Set<string>() };
  readonly organisationIds = new Map<string, number>();
  readonly placeIds = new Map<string, number>();
  readonly certificationIds = new Map<string, number>();
  /** Organisations whose stored record changed: the formations showing them must be reindexed. */
  readonly updatedOrganisationIds: number[] = [];
  readonly changes = new Map<number, FormationChange>();

  constructor(private readonly maxStoredAnomalies: number) {}

  addAnomalies(anomalies: Anomaly[]): void {
    this.anomalyCount += anomalies.length;
    const room = this.maxStoredAnomalies - this.anomalies.length;
    if (room > 0) this.anomalies.push(...anomalies.slice(0, room));
  }

  /** Records a formation change, keeping the strongest kind when several apply. */
  markFormation(id: number, lheoId: string, change: FormationChangeKind): void {
    const current = this.changes.get(id);
    if (current && (current.change === "created" || current.change === "reactivated" || change === "updated")) return;
    this.changes.set(id, { id, lheoId, change });
  }
}
