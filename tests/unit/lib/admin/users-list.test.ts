import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consents, recentViews, savedItems, savedSearches, users } from "@/db/schema";
import type { ListUsersParams } from "@/db/queries/admin-users";
import { parseUsersQuery } from "@/lib/admin/list-params";
import { getUser, listUsers } from "@/lib/admin/users";
import { recordAudit } from "@/lib/auth/audit";
import type { SessionUser } from "@/lib/auth/config";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "@/tests/helpers/db";
import { createTestUser } from "@/tests/helpers/users";

let handle: TestDatabase;
let admin: SessionUser;
const people: Record<string, SessionUser> = {};

const base: ListUsersParams = { page: 1, perPage: 50, sort: "email", order: "asc" };

beforeAll(async () => {
  handle = await createTestDatabase();
  admin = await createTestUser(handle.db, { roles: ["admin"], email: "admin@exemple.test", name: "Admin" });
  people.elodie = await createTestUser(handle.db, { email: "e.dupre@exemple.test", name: "Élodie Dupré", roles: ["editor"] });
  people.zoe = await createTestUser(handle.db, { email: "zoe@exemple.test", name: "Zoé Lefèvre", verified: false });
  people.marc = await createTestUser(handle.db, { email: "marc@exemple.test", name: "Marc Durand", status: "deactivated", roles: ["moderator"] });
  people.ines = await createTestUser(handle.db, { email: "ines@exemple.test", name: "Inès Martin", roles: ["editor", "alumni"] });
  // Known creation and sign-in dates, for the sorts.
  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  await handle.db.update(users).set({ createdAt: day(1) }).where(eq(users.id, admin.id));
  await handle.db.update(users).set({ createdAt: day(2), lastSignInAt: day(20) }).where(eq(users.id, people.elodie.id));
  await handle.db.update(users).set({ createdAt: day(3), lastSignInAt: day(10) }).where(eq(users.id, people.zoe.id));
  await handle.db.update(users).set({ createdAt: day(4) }).where(eq(users.id, people.marc.id));
  await handle.db.update(users).set({ createdAt: day(5), lastSignInAt: day(15) }).where(eq(users.id, people.ines.id));
});

afterAll(async () => {
  await handle?.dispose();
});

const emails = async (params: Partial<ListUsersParams>) =>
  (await listUsers(handle.db, admin, { ...base, ...params })).rows.map((row) => row.email);

describe(`listUsers (${describeDatabaseKind()})`, () => {
  it("searches email and name ignoring accents and case", async () => {
    expect(await emails({ q: "elodie dupre" })).toEqual(["e.dupre@exemple.test"]);
    expect(await emails({ q: "ÉLODIE" })).toEqual(["e.dupre@exemple.test"]);
    expect(await emails({ q: "lefevre" })).toEqual(["zoe@exemple.test"]);
    expect(await emails({ q: "Zoé" })).toEqual(["zoe@exemple.test"]);
    expect(await emails({ q: "MARC@" })).toEqual(["marc@exemple.test"]);
  });

  it("takes % and _ in a search literally", async () => {
    expect(await emails({ q: "%" })).toEqual([]);
    expect(await emails({ q: "_" })).toEqual([]);
  });

  it("filters by role, including accounts with no granted role", async () => {
    expect(await emails({ role: "editor" })).toEqual(["e.dupre@exemple.test", "ines@exemple.test"]);
    expect(await emails({ role: "none" })).toEqual(["zoe@exemple.test"]);
  });

  it("filters by status and by verified address", async () => {
    expect(await emails({ status: "deactivated" })).toEqual(["marc@exemple.test"]);
    expect(await emails({ verified: false })).toEqual(["zoe@exemple.test"]);
    expect(await emails({ verified: true, status: "active", role: "editor" })).toEqual(["e.dupre@exemple.test", "ines@exemple.test"]);
  });

  it("sorts by creation date and by last sign-in (never signed in last, both ways)", async () => {
    expect(await emails({ sort: "created", order: "desc" })).toEqual([
      "ines@exemple.test",
      "marc@exemple.test",
      "zoe@exemple.test",
      "e.dupre@exemple.test",
      "admin@exemple.test",
    ]);
    expect((await emails({ sort: "lastSignIn", order: "desc" })).slice(0, 3)).toEqual(["e.dupre@exemple.test", "ines@exemple.test", "zoe@exemple.test"]);
    expect((await emails({ sort: "lastSignIn", order: "asc" })).slice(0, 3)).toEqual(["zoe@exemple.test", "ines@exemple.test", "e.dupre@exemple.test"]);
    expect(await emails({ sort: "email", order: "desc" })).toEqual([
      "zoe@exemple.test",
      "marc@exemple.test",
      "ines@exemple.test",
      "e.dupre@exemple.test",
      "admin@exemple.test",
    ]);
  });

  it("paginates with the total, and clamps a page past the end to the last one", async () => {
    const second = await listUsers(handle.db, admin, { ...base, perPage: 2, page: 2 });
    expect(second).toMatchObject({ total: 5, page: 2, perPage: 2 });
    expect(second.rows.map((row) => row.email)).toEqual(["ines@exemple.test", "marc@exemple.test"]);
    const beyond = await listUsers(handle.db, admin, { ...base, perPage: 2, page: 40 });
    expect(beyond.page).toBe(3);
    expect(beyond.rows.map((row) => row.email)).toEqual(["zoe@exemple.test"]);
  });

  it("reads the URL parameters, ignoring values it does not know", () => {
    expect(parseUsersQuery({ q: " dupré ", role: "aucun", statut: "deactivated", verifie: "non", tri: "email", ordre: "asc", page: "3", par_page: "50" })).toEqual({
      q: "dupré",
      role: "none",
      status: "deactivated",
      verified: false,
      sort: "email",
      order: "asc",
      page: 3,
      perPage: 50,
    });
    expect(parseUsersQuery({ role: "visitor", statut: "banni", tri: "password", page: "-2", par_page: "5000" })).toEqual({
      q: undefined,
      role: undefined,
      status: undefined,
      verified: undefined,
      sort: "created",
      order: "desc",
      page: 1,
      perPage: 20,
    });
  });
});

describe(`getUser (${describeDatabaseKind()})`, () => {
  it("returns the profile without the password hash, consents, recent sign-ins and counts", async () => {
    const user = people.ines!;
    await handle.db.insert(consents).values([
      { userId: user.id, document: "terms", version: "2026-01" },
      { userId: user.id, document: "privacy", version: "2026-01" },
    ]);
    await handle.db.insert(savedItems).values([
      { userId: user.id, kind: "formation", itemId: "F1", title: "Soudure", url: "/formations/F1" },
      { userId: user.id, kind: "formation", itemId: "F2", title: "Cuisine", url: "/formations/F2" },
    ]);
    await handle.db.insert(savedSearches).values({ userId: user.id, engine: "formations", query: "q=soudure", label: "Soudure" });
    await handle.db.insert(recentViews).values({ userId: user.id, kind: "metier", itemId: "H2913", title: "Soudeur", url: "/metiers/H2913" });
    await recordAudit(handle.db, { action: "auth.sign_in", actor: { id: user.id }, target: { type: "user", id: user.id }, ip: "192.0.2.1", details: { method: "password" } });
    await recordAudit(handle.db, { action: "auth.sign_in_failed", target: { type: "user", id: user.id }, ip: "192.0.2.9", details: { method: "password" } });
    await recordAudit(handle.db, { action: "auth.sign_in", actor: { id: admin.id }, target: { type: "user", id: admin.id } });

    const detail = await getUser(handle.db, admin, { userId: user.id });
    expect(detail?.user).toMatchObject({ id: user.id, email: user.email, hasPassword: true });
    expect(detail?.user).not.toHaveProperty("passwordHash");
    expect(detail?.consents.map((c) => c.document).sort()).toEqual(["privacy", "terms"]);
    expect(detail?.counts).toEqual({ savedItems: 2, savedSearches: 1, recentViews: 1, sessions: 0 });
    expect(detail?.recentSignIns.map((s) => [s.action, s.ip, s.method])).toEqual([
      ["auth.sign_in_failed", "192.0.2.9", "password"],
      ["auth.sign_in", "192.0.2.1", "password"],
    ]);
  });

  it("returns null for an unknown account", async () => {
    expect(await getUser(handle.db, admin, { userId: "inconnu" })).toBeNull();
  });
});
