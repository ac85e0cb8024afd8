import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSessions, formations, savedItems, users } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/config";
import { itemKey } from "@/lib/account/item-resolver";
import {
  countSavedItems,
  listSavedItems,
  MAX_SAVED_ITEMS,
  saveItem,
  savedKeysFor,
  setItemSaved,
  toggleSavedItem,
  unsaveItem,
  updateSavedItemNote,
} from "@/lib/account/saved-items";
import type { SearchKind } from "@/lib/search/types";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";
import { type PersonalCatalogue, seedPersonalCatalogue } from "./saved-fixtures";

describe(`saved items (${describeDatabaseKind()})`, () => {
  let t: TestDatabase;
  let items: PersonalCatalogue;

  beforeAll(async () => {
    t = await createTestDatabase();
    items = await seedPersonalCatalogue(t.db);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const rowsOf = (userId: string) => t.db.select().from(savedItems).where(eq(savedItems.userId, userId));

  it("saves one public item of every kind with the title and page read from the database", async () => {
    const user = await createTestUser(t.db);
    const cases: [SearchKind, string, string, string][] = [
      ["formation", items.formation, "Titre professionnel soudeur", `/formations/${items.formation}`],
      ["metier", items.trade, "Développeur / Développeuse informatique", "/metiers/M1805"],
      ["organisme", items.organisation, "Centre de formation de Toulouse", `/organismes/${items.organisation}`],
      ["evenement", items.event, "Forum des métiers", "/evenements/forum-des-metiers"],
      ["structure", items.structure, "Mission locale de Toulouse", "/structures/mission-locale-toulouse"],
      ["financement", items.financing, "Compte personnel de formation", "/financements/cpf"],
      ["ressource", items.resource, "Guide de l'orientation", "/ressources/guide-orientation"],
    ];
    for (const [kind, itemId] of cases) {
      await expect(saveItem(t.db, user, { kind, itemId })).resolves.toEqual({ ok: true, saved: true });
    }
    const rows = await rowsOf(user.id);
    expect(rows).toHaveLength(cases.length);
    for (const [kind, itemId, title, url] of cases) {
      expect(rows.find((row) => row.kind === kind && row.itemId === itemId)).toMatchObject({ title, url, note: null });
    }
    const counts = await countSavedItems(t.db, user);
    expect(counts.get("formation")).toBe(1);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(cases.length);
  });

  it("refuses unknown, withdrawn, unpublished or malformed ids", async () => {
    const user = await createTestUser(t.db);
    const refused: [SearchKind, string][] = [
      ["formation", items.withdrawnFormation],
      ["formation", "999999"],
      ["formation", "12abc"],
      ["formation", "0"],
      ["formation", "99999999999"],
      ["metier", items.subTrade],
      ["metier", "Z9999"],
      ["metier", "m1805"],
      ["organisme", "424242"],
      ["evenement", items.draftEvent],
      ["ressource", items.archivedResource],
      ["structure", "forum-des-metiers"],
    ];
    for (const [kind, itemId] of refused) {
      await expect(saveItem(t.db, user, { kind, itemId }), `${kind} ${itemId}`).resolves.toEqual({
        ok: false,
        reason: "unavailable",
      });
    }
    expect(await rowsOf(user.id)).toHaveLength(0);
  });

  it("saving twice keeps one row and its note; unsave removes it", async () => {
    const user = await createTestUser(t.db);
    const ref = { kind: "formation" as const, itemId: items.formation };
    await saveItem(t.db, user, ref);
    await updateSavedItemNote(t.db, user, { ...ref, note: "Appeler le centre" });
    await saveItem(t.db, user, ref);
    const rows = await rowsOf(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.note).toBe("Appeler le centre");

    await expect(unsaveItem(t.db, user, ref)).resolves.toEqual({ ok: true, saved: false });
    expect(await rowsOf(user.id)).toHaveLength(0);
    // Idempotent: removing what is not saved is fine.
    await expect(unsaveItem(t.db, user, ref)).resolves.toEqual({ ok: true, saved: false });
  });

  it("toggles and sets the asked state", async () => {
    const user = await createTestUser(t.db);
    const ref = { kind: "metier" as const, itemId: items.trade };
    await expect(toggleSavedItem(t.db, user, ref)).resolves.toEqual({ ok: true, saved: true });
    expect(await savedKeysFor(t.db, user.id)).toEqual(new Set([itemKey("metier", items.trade)]));
    await expect(toggleSavedItem(t.db, user, ref)).resolves.toEqual({ ok: true, saved: false });
    expect((await savedKeysFor(t.db, user.id)).size).toBe(0);

    // A double submission of the same "save" button leaves the item saved.
    await setItemSaved(t.db, user, { ...ref, saved: true });
    await setItemSaved(t.db, user, { ...ref, saved: true });
    expect(await rowsOf(user.id)).toHaveLength(1);
    await setItemSaved(t.db, user, { ...ref, saved: false });
    expect(await rowsOf(user.id)).toHaveLength(0);
  });

  it("updates, trims and clears a note of the owner's item only", async () => {
    const owner = await createTestUser(t.db);
    const other = await createTestUser(t.db);
    const ref = { kind: "evenement" as const, itemId: items.event };
    await saveItem(t.db, owner, ref);

    const updated = await updateSavedItemNote(t.db, owner, { ...ref, note: "  J'y vais avec Léa  " });
    expect(updated?.note).toBe("J'y vais avec Léa");

    // The other user addresses the same item: nothing of theirs matches, the owner's note is untouched.
    await expect(updateSavedItemNote(t.db, other, { ...ref, note: "piraté" })).resolves.toBeNull();
    await expect(unsaveItem(t.db, other, ref)).resolves.toEqual({ ok: true, saved: false });
    const [row] = await t.db
      .select()
      .from(savedItems)
      .where(and(eq(savedItems.userId, owner.id), eq(savedItems.kind, "evenement")));
    expect(row?.note).toBe("J'y vais avec Léa");
    expect(await listSavedItems(t.db, other)).toEqual([]);

    await expect(updateSavedItemNote(t.db, owner, { ...ref, note: "   " })).resolves.toMatchObject({ note: null });
    await expect(updateSavedItemNote(t.db, owner, { ...ref, note: "x".repeat(1001) })).rejects.toThrow(RangeError);
  });

  it("lists newest first and marks items withdrawn since as unavailable", async () => {
    const user = await createTestUser(t.db);
    const [extra] = await t.db
      .insert(formations)
      .values({ lheoId: "F-list", title: "Formation bientôt retirée", contentHash: "x" })
      .returning({ id: formations.id });
    const extraId = String(extra!.id);
    await saveItem(t.db, user, { kind: "formation", itemId: extraId });
    await saveItem(t.db, user, { kind: "ressource", itemId: items.resource });
    await t.db.update(formations).set({ status: "withdrawn" }).where(eq(formations.id, extra!.id));

    const list = await listSavedItems(t.db, user);
    expect(list.map((item) => [item.kind, item.available])).toEqual([
      ["ressource", true],
      ["formation", false],
    ]);
    // The withdrawn item keeps the title it had when saved.
    expect(list[1]).toMatchObject({ itemId: extraId, title: "Formation bientôt retirée" });
    expect(await listSavedItems(t.db, user, { kind: "formation" })).toHaveLength(1);
    // And it can still be removed from the list.
    await unsaveItem(t.db, user, { kind: "formation", itemId: extraId });
    expect(await listSavedItems(t.db, user)).toHaveLength(1);
  });

  it("survives sign-out: deleting every session of the user keeps the items", async () => {
    const user = await createTestUser(t.db);
    await saveItem(t.db, user, { kind: "structure", itemId: items.structure });
    const expires = new Date(Date.now() + 3600_000);
    await t.db.insert(authSessions).values([
      { sessionToken: `token-a-${user.id}`, userId: user.id, expires },
      { sessionToken: `token-b-${user.id}`, userId: user.id, expires },
    ]);
    await t.db.delete(authSessions).where(eq(authSessions.userId, user.id));
    expect(await t.db.select().from(authSessions).where(eq(authSessions.userId, user.id))).toHaveLength(0);

    const list = await listSavedItems(t.db, user);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: "structure", itemId: items.structure, available: true });
  });

  it("stops at the per-account limit", async () => {
    const user = await createTestUser(t.db);
    await t.db.insert(savedItems).values(
      Array.from({ length: MAX_SAVED_ITEMS }, (_, i) => ({
        userId: user.id,
        kind: "formation" as const,
        itemId: `filler-${i}`,
        title: `Formation ${i}`,
        url: `/formations/${i}`,
      })),
    );
    await expect(saveItem(t.db, user, { kind: "metier", itemId: items.trade })).resolves.toEqual({ ok: false, reason: "limit" });
    // Saving again something already saved is still fine at the limit.
    await t.db.update(savedItems).set({ itemId: items.formation }).where(and(eq(savedItems.userId, user.id), eq(savedItems.itemId, "filler-0")));
    await expect(saveItem(t.db, user, { kind: "formation", itemId: items.formation })).resolves.toEqual({ ok: true, saved: true });
  });

  describe("refused access", () => {
    const ref = () => ({ kind: "formation" as const, itemId: items.formation });

    it("refuses anonymous visitors", async () => {
      await expect(saveItem(t.db, null, ref())).rejects.toThrow(ForbiddenError);
      await expect(unsaveItem(t.db, null, ref())).rejects.toThrow(ForbiddenError);
      await expect(toggleSavedItem(t.db, undefined, ref())).rejects.toThrow(ForbiddenError);
      await expect(updateSavedItemNote(t.db, null, { ...ref(), note: "x" })).rejects.toThrow(ForbiddenError);
      await expect(listSavedItems(t.db, null)).rejects.toThrow(ForbiddenError);
      await expect(countSavedItems(t.db, null)).rejects.toThrow(ForbiddenError);
    });

    it("refuses a deactivated account, and leaves its items alone", async () => {
      const user = await createTestUser(t.db);
      await saveItem(t.db, user, ref());
      await t.db.update(users).set({ status: "deactivated" }).where(eq(users.id, user.id));
      const deactivated: SessionUser = { ...user, status: "deactivated" };
      await expect(saveItem(t.db, deactivated, { kind: "metier", itemId: items.trade })).rejects.toThrow(ForbiddenError);
      await expect(unsaveItem(t.db, deactivated, ref())).rejects.toThrow(ForbiddenError);
      await expect(updateSavedItemNote(t.db, deactivated, { ...ref(), note: "x" })).rejects.toThrow(ForbiddenError);
      await expect(listSavedItems(t.db, deactivated)).rejects.toThrow(ForbiddenError);
      expect(await rowsOf(user.id)).toHaveLength(1);
    });
  });
});
