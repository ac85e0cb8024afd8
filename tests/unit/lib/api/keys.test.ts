import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeys } from "@/db/schema";
import { hashApiKey } from "@/lib/api/key-format";
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from "@/lib/api/keys";
import { ForbiddenError } from "@/lib/auth/permissions";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";

describe(`API key services on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("lets an administrator create a key shown once and stored only as a hash", async () => {
    const admin = await createTestUser(t.db, { roles: ["admin"] });
    const { key, secret } = await createApiKey(t.db, admin, { name: "  Parcours emploi  ", contact: "dsi@region.example", perMinute: 600 });
    expect(key).toMatchObject({ name: "Parcours emploi", perMinute: 600, createdBy: admin.id, revokedAt: null });
    expect(key).not.toHaveProperty("keyHash");
    const [row] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(row?.keyHash).toBe(hashApiKey(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    const listed = await listApiKeys(t.db, admin);
    expect(listed.map((k) => k.id)).toContain(key.id);
    expect(listed.every((k) => !("keyHash" in k))).toBe(true);
  });

  it.each([
    ["an editor", ["editor"] as const],
    ["a content manager", ["content_manager"] as const],
    ["a visitor", [] as const],
  ])("refuses %s every key operation", async (_label, roles) => {
    const user = await createTestUser(t.db, { roles: [...roles] });
    await expect(listApiKeys(t.db, user)).rejects.toThrow(ForbiddenError);
    await expect(createApiKey(t.db, user, { name: "Pirate", contact: "x@y.z", perMinute: 10 })).rejects.toThrow(ForbiddenError);
    await expect(revokeApiKey(t.db, user, { id: 1 })).rejects.toThrow(ForbiddenError);
    await expect(listApiKeys(t.db, null)).rejects.toThrow(ForbiddenError);
  });

  it("refuses a deactivated administrator", async () => {
    const admin = await createTestUser(t.db, { roles: ["admin"], status: "deactivated" });
    await expect(listApiKeys(t.db, admin)).rejects.toThrow(ForbiddenError);
  });

  it("validates the form values on the server too", async () => {
    const admin = await createTestUser(t.db, { roles: ["admin"] });
    await expect(createApiKey(t.db, admin, { name: "ab", contact: "dsi@region.example", perMinute: 10 })).rejects.toThrow();
    await expect(createApiKey(t.db, admin, { name: "Partenaire", contact: "dsi@region.example", perMinute: 0 })).rejects.toThrow();
  });

  it("authenticates a key until it is revoked, and records its last use", async () => {
    const admin = await createTestUser(t.db, { roles: ["admin"] });
    const { key, secret } = await createApiKey(t.db, admin, { name: "Appli mobile", contact: "mobile@region.example", perMinute: 60 });
    const now = new Date("2026-03-10T10:00:00Z");
    expect(await authenticateApiKey(t.db, secret, now)).toEqual({ ok: true, key: { id: key.id, name: "Appli mobile", perMinute: 60 } });
    const [used] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(used?.lastUsedAt?.toISOString()).toBe(now.toISOString());
    // Within the minute, no new write.
    await authenticateApiKey(t.db, secret, new Date("2026-03-10T10:00:30Z"));
    const [same] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, key.id));
    expect(same?.lastUsedAt?.toISOString()).toBe(now.toISOString());

    expect(await revokeApiKey(t.db, admin, { id: key.id })).toBe(true);
    expect(await revokeApiKey(t.db, admin, { id: key.id })).toBe(false);
    expect(await authenticateApiKey(t.db, secret)).toEqual({ ok: false, reason: "revoked" });
    expect(await authenticateApiKey(t.db, `${secret.slice(0, -1)}x`)).toEqual({ ok: false, reason: "unknown" });
    expect(await authenticateApiKey(t.db, "n'importe quoi")).toEqual({ ok: false, reason: "malformed" });
  });
});
