import { eq } from "drizzle-orm";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { DEFAULT_ADMIN_EMAIL, ensureAdministrator } from "@/lib/auth/bootstrap";
import { verifyPassword } from "@/lib/auth/password";
import { createTestDatabase, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";

let database: TestDatabase | undefined;
beforeEach(async () => {
  await database?.dispose();
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.dispose();
});

describe("ensureAdministrator", () => {
  it("creates a first administrator with a random password to change at first sign-in", async () => {
    const { db } = database!;
    const result = await ensureAdministrator(db, {});
    expect(result.status).toBe("created");
    const [admin] = await db.select().from(users).where(eq(users.email, DEFAULT_ADMIN_EMAIL));
    expect(admin?.roles).toEqual(["admin"]);
    expect(admin?.mustChangePassword).toBe(true);
    if (result.status === "created") expect(await verifyPassword(admin!.passwordHash!, result.generatedPassword!)).toBe(true);
    expect((await ensureAdministrator(db, {})).status).toBe("exists");
  });

  it("creates the configured administrator with the configured password", async () => {
    const { db } = database!;
    const result = await ensureAdministrator(db, { email: "Dir@Region.fr", password: "Configure-2026-ok" });
    expect(result).toEqual({ status: "created", email: "dir@region.fr", generatedPassword: null });
    const [admin] = await db.select().from(users).where(eq(users.email, "dir@region.fr"));
    expect(admin?.mustChangePassword).toBe(false);
    expect(await verifyPassword(admin!.passwordHash!, "Configure-2026-ok")).toBe(true);
  });

  it("promotes an existing account without touching its password", async () => {
    const { db } = database!;
    const user = await createTestUser(db, { email: "chef@region.fr", roles: ["editor"] });
    const result = await ensureAdministrator(db, { email: "chef@region.fr", password: "Autre-mot-de-passe-2026" });
    expect(result.status).toBe("promoted");
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row?.roles).toEqual(["editor", "admin"]);
    expect(await verifyPassword(row!.passwordHash!, "Autre-mot-de-passe-2026")).toBe(false);
  });
});
