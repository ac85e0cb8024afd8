import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recentViews, resources } from "@/db/schema";
import { clearRecentViews, listRecentViews, RECENT_VIEWS_LIMIT, recordRecentView } from "@/lib/account/recent-views";
import type { SessionUser } from "@/lib/auth/config";
import { ForbiddenError } from "@/lib/auth/permissions";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";
import { type PersonalCatalogue, seedPersonalCatalogue } from "./saved-fixtures";

describe(`recently viewed (${describeDatabaseKind()})`, () => {
  let t: TestDatabase;
  let items: PersonalCatalogue;

  beforeAll(async () => {
    t = await createTestDatabase();
    items = await seedPersonalCatalogue(t.db);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const view = (itemId: string, title = `Formation ${itemId}`) => ({
    kind: "formation" as const,
    itemId,
    title,
    url: `/formations/${itemId}`,
  });

  it("records views newest first, and a second visit moves the item up without a duplicate", async () => {
    const user = await createTestUser(t.db);
    await recordRecentView(t.db, user, view(items.formation, "Titre professionnel soudeur"));
    await recordRecentView(t.db, user, {
      kind: "metier",
      itemId: items.trade,
      title: "Développeur / Développeuse informatique",
      url: "/metiers/M1805",
    });
    await recordRecentView(t.db, user, view(items.formation, "Titre professionnel soudeur"));

    const list = await listRecentViews(t.db, user);
    expect(list.map((entry) => [entry.kind, entry.itemId, entry.available])).toEqual([
      ["formation", items.formation, true],
      ["metier", items.trade, true],
    ]);
  });

  it(`keeps only the latest ${RECENT_VIEWS_LIMIT} views per user`, async () => {
    const user = await createTestUser(t.db);
    const other = await createTestUser(t.db);
    await recordRecentView(t.db, other, view("1"));
    const total = RECENT_VIEWS_LIMIT + 5;
    for (let i = 1; i <= total; i += 1) await recordRecentView(t.db, user, view(String(1000 + i)));

    const rows = await t.db.select().from(recentViews).where(eq(recentViews.userId, user.id));
    expect(rows).toHaveLength(RECENT_VIEWS_LIMIT);
    const kept = new Set(rows.map((row) => Number(row.itemId)));
    // The five oldest went, the newest stayed.
    for (let i = 1; i <= 5; i += 1) expect(kept.has(1000 + i)).toBe(false);
    expect(kept.has(1000 + total)).toBe(true);
    // Another user's history is not trimmed by this one's.
    expect(await t.db.select().from(recentViews).where(eq(recentViews.userId, other.id))).toHaveLength(1);

    const list = await listRecentViews(t.db, user);
    expect(list[0]?.itemId).toBe(String(1000 + total));
    // These ids do not exist in the catalogue: listed, but not linked.
    expect(list.every((entry) => !entry.available)).toBe(true);
  });

  it("marks an item unpublished since as unavailable", async () => {
    const user = await createTestUser(t.db);
    const [resource] = await t.db
      .insert(resources)
      .values({ slug: "guide-temporaire", title: "Guide temporaire", kind: "guide", url: "https://exemple.test/t", status: "published" })
      .returning({ id: resources.id });
    const itemId = String(resource!.id);
    await recordRecentView(t.db, user, { kind: "ressource", itemId, title: "Guide temporaire", url: "/ressources/guide-temporaire" });
    expect((await listRecentViews(t.db, user))[0]?.available).toBe(true);
    await t.db.update(resources).set({ status: "archived" }).where(eq(resources.id, resource!.id));
    expect((await listRecentViews(t.db, user))[0]).toMatchObject({ itemId, available: false, title: "Guide temporaire" });
  });

  it("clears the actor's own history only", async () => {
    const user = await createTestUser(t.db);
    const other = await createTestUser(t.db);
    await recordRecentView(t.db, user, view(items.formation));
    await recordRecentView(t.db, user, view("77"));
    await recordRecentView(t.db, other, view(items.formation));
    await expect(clearRecentViews(t.db, user)).resolves.toBe(2);
    expect(await listRecentViews(t.db, user)).toEqual([]);
    expect(await listRecentViews(t.db, other)).toHaveLength(1);
  });

  it("refuses anonymous visitors and deactivated accounts", async () => {
    const user = await createTestUser(t.db);
    const deactivated: SessionUser = { ...user, status: "deactivated" };
    for (const actor of [null, undefined, deactivated]) {
      await expect(recordRecentView(t.db, actor, view(items.formation))).rejects.toThrow(ForbiddenError);
      await expect(listRecentViews(t.db, actor)).rejects.toThrow(ForbiddenError);
      await expect(clearRecentViews(t.db, actor)).rejects.toThrow(ForbiddenError);
    }
    expect(await t.db.select().from(recentViews).where(eq(recentViews.userId, user.id))).toHaveLength(0);
  });
});
