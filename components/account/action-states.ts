/**
 * What the personal space's form actions hand back to useActionState. Plain types and initial
 * values, outside the "use server" module, which may only export async functions.
 */

/** The save confirmation page (the save button's path without JavaScript); success redirects. */
export type ConfirmSaveState = { error?: string };

export type NoteFormState = {
  /** The note as stored after the last successful submission; undefined before any. */
  note?: string | null;
  message: string;
  error?: string;
  fieldError?: string;
  /** What was typed, given back on error: React resets the form after every submission. */
  draft?: string;
  /** Changes on every answer, so a repeated message is announced again. */
  at: number;
};

export type RemoveFormState = { removed: boolean; error?: string };

export type ClearHistoryState = { cleared: boolean; message: string; error?: string };

export const initialConfirmSaveState: ConfirmSaveState = {};
export const initialNoteState: NoteFormState = { message: "", at: 0 };
export const initialRemoveState: RemoveFormState = { removed: false };
export const initialClearHistoryState: ClearHistoryState = { cleared: false, message: "" };
