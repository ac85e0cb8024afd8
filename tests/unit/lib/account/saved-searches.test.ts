import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { savedSearches, tradeDomains, tradeGreatDomains } from "@/db/schema";
import { normaliseSavedQuery, savedSearchHref } from "@/lib/account/saved-search-engines";
import { truncateLabel } from "@/lib/account/saved-search-labels";
import {
  deleteSearch,
  findSavedSearch,
  listSavedSearches,
  MAX_SAVED_SEARCHES,
  renameSearch,
  SAVED_SEARCH_MESSAGES,
  saveSearch,
  setAlert,
} from "@/lib/account/saved-searches";
import { ForbiddenError } from "@/lib/auth/permissions";
import { createSearchEngine } from "@/lib/search";
import type { SearchDocument, SearchEngine } from "@/lib/search/types";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../../helpers/db";
import { createTestUser } from "../../../helpers/users";
import { inDays } from "../../search/fixtures";

function formation(id: string, title: string, facets: Record<string, string[]>): SearchDocument {
  return {
    kind: "formation",
    id,
    title,
    body: `${title} : formation de démonstration.`,
    keywords: [],
    url: `/formations/${id}`,
    facets: { region: ["76"], ...facets },
    regionFunded: false,
    dates: [{ start: inDays(10), end: inDays(60) }],
  };
}

describe(`saved searches (${describeDatabaseKind()})`, () => {
  let database: TestDatabase;
  let search: SearchEngine;

  beforeAll(async () => {
    database = await createTestDatabase();
    search = createSearchEngine({ db: database.db, env: {} });
    await search.index([
      formation("soudeur-31-n4", "Soudeur TIG", { department: ["31"], level: ["4"] }),
      formation("soudeur-31-n3", "Soudeur à l'arc", { department: ["31"], level: ["3"] }),
      formation("soudeur-81-n4", "Soudeur MIG", { department: ["81"], level: ["4"] }),
      formation("cuisine-31", "Cuisinier", { department: ["31"], level: ["3"] }),
      {
        kind: "metier",
        id: "H2913",
        title: "Soudage manuel",
        body: "Soudeur, soudeuse.",
        keywords: ["soudeur"],
        url: "/metiers/H2913",
        facets: { greatDomain: ["H"], domain: ["H29"] },
        regionFunded: false,
      },
    ]);
    await database.db.insert(tradeGreatDomains).values({ code: "H", label: "Industrie" });
    await database.db.insert(tradeDomains).values({ code: "H29", label: "Mécanique, travail des métaux", greatDomainCode: "H" });
  });

  afterAll(async () => {
    await database?.dispose();
  });

  describe("normalisation", () => {
    it("drops the page and unknown parameters and keeps filters and sort in a stable order", () => {
      const { query } = normaliseSavedQuery("formations", "?page=3&tri=date&niveau_sortie=4&utm=x&dep=31&q=%20soudeur%20");
      expect(query).toBe("q=soudeur&dep=31&niveau_sortie=4&tri=date");
      expect(normaliseSavedQuery("formations", "dep=31&q=soudeur&niveau_sortie=4&tri=date").query).toBe(query);
    });

    it("drops values the engine does not accept and a default sort", () => {
      expect(normaliseSavedQuery("metiers", "grand_domaine=h&grand_domaine=zz&tri=pertinence").query).toBe("grand_domaine=H");
      expect(normaliseSavedQuery("recherche", "q=soudeur&dep=31&page=2").query).toBe("q=soudeur");
    });

    it("reopens the engine page of the search", () => {
      expect(savedSearchHref("formations", "q=soudeur&dep=31")).toBe("/formations?q=soudeur&dep=31");
      expect(savedSearchHref("ressources", "")).toBe("/ressources");
    });
  });

  describe("saveSearch", () => {
    it("labels the search as the page's chips do and records today's results as known", async () => {
      const user = await createTestUser(database.db);
      const result = await saveSearch(
        database.db,
        user,
        { engine: "formations", query: "q=soudeur&dep=31&niveau_sortie=4&page=2" },
        { search },
      );
      expect(result).toMatchObject({ ok: true, message: SAVED_SEARCH_MESSAGES.saved });
      if (!result.ok) return;
      expect(result.data).toMatchObject({
        created: true,
        engine: "formations",
        query: "q=soudeur&dep=31&niveau_sortie=4",
        label: "« soudeur » · Haute-Garonne (31) · Niveau 4 (Bac)",
        href: "/formations?q=soudeur&dep=31&niveau_sortie=4",
        alert: false,
      });
      const [row] = await database.db.select().from(savedSearches).where(eq(savedSearches.id, result.data.id));
      expect(row?.knownIds).toEqual(["formation:soudeur-31-n4"]);
    });

    it("labels filters from the referentials and searches without text as 'everything'", async () => {
      const user = await createTestUser(database.db);
      const trades = await saveSearch(database.db, user, { engine: "metiers", query: "grand_domaine=H&domaine=H29" }, { search });
      expect(trades.ok && trades.data.label).toBe("Industrie · Mécanique, travail des métaux");
      const everything = await saveSearch(database.db, user, { engine: "ressources", query: "" }, { search });
      expect(everything.ok && everything.data.label).toBe("Toutes les ressources");
    });

    it("watches every kind of a central search", async () => {
      const user = await createTestUser(database.db);
      const result = await saveSearch(database.db, user, { engine: "recherche", query: "q=soudeur" }, { search });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const [row] = await database.db.select().from(savedSearches).where(eq(savedSearches.id, result.data.id));
      expect([...(row?.knownIds ?? [])].sort()).toEqual([
        "formation:soudeur-31-n3",
        "formation:soudeur-31-n4",
        "formation:soudeur-81-n4",
        "metier:H2913",
      ]);
    });

    it("rejects unknown engines and a central search without text", async () => {
      const user = await createTestUser(database.db);
      expect(await saveSearch(database.db, user, { engine: "admin", query: "q=x" }, { search })).toEqual({
        ok: false,
        error: SAVED_SEARCH_MESSAGES.unknownEngine,
      });
      expect(await saveSearch(database.db, user, { engine: "recherche", query: "dep=31" }, { search })).toEqual({
        ok: false,
        error: SAVED_SEARCH_MESSAGES.emptyCentral,
      });
      expect(await listSavedSearches(database.db, user)).toEqual([]);
    });

    it("keeps one saved search for the same search written differently", async () => {
      const user = await createTestUser(database.db);
      const first = await saveSearch(database.db, user, { engine: "formations", query: "q=soudeur&dep=31" }, { search });
      const again = await saveSearch(database.db, user, { engine: "formations", query: "?dep=31&q=soudeur&page=4" }, { search });
      expect(first.ok && first.data.created).toBe(true);
      expect(again).toMatchObject({ ok: true, message: SAVED_SEARCH_MESSAGES.alreadySaved, data: { created: false } });
      expect(again.ok && first.ok && again.data.id).toBe(first.ok && first.data.id);
      // Asking for the alert on a search saved without one turns it on, still without a copy.
      const withAlert = await saveSearch(database.db, user, { engine: "formations", query: "q=soudeur&dep=31", alert: true }, { search });
      expect(withAlert).toMatchObject({ ok: true, data: { created: false, alert: true } });
      expect(await listSavedSearches(database.db, user)).toHaveLength(1);
    });

    it(`refuses a search beyond ${MAX_SAVED_SEARCHES} per person, with a message`, async () => {
      const user = await createTestUser(database.db);
      await database.db.insert(savedSearches).values(
        Array.from({ length: MAX_SAVED_SEARCHES }, (_, i) => ({
          userId: user.id,
          engine: "formations",
          query: `q=recherche${i}`,
          label: `Recherche ${i}`,
        })),
      );
      const result = await saveSearch(database.db, user, { engine: "formations", query: "q=soudeur" }, { search });
      expect(result).toEqual({ ok: false, error: SAVED_SEARCH_MESSAGES.limit });
      expect(SAVED_SEARCH_MESSAGES.limit).toContain(String(MAX_SAVED_SEARCHES));
      expect(await listSavedSearches(database.db, user)).toHaveLength(MAX_SAVED_SEARCHES);
      // Saving one already there is still answered (nothing new is stored).
      const existing = await saveSearch(database.db, user, { engine: "formations", query: "q=recherche3" }, { search });
      expect(existing.ok).toBe(true);
    });
  });

  describe("managing saved searches", () => {
    it("lists the person's own searches, newest first, with the link reopening each", async () => {
      const user = await createTestUser(database.db);
      const other = await createTestUser(database.db);
      await saveSearch(database.db, user, { engine: "formations", query: "q=cuisinier" }, { search });
      await saveSearch(database.db, user, { engine: "metiers", query: "q=soudeur" }, { search });
      await saveSearch(database.db, other, { engine: "formations", query: "q=soudeur" }, { search });
      const list = await listSavedSearches(database.db, user);
      expect(list.map((s) => [s.engineName, s.label, s.href])).toEqual([
        ["Métiers", "« soudeur »", "/metiers?q=soudeur"],
        ["Formations", "« cuisinier »", "/formations?q=cuisinier"],
      ]);
      expect(await findSavedSearch(database.db, user, { engine: "metiers", query: "?q=soudeur&page=2" })).toMatchObject({
        id: list[0]?.id,
      });
      expect(await findSavedSearch(database.db, other, { engine: "metiers", query: "q=soudeur" })).toBeNull();
    });

    it("renames, switches the alert and deletes the owner's search", async () => {
      const user = await createTestUser(database.db);
      const saved = await saveSearch(database.db, user, { engine: "formations", query: "q=soudeur" }, { search });
      if (!saved.ok) throw new Error(saved.error);
      const id = saved.data.id;

      expect(await renameSearch(database.db, user, { id, label: "Soudure près de chez moi" })).toMatchObject({
        ok: true,
        data: { label: "Soudure près de chez moi" },
      });

      // Turning the alert on restarts the watch from today's results.
      await database.db.update(savedSearches).set({ knownIds: [] }).where(eq(savedSearches.id, id));
      expect(await setAlert(database.db, user, { id, alert: true }, { search })).toMatchObject({ ok: true, data: { alert: true } });
      const [on] = await database.db.select().from(savedSearches).where(eq(savedSearches.id, id));
      expect(on?.knownIds).toHaveLength(3);
      expect(await setAlert(database.db, user, { id, alert: false }, { search })).toMatchObject({ ok: true, data: { alert: false } });

      expect(await deleteSearch(database.db, user, { id })).toEqual({
        ok: true,
        data: { id, label: "Soudure près de chez moi" },
        message: SAVED_SEARCH_MESSAGES.deleted,
      });
      expect(await listSavedSearches(database.db, user)).toEqual([]);
      expect(await deleteSearch(database.db, user, { id })).toEqual({ ok: false, error: SAVED_SEARCH_MESSAGES.notFound });
    });
  });

  describe("refusals", () => {
    it("refuses anonymous visitors and deactivated accounts", async () => {
      const deactivated = await createTestUser(database.db, { status: "deactivated" });
      for (const actor of [null, deactivated]) {
        await expect(saveSearch(database.db, actor, { engine: "formations", query: "q=soudeur" }, { search })).rejects.toBeInstanceOf(
          ForbiddenError,
        );
        await expect(listSavedSearches(database.db, actor)).rejects.toBeInstanceOf(ForbiddenError);
      }
      const rows = await database.db.select().from(savedSearches).where(eq(savedSearches.userId, deactivated.id));
      expect(rows).toEqual([]);
    });

    it("refuses to rename, switch or delete another person's search, and leaves it untouched", async () => {
      const owner = await createTestUser(database.db);
      const intruder = await createTestUser(database.db);
      const saved = await saveSearch(database.db, owner, { engine: "formations", query: "q=cuisinier" }, { search });
      if (!saved.ok) throw new Error(saved.error);
      const id = saved.data.id;

      await expect(renameSearch(database.db, intruder, { id, label: "Piratée" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(setAlert(database.db, intruder, { id, alert: true }, { search })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteSearch(database.db, intruder, { id })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(deleteSearch(database.db, null, { id })).rejects.toBeInstanceOf(ForbiddenError);

      const [row] = await database.db.select().from(savedSearches).where(eq(savedSearches.id, id));
      expect(row).toMatchObject({ userId: owner.id, label: "« cuisinier »", alert: false });
    });
  });

  it("shortens long labels at a word boundary", () => {
    const label = truncateLabel(`« ${"mot ".repeat(60).trim()} »`);
    expect(label.length).toBeLessThanOrEqual(120);
    expect(label.endsWith("mot…")).toBe(true);
  });
});
