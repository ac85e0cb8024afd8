"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type {
  ClearHistoryState,
  ConfirmSaveState,
  NoteFormState,
  RemoveFormState,
} from "@/components/account/action-states";
import { frAccount } from "@/components/account/messages";
import { clearRecentViews } from "@/lib/account/recent-views";
import { MAX_SAVED_ITEMS, setItemSaved, unsaveItem, updateSavedItemNote } from "@/lib/account/saved-items";
import { fail, ok } from "@/lib/actions/result";
import { authedAction } from "@/lib/actions/safe-action";
import { safeReturnPath } from "@/lib/auth/return-path";
import { clearHistorySchema, itemRefSchema, savedItemNoteSchema, setItemSavedSchema } from "@/lib/validations/personal";

/*
 * Each form action below wraps one authedAction (zod parse, sign-in and "account:use" check,
 * then the service) and turns its result into the state its form displays, so the forms work
 * with useActionState, with or without JavaScript.
 */

/**
 * The save button of cards and detail pages, called from a click handler (a form is not possible
 * there: results sit inside the engines' GET search form). No revalidation: re-rendering a results
 * page for a bookmark would cost a whole search; the button keeps its own state and /espace pages
 * are dynamic. Without JavaScript the button's fallback link leads to /espace/favoris/sauvegarder.
 */
export const setItemSavedAction = authedAction(
  { schema: setItemSavedSchema, permission: "account:use" },
  async (input, { db, user }) => {
    const outcome = await setItemSaved(db, user, input);
    if (!outcome.ok) return fail(outcome.reason === "limit" ? frAccount.save.limit(MAX_SAVED_ITEMS) : frAccount.save.unavailable);
    return ok({ saved: outcome.saved });
  },
);

const confirmSaved = authedAction(
  { schema: setItemSavedSchema.extend({ retour: z.string().optional() }), permission: "account:use" },
  async (input, { db, user }) => {
    const outcome = await setItemSaved(db, user, input);
    if (!outcome.ok) return fail(outcome.reason === "limit" ? frAccount.save.limit(MAX_SAVED_ITEMS) : frAccount.save.unavailable);
    redirect(safeReturnPath(input.retour, "/espace/favoris"));
  },
);

/** The confirmation page's form (the save button's path without JavaScript): back to the page after. */
export async function confirmSavedItemAction(_previous: ConfirmSaveState, form: FormData): Promise<ConfirmSaveState> {
  const result = await confirmSaved(form);
  return { error: result.ok ? undefined : result.error };
}

const remove = authedAction({ schema: itemRefSchema, permission: "account:use" }, async (input, { db, user }) => {
  await unsaveItem(db, user, input);
  return ok(undefined);
});

/** "Retirer" on the favourites list; the card stays in place as a confirmation until the next visit. */
export async function removeSavedItemAction(_previous: RemoveFormState, form: FormData): Promise<RemoveFormState> {
  const result = await remove(form);
  return result.ok ? { removed: true } : { removed: false, error: result.error };
}

const saveNote = authedAction({ schema: savedItemNoteSchema, permission: "account:use" }, async (input, { db, user }) => {
  const row = await updateSavedItemNote(db, user, input);
  if (!row) return fail(frAccount.saved.notFound);
  return ok({ note: row.note });
});

export async function updateSavedItemNoteAction(previous: NoteFormState, form: FormData): Promise<NoteFormState> {
  const result = await saveNote(form);
  const at = Date.now();
  if (!result.ok) {
    const draft = form.get("note");
    return {
      note: previous.note,
      message: "",
      error: result.error,
      fieldError: result.fieldErrors?.note?.[0],
      draft: typeof draft === "string" ? draft : undefined,
      at,
    };
  }
  revalidatePath("/espace/favoris");
  return { note: result.data.note, message: result.data.note ? frAccount.saved.noteSaved : frAccount.saved.noteCleared, at };
}

const clear = authedAction({ schema: clearHistorySchema, permission: "account:use" }, async (_input, { db, user }) => {
  return ok(await clearRecentViews(db, user));
});

export async function clearHistoryAction(_previous: ClearHistoryState, form: FormData): Promise<ClearHistoryState> {
  const result = await clear(form);
  if (!result.ok) return { cleared: false, message: "", error: result.error };
  revalidatePath("/espace/historique");
  return { cleared: true, message: frAccount.history.cleared };
}
