import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";

/**
 * The administration level a user holds in the network, read from the permissions (not from
 * network_members.adminLevel, which only documents it): what the pages show must match what the
 * server allows.
 */
export type NetworkAdminLevel = "full" | "partial" | "read_only";

export function networkAdminLevel(user: Actor): NetworkAdminLevel | null {
  if (can(user, "network:approve")) return "full";
  if (can(user, "network:publish")) return "partial";
  if (can(user, "network:read_all")) return "read_only";
  return null;
}
