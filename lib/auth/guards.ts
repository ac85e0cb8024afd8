import "server-only";
import { forbidden, redirect } from "next/navigation";
import { type Action, can, type Resource } from "./permissions";
import { getCurrentUser, type SessionUser } from "./index";

export const SIGN_IN_PATH = "/connexion";
export const FORCED_PASSWORD_PATH = "/changer-mot-de-passe";

/** Where to send an anonymous visitor so they come back to `from` after signing in. */
export function signInHref(from: string): string {
  return `${SIGN_IN_PATH}?${new URLSearchParams({ retour: from })}`;
}

/**
 * The signed-in user of a protected page. Anonymous visitors go to the sign-in page; a user
 * whose password was reset by an administrator must choose a new one before anything else.
 */
export async function requireUser(from: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInHref(from));
  if (user.mustChangePassword && from !== FORCED_PASSWORD_PATH) redirect(FORCED_PASSWORD_PATH);
  return user;
}

/** requireUser, then the permission: a signed-in user without it gets the 403 page. */
export async function requirePermission(action: Action, from: string, resource?: Resource): Promise<SessionUser> {
  const user = await requireUser(from);
  if (!can(user, action, resource)) forbidden();
  return user;
}
