import "server-only";
import { forbidden } from "next/navigation";
import { getDb } from "@/db";
import type { NetworkMember } from "@/db/schema";
import { getCurrentUser, type SessionUser } from "@/lib/auth";
import { requireUser } from "@/lib/auth/guards";
import { type Action, can } from "@/lib/auth/permissions";
import { getNetworkAccess } from "./access";
import { getNetworkLocale, type NetworkLocale } from "./i18n";
import type { NetworkViewer } from "./matrix";

export type NetworkContext = {
  user: SessionUser;
  /** The column of the visibility matrix this user sees the directory through. */
  viewer: NetworkViewer;
  /** Null only for administrators (and pre-existing role holders) without a network_members row. */
  member: NetworkMember | null;
  locale: NetworkLocale;
};

/**
 * The signed-in, approved member of a network page. Anonymous visitors go to the sign-in page
 * and come back to `from`; a signed-in user who is not an approved member (visitor, pending or
 * refused applicant) gets the 403 page, and so does a member without `action` when one is given.
 */
export async function requireNetworkAccess(from: string, action?: Action): Promise<NetworkContext> {
  const user = await requireUser(from);
  const access = await getNetworkAccess(getDb(), user);
  if (!access) forbidden();
  if (action && !can(user, action)) forbidden();
  return { user, ...access, locale: await getNetworkLocale() };
}

/**
 * The same check for route handlers (API, PDF): null when the request may not use the network,
 * so the handler answers 401/403 itself instead of redirecting.
 */
export async function getNetworkAccessForRequest(action?: Action): Promise<NetworkContext | null> {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return null;
  const access = await getNetworkAccess(getDb(), user);
  if (!access) return null;
  if (action && !can(user, action)) return null;
  return { user, ...access, locale: await getNetworkLocale() };
}
