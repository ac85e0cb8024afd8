import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import {
  deactivateAccount,
  deleteAccount,
  forcePasswordReset,
  getUser,
  listUsers,
  reactivateAccount,
  setRoles,
} from "@/lib/admin/users";
import type { SessionUser } from "@/lib/auth/config";
import { ForbiddenError } from "@/lib/auth/permissions";
import { testAccountContext } from "@/tests/helpers/account-context";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "@/tests/helpers/db";
import { createTestUser } from "@/tests/helpers/users";
import { createRefusedActors, REFUSED_ACTORS, type RefusedActor } from "./fixtures";

let handle: TestDatabase;
let actors: Record<RefusedActor, SessionUser>;
let admin: SessionUser;
let target: SessionUser;

beforeAll(async () => {
  handle = await createTestDatabase();
  actors = await createRefusedActors(handle.db);
  admin = await createTestUser(handle.db, { roles: ["admin"] });
  target = await createTestUser(handle.db, { roles: ["editor"] });
});

afterAll(async () => {
  await handle?.dispose();
});

const listParams = { page: 1, perPage: 20, sort: "created", order: "desc" } as const;

/** Every service function, called on `target`. */
const calls = {
  listUsers: (actor: SessionUser | null) => listUsers(handle.db, actor, listParams),
  getUser: (actor: SessionUser | null) => getUser(handle.db, actor, { userId: target.id }),
  setRoles: (actor: SessionUser | null) => setRoles(handle.db, actor, { userId: target.id, roles: ["admin"] }),
  deactivateAccount: (actor: SessionUser | null) => deactivateAccount(handle.db, actor, { userId: target.id }),
  reactivateAccount: (actor: SessionUser | null) => reactivateAccount(handle.db, actor, { userId: target.id }),
  forcePasswordReset: (actor: SessionUser | null) => forcePasswordReset(handle.db, actor, { userId: target.id }, testAccountContext),
  deleteAccount: (actor: SessionUser | null) => deleteAccount(handle.db, actor, { userId: target.id, confirmation: target.email }),
} as const;

const callNames = Object.keys(calls) as (keyof typeof calls)[];

async function targetRow() {
  const [row] = await handle.db.select().from(users).where(eq(users.id, target.id));
  return row;
}

describe(`account administration access (${describeDatabaseKind()})`, () => {
  describe.each(REFUSED_ACTORS)("a %s", (name) => {
    it.each(callNames)("is refused %s, and the account is left as it was", async (call) => {
      const before = await targetRow();
      await expect(calls[call](actors[name])).rejects.toBeInstanceOf(ForbiddenError);
      expect(await targetRow()).toEqual(before);
    });
  });

  it.each(callNames)("refuses %s to an anonymous visitor", async (call) => {
    await expect(calls[call](null)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lets an administrator read accounts", async () => {
    const list = await calls.listUsers(admin);
    expect(list.rows.map((row) => row.id)).toContain(target.id);
    expect((await calls.getUser(admin))?.user.email).toBe(target.email);
  });

  describe("self-protection: an administrator cannot act on their own account from the back office", () => {
    it.each([
      ["setRoles", () => setRoles(handle.db, admin, { userId: admin.id, roles: [] })],
      ["deactivateAccount", () => deactivateAccount(handle.db, admin, { userId: admin.id })],
      ["reactivateAccount", () => reactivateAccount(handle.db, admin, { userId: admin.id })],
      ["forcePasswordReset", () => forcePasswordReset(handle.db, admin, { userId: admin.id }, testAccountContext)],
      ["deleteAccount", () => deleteAccount(handle.db, admin, { userId: admin.id, confirmation: admin.email })],
    ] as const)("%s on oneself is refused", async (_name, call) => {
      await expect(call()).rejects.toBeInstanceOf(ForbiddenError);
      const [row] = await handle.db.select().from(users).where(eq(users.id, admin.id));
      expect(row).toMatchObject({ roles: ["admin"], status: "active", mustChangePassword: false });
    });
  });
});
