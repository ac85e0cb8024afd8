/**
 * The role model. Every registered account is a "visitor"; the other roles are granted by an
 * administrator and add to it. The network roles (alumni, organisation member, moderator) are
 * used by the alumni network and community areas.
 */
export const ROLES = [
  "visitor",
  "editor",
  "content_manager",
  "admin",
  "alumni",
  "organisation_member",
  "moderator",
  /** Alumni network administrators (issue 8): full, partial (content, no account decisions), read-only. */
  "network_admin",
  "network_editor",
  "network_reader",
] as const;

export type Role = (typeof ROLES)[number];

/** Roles an administrator can grant; "visitor" is implicit for every account. */
export const GRANTABLE_ROLES = ROLES.filter((role) => role !== "visitor");

export const ACCOUNT_STATUSES = ["active", "deactivated"] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
