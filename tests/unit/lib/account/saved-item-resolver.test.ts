import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { itemKey, parseSerialId, resolveItem, resolveItems } from "@/lib/account/item-resolver";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { type PersonalCatalogue, seedPersonalCatalogue } from "./saved-fixtures";

describe("parseSerialId", () => {
  it("accepts canonical ids within a PostgreSQL integer", () => {
    expect(parseSerialId("1")).toBe(1);
    expect(parseSerialId("2147483647")).toBe(2_147_483_647);
  });

  it.each(["", "0", "012", "1e3", "12abc", "-4", "2147483648", "1 ", "1; drop table users"])("rejects %j", (value) => {
    expect(parseSerialId(value)).toBeNull();
  });
});

describe(`item resolver (${describeDatabaseKind()})`, () => {
  let t: TestDatabase;
  let items: PersonalCatalogue;

  beforeAll(async () => {
    t = await createTestDatabase();
    items = await seedPersonalCatalogue(t.db);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("resolves a mixed batch, leaving out what is not public", async () => {
    const resolved = await resolveItems(t.db, [
      { kind: "formation", itemId: items.formation },
      { kind: "formation", itemId: items.withdrawnFormation },
      { kind: "formation", itemId: items.formation },
      { kind: "metier", itemId: items.trade },
      { kind: "metier", itemId: items.subTrade },
      { kind: "organisme", itemId: items.organisation },
      { kind: "organisme", itemId: items.withdrawnOrganisation },
      { kind: "evenement", itemId: items.event },
      { kind: "evenement", itemId: items.draftEvent },
      { kind: "structure", itemId: items.structure },
      { kind: "financement", itemId: items.financing },
      { kind: "ressource", itemId: items.resource },
      { kind: "ressource", itemId: items.archivedResource },
      { kind: "ressource", itemId: "not-an-id" },
    ]);
    expect([...resolved.keys()].sort()).toEqual(
      [
        itemKey("formation", items.formation),
        itemKey("metier", items.trade),
        itemKey("organisme", items.organisation),
        // The page of an organisation dropped by every feed stays online, with a notice.
        itemKey("organisme", items.withdrawnOrganisation),
        itemKey("evenement", items.event),
        itemKey("structure", items.structure),
        itemKey("financement", items.financing),
        itemKey("ressource", items.resource),
      ].sort(),
    );
    expect(resolved.get(itemKey("ressource", items.resource))).toEqual({
      kind: "ressource",
      itemId: items.resource,
      title: "Guide de l'orientation",
      // The portal's page, never the resource's external address.
      url: "/ressources/guide-orientation",
    });
  });

  it("answers an empty map for an empty batch, and null for a single unknown item", async () => {
    expect((await resolveItems(t.db, [])).size).toBe(0);
    await expect(resolveItem(t.db, { kind: "evenement", itemId: "987654" })).resolves.toBeNull();
  });
});
