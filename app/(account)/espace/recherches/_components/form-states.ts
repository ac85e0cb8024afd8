/**
 * What the actions of "Mes recherches" hand back to useActionState. Plain types and initial
 * values, outside the "use server" module, which may only export async functions.
 */

export type SearchCardState = {
  ok: boolean;
  message: string;
  /** The rename field's error, linked to the field. */
  fieldError?: string;
  /** The name as typed, given back on error: React resets the form after every submission. */
  draft?: string;
  /** Changes on every answer, so a repeated message is announced again. */
  at: number;
};

export type DeleteSearchState = {
  deleted?: { id: number; label: string };
  error?: string;
  at: number;
};

export const initialSearchCardState: SearchCardState = { ok: true, message: "", at: 0 };
export const initialDeleteSearchState: DeleteSearchState = { at: 0 };
