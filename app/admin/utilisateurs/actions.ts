"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authedAction } from "@/lib/actions/safe-action";
import { deactivateAccount, deleteAccount, forcePasswordReset, reactivateAccount, setRoles } from "@/lib/admin/users";
import { getAccountContext } from "@/lib/auth/app-context";
import { clientIp } from "@/lib/auth/request-ip";
import { deleteUserSchema, userIdSchema, userRolesSchema } from "@/lib/validations/admin-users";

// The wrapper checks users:manage; the services check it again with the account as resource
// (nobody acts on their own account here) and protect the last active administrator.

const LIST_PATH = "/admin/utilisateurs";

async function requestMeta() {
  return { ip: clientIp(await headers()) };
}

function revalidateUser(userId: string) {
  revalidatePath(LIST_PATH);
  revalidatePath(`${LIST_PATH}/${userId}`);
}

export const setUserRolesAction = authedAction({ schema: userRolesSchema, permission: "users:manage" }, async (input, { db, user }) => {
  const result = await setRoles(db, user, input, await requestMeta());
  if (result.ok) revalidateUser(input.userId);
  return result;
});

export const deactivateUserAction = authedAction({ schema: userIdSchema, permission: "users:manage" }, async (input, { db, user }) => {
  const result = await deactivateAccount(db, user, input, await requestMeta());
  if (result.ok) revalidateUser(input.userId);
  return result;
});

export const reactivateUserAction = authedAction({ schema: userIdSchema, permission: "users:manage" }, async (input, { db, user }) => {
  const result = await reactivateAccount(db, user, input, await requestMeta());
  if (result.ok) revalidateUser(input.userId);
  return result;
});

/** Returns the temporary password once, to the administrator's browser only; it is never stored in clear. */
export const forcePasswordResetAction = authedAction({ schema: userIdSchema, permission: "users:manage" }, async (input, { db, user }) => {
  const result = await forcePasswordReset(db, user, input, { ...getAccountContext(), ...(await requestMeta()) });
  if (result.ok) revalidateUser(input.userId);
  return result;
});

/** On success the account page no longer exists: back to the list, which says what happened. */
export const deleteUserAction = authedAction({ schema: deleteUserSchema, permission: "users:manage" }, async (input, { db, user }) => {
  const result = await deleteAccount(db, user, input);
  if (!result.ok) return result;
  revalidatePath(LIST_PATH);
  redirect(`${LIST_PATH}?info=compte-supprime`);
});
