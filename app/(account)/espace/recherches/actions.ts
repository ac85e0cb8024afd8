"use server";

import { revalidatePath } from "next/cache";
import { deleteSearch, renameSearch, setAlert } from "@/lib/account/saved-searches";
import { authedAction } from "@/lib/actions/safe-action";
import { getSearchEngine } from "@/lib/search/app";
import {
  deleteSavedSearchSchema,
  renameSavedSearchSchema,
  setSavedSearchAlertSchema,
} from "@/lib/validations/saved-searches";
import type { DeleteSearchState, SearchCardState } from "./_components/form-states";

/*
 * Each form action wraps one authedAction (zod parse, sign-in and "account:use" check, then the
 * service, which checks ownership) and turns its result into the state its form displays, so the
 * forms work with useActionState, with or without JavaScript.
 */

function refresh() {
  revalidatePath("/espace/recherches");
  revalidatePath("/espace");
}

const rename = authedAction({ schema: renameSavedSearchSchema, permission: "account:use" }, async (input, { db, user }) => {
  const result = await renameSearch(db, user, input);
  if (result.ok) refresh();
  return result;
});

export async function renameSavedSearchAction(_previous: SearchCardState, form: FormData): Promise<SearchCardState> {
  const result = await rename(form);
  const at = Date.now();
  if (result.ok) return { ok: true, message: result.message ?? "", at };
  const draft = form.get("label");
  return {
    ok: false,
    message: result.error,
    fieldError: result.fieldErrors?.label?.[0],
    draft: typeof draft === "string" ? draft : undefined,
    at,
  };
}

const switchAlert = authedAction({ schema: setSavedSearchAlertSchema, permission: "account:use" }, async (input, { db, user }) => {
  const result = await setAlert(db, user, input, { search: getSearchEngine() });
  if (result.ok) refresh();
  return result;
});

export async function setSavedSearchAlertAction(_previous: SearchCardState, form: FormData): Promise<SearchCardState> {
  const result = await switchAlert(form);
  return { ok: result.ok, message: result.ok ? (result.message ?? "") : result.error, at: Date.now() };
}

const remove = authedAction({ schema: deleteSavedSearchSchema, permission: "account:use" }, async (input, { db, user }) => {
  const result = await deleteSearch(db, user, input);
  if (result.ok) refresh();
  return result;
});

export async function deleteSavedSearchAction(_previous: DeleteSearchState, form: FormData): Promise<DeleteSearchState> {
  const result = await remove(form);
  return result.ok ? { deleted: result.data, at: Date.now() } : { error: result.error, at: Date.now() };
}
