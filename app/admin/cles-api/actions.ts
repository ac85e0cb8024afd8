"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/safe-action";
import { fail, ok } from "@/lib/actions/result";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/api/key-form";
import { createApiKey, revokeApiKey } from "@/lib/api/keys";

// The wrapper checks api_keys:manage; the services check it again, whoever calls them.

const PAGE_PATH = "/admin/cles-api";

/** The secret goes back to the administrator's browser once; only its hash is stored. */
export const createApiKeyAction = authedAction({ schema: createApiKeySchema, permission: "api_keys:manage" }, async (input, { db, user }) => {
  const { key, secret } = await createApiKey(db, user, input);
  revalidatePath(PAGE_PATH);
  return ok({ id: key.id, name: key.name, secret });
});

export const revokeApiKeyAction = authedAction({ schema: revokeApiKeySchema, permission: "api_keys:manage" }, async (input, { db, user }) => {
  const revoked = await revokeApiKey(db, user, input);
  if (!revoked) return fail("Cette clé n'existe pas ou a déjà été révoquée.");
  revalidatePath(PAGE_PATH);
  // The row's button disappears with the revocation: the page itself says what happened.
  redirect(`${PAGE_PATH}?info=cle-revoquee`);
});
