/** Why a whole file was refused; stable codes for reports and tests, French reason for people. */
export type LheoRejectionCode =
  | "empty"
  | "not-well-formed"
  | "truncated"
  | "doctype"
  | "unknown-entity"
  | "unknown-root"
  | "unknown-namespace"
  | "lheo-index"
  | "too-large"
  | "unsupported-encoding"
  | "too-complex";

/**
 * A file refused as a whole: nothing from it is written. Thrown by the parser (and so from inside
 * the import transaction, which rolls back) with a reason an operator can act on.
 */
export class LheoRejectedError extends Error {
  constructor(
    readonly code: LheoRejectionCode,
    readonly reason: string,
    readonly position?: { line: number; column: number },
  ) {
    super(position ? `${reason} (ligne ${position.line}, colonne ${position.column})` : reason);
    this.name = "LheoRejectedError";
  }
}

export function isLheoRejectedError(error: unknown): error is LheoRejectedError {
  return error instanceof LheoRejectedError;
}
