export type AnomalyLevel = "formation" | "action" | "session" | "organisation";
export type AnomalySeverity = "error" | "warning" | "info";

/**
 * Stable machine codes: reports filter and count on them, so a code is never renamed.
 * error = the record was not imported; warning = imported with a value dropped or guessed;
 * info = imported as is, noted for the feed producer.
 */
export type AnomalyCode =
  | "missing-field"
  | "invalid-code"
  | "obsolete-code"
  | "legacy-level-code"
  | "unknown-financer"
  | "bad-date"
  | "partial-date"
  | "inconsistent-dates"
  | "invalid-number"
  | "invalid-siret"
  | "missing-coordinates"
  | "bad-coordinates"
  | "html-in-text"
  | "duplicate-id"
  | "invalid-rome-code"
  | "empty-feed"
  | "identical-file";

export type Anomaly = {
  recordId: string;
  level: AnomalyLevel;
  /** Element path in the LHEO tree, e.g. /lheo/offres/formation/action/session/periode/debut. */
  path: string;
  severity: AnomalySeverity;
  code: AnomalyCode;
  /** French, for the people who fix the feed. */
  message: string;
};

export const FORMATION_PATH = "/lheo/offres/formation";
export const ACTION_PATH = `${FORMATION_PATH}/action`;
export const SESSION_PATH = `${ACTION_PATH}/session`;
export const RESPONSIBLE_PATH = `${FORMATION_PATH}/organisme-formation-responsable`;
export const TRAINER_PATH = `${ACTION_PATH}/organisme-formateur`;

/** Collects the anomalies of one record, pinned to its id and level. */
export class AnomalyRecorder {
  constructor(
    private readonly sink: Anomaly[],
    readonly recordId: string,
    readonly level: AnomalyLevel,
  ) {}

  add(severity: AnomalySeverity, code: AnomalyCode, path: string, message: string): void {
    this.sink.push({ recordId: this.recordId, level: this.level, path, severity, code, message });
  }

  for(recordId: string, level: AnomalyLevel): AnomalyRecorder {
    return new AnomalyRecorder(this.sink, recordId, level);
  }
}
