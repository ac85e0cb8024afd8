import "server-only";
import { cache } from "react";
import { getDb } from "@/db";
import { savedKeysFor } from "@/lib/account/saved-items";

/**
 * The signed-in user's saved items as `kind:itemId`, read once per request: a results page with
 * twenty save buttons makes one query. Null when the read failed, so a page never breaks for a star.
 */
export const getSavedKeys = cache(async (userId: string): Promise<Set<string> | null> => {
  try {
    return await savedKeysFor(getDb(), userId);
  } catch (error) {
    console.error("[saved-items] lecture des favoris", error);
    return null;
  }
});
