"use server";

import { type ActionResult, ok } from "@/lib/actions/result";
import { authedAction } from "@/lib/actions/safe-action";
import { getSearchEngine } from "@/lib/search/app";
import { saveSearchSchema } from "@/lib/validations/saved-searches";
import { saveSearch } from "./saved-searches";

/**
 * "Sauvegarder cette recherche", shared by every engine page (so it lives in lib/, not beside a
 * route). The form-state shape keeps the query that was sent, so the control shows the outcome
 * only while the page still shows that search.
 */

export type SaveSearchFormState = {
  /** The query string the form sent. */
  query: string;
  result: ActionResult<{ id: number; alert: boolean }>;
} | null;

const save = authedAction({ schema: saveSearchSchema, permission: "account:use" }, async (input, { db, user }) => {
  const result = await saveSearch(db, user, input, { search: getSearchEngine() });
  if (!result.ok) return result;
  // No revalidation: it would re-run the page's search for nothing, and /espace pages are dynamic.
  return ok({ id: result.data.id, alert: result.data.alert }, result.message);
});

export async function saveSearchAction(_previous: SaveSearchFormState, formData: FormData): Promise<SaveSearchFormState> {
  const query = formData.get("query");
  return { query: typeof query === "string" ? query : "", result: await save(formData) };
}
