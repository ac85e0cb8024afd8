"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { eraseAccount } from "@/lib/account/erasure";
import { updateProfile } from "@/lib/account/profile";
import { ok } from "@/lib/actions/result";
import { authedAction } from "@/lib/actions/safe-action";
import { clearSessionCookie } from "@/lib/auth/session-cookie";
import { deleteAccountSchema, profileSchema } from "@/lib/validations/auth";

export const updateProfileAction = authedAction({ schema: profileSchema, permission: "account:use" }, async (input, { db, user }) => {
  await updateProfile(db, user, input);
  revalidatePath("/espace", "layout");
  return ok(undefined, "Vos informations sont enregistrées.");
});

export const deleteAccountAction = authedAction({ schema: deleteAccountSchema, permission: "account:use" }, async (_input, { db, user }) => {
  await eraseAccount(db, { userId: user.id, requestedBy: "self" });
  await clearSessionCookie();
  redirect("/connexion?info=compte-supprime");
});
