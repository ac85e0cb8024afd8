import type { DbOrTx } from "@/db/client";
import type { SessionUser } from "@/lib/auth/config";
import type { Role } from "@/lib/auth/roles";
import { createTestUser } from "@/tests/helpers/users";

/** Every way of not being an administrator: each non-admin role, and an administrator who was deactivated. */
export const REFUSED_ACTORS = [
  "visitor",
  "editor",
  "content_manager",
  "alumni",
  "organisation_member",
  "moderator",
  "deactivated admin",
] as const;

export type RefusedActor = (typeof REFUSED_ACTORS)[number];

export async function createRefusedActors(db: DbOrTx): Promise<Record<RefusedActor, SessionUser>> {
  const entries = await Promise.all(
    REFUSED_ACTORS.map(async (name) => {
      const user =
        name === "deactivated admin"
          ? await createTestUser(db, { roles: ["admin"], status: "deactivated" })
          : await createTestUser(db, { roles: name === "visitor" ? [] : [name as Role] });
      return [name, user] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<RefusedActor, SessionUser>;
}
