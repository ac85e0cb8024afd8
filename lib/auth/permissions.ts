import type { AccountStatus, Role } from "./roles";

/**
 * The one place that says who may do what. Pages, server actions and route handlers ask
 * `can(user, action, resource)`; nothing else compares roles. The proxy only redirects
 * anonymous visitors, and hidden buttons are only a convenience.
 */

/** What the permission module needs to know about the person asking; null is an anonymous visitor. */
export type Actor = {
  id: string;
  roles: readonly Role[];
  status: AccountStatus;
};

export const ACTIONS = [
  /** The personal space: saved items, saved searches, history, settings, own data. */
  "account:use",
  /** Enter the back office (its dashboard shows only the areas the user may use). */
  "backoffice:access",
  /** News, agenda, information pages, resources, support structures, financing schemes. */
  "content:edit",
  "content:publish",
  /** LHEO import reports and the upload of a file. */
  "imports:read",
  "imports:upload",
  /** Accounts and roles. */
  "users:read",
  "users:manage",
  /** Security journal, erasure log, outgoing mail. */
  "audit:read",
  "erasure:read",
  "outbox:read",
  /** Keys of partner applications for the public REST API. */
  "api_keys:manage",
  /** Alumni network: its area (approved members only: the roles are granted on approval). */
  "network:use",
  /** Alumni network administrators: every field and criterion of the directory, member lists. */
  "network:read_all",
  /** Network news, highlighted talents, newsletters. */
  "network:publish",
  /** Approve or refuse membership requests, edit any profile. */
  "network:approve",
] as const;

export type Action = (typeof ACTIONS)[number];

/** Roles holding each action; an action not listed for a role is refused. */
const GRANTS: Record<Action, readonly Role[]> = {
  "account:use": ["visitor", "editor", "content_manager", "admin", "alumni", "organisation_member", "moderator", "network_admin", "network_editor", "network_reader"],
  "backoffice:access": ["editor", "content_manager", "admin"],
  "content:edit": ["editor", "admin"],
  "content:publish": ["editor", "admin"],
  "imports:read": ["content_manager", "admin"],
  "imports:upload": ["content_manager", "admin"],
  "users:read": ["admin"],
  "users:manage": ["admin"],
  "audit:read": ["admin"],
  "erasure:read": ["admin"],
  "outbox:read": ["admin"],
  "api_keys:manage": ["admin"],
  "network:use": ["alumni", "organisation_member", "network_admin", "network_editor", "network_reader"],
  "network:read_all": ["network_admin", "network_editor", "network_reader"],
  "network:publish": ["network_admin", "network_editor"],
  "network:approve": ["network_admin"],
};

/** Resources whose ownership or identity changes the answer. */
export type Resource =
  | { type: "owned"; ownerId: string }
  /** An account an administrator acts on: nobody demotes, deactivates or deletes themselves there. */
  | { type: "account"; userId: string };

/** The roles a user holds, "visitor" included (every registered account has it). */
export function effectiveRoles(actor: Actor): Role[] {
  return actor.roles.includes("visitor") ? [...actor.roles] : ["visitor", ...actor.roles];
}

export function can(actor: Actor | null | undefined, action: Action, resource?: Resource): boolean {
  if (!actor || actor.status !== "active") return false;
  const roles = effectiveRoles(actor);
  if (!GRANTS[action].some((role) => roles.includes(role))) return false;
  if (!resource) return true;
  switch (resource.type) {
    case "owned":
      return resource.ownerId === actor.id;
    case "account":
      // Acting on oneself from the back office would let the last administrator lock everyone out;
      // one's own account is managed from the personal space.
      return resource.userId !== actor.id;
  }
}

/** The roles that hold an action, for documentation and tests. */
export function rolesAllowed(action: Action): readonly Role[] {
  return GRANTS[action];
}

export class ForbiddenError extends Error {
  constructor(readonly action: Action) {
    super(`Action refusée : ${action}`);
    this.name = "ForbiddenError";
  }
}

/** For services: throws when the actor may not act, so no code path can forget the check. */
export function assertCan(actor: Actor | null | undefined, action: Action, resource?: Resource): asserts actor is Actor {
  if (!can(actor, action, resource)) throw new ForbiddenError(action);
}
