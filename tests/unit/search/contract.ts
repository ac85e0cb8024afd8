import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldText } from "@/lib/search/text";
import type { SearchEngine, SearchResult } from "@/lib/search/types";
import { allFixtures, formationFixtures, inDays, TOULOUSE } from "./fixtures";

export type EngineHandle = { engine: SearchEngine; dispose: () => Promise<void> };

const ids = (result: SearchResult) => result.hits.map((hit) => hit.doc.id);
const sorted = (values: string[]) => [...values].sort();

/**
 * The behaviour every engine must have, run against each implementation so the portal can switch
 * engines by configuration alone. Engines must make documents searchable before index() resolves.
 */
export function runSearchEngineContract(name: string, makeEngine: () => Promise<EngineHandle>) {
  describe(`search engine contract: ${name}`, () => {
    let handle: EngineHandle;
    let engine: SearchEngine;

    beforeAll(async () => {
      handle = await makeEngine();
      engine = handle.engine;
      await engine.clear();
      await engine.index(allFixtures);
    });

    afterAll(async () => {
      await handle?.dispose();
    });

    it("reports its health", async () => {
      const health = await engine.health();
      expect(health.ok).toBe(true);
      expect(health.engine).toBe(engine.name);
    });

    describe("text relevance", () => {
      it("finds an accented title from an accent-less query", async () => {
        const result = await engine.search({ q: "mecanicien aeronautique", kinds: ["formation"] });
        expect(ids(result)[0]).toBe("meca");
      });

      it("tolerates one typo", async () => {
        expect(ids(await engine.search({ q: "patisier", kinds: ["formation"] }))[0]).toBe("patissier");
        expect(ids(await engine.search({ q: "developeur", kinds: ["formation"] }))[0]).toBe("dev");
      });

      it("finds a trade from one of its job titles", async () => {
        expect(ids(await engine.search({ q: "programmeur", kinds: ["metier"] }))[0]).toBe("M1805");
        expect(ids(await engine.search({ q: "patissier confiseur", kinds: ["metier"] }))[0]).toBe("D1104");
        expect(ids(await engine.search({ q: "cuisinière", kinds: ["metier"] }))[0]).toBe("G1602");
      });

      it("finds a trade from its ROME code", async () => {
        expect(ids(await engine.search({ q: "M1805", kinds: ["metier"] }))[0]).toBe("M1805");
        expect(ids(await engine.search({ q: "i1602", kinds: ["metier"] }))[0]).toBe("I1602");
      });

      it("searches every kind when none is given", async () => {
        const result = await engine.search({ q: "patissier" });
        const kinds = new Set(result.hits.map((hit) => hit.doc.kind));
        expect(kinds).toContain("formation");
        expect(kinds).toContain("metier");
      });

      it("ranks the Region-funded offer first at equal relevance", async () => {
        const result = await engine.search({ q: "cap cuisine", kinds: ["formation"] });
        expect(ids(result).slice(0, 2)).toEqual(["cap-b", "cap-a"]);
      });

      it("drops the last words when no document has them all", async () => {
        const result = await engine.search({ q: "développeur zzyzx", kinds: ["formation"] });
        expect(ids(result)[0]).toBe("dev");
      });

      it("suggests a better spelling when the query finds little", async () => {
        const result = await engine.search({ q: "patisier", kinds: ["formation"] });
        expect(result.suggestion).toBeDefined();
        expect(foldText(result.suggestion ?? "")).toBe("patissier");
      });

      it("does not suggest anything for a well-spelled query", async () => {
        const result = await engine.search({ q: "CAP Cuisine", kinds: ["formation"] });
        expect(result.suggestion).toBeUndefined();
      });

      it("survives queries full of SQL and query-syntax characters", async () => {
        for (const q of ["'; drop table search_documents; --", "a & b | !c :* <-> (", '"unterminated', "\\%_"]) {
          await expect(engine.search({ q, kinds: ["formation"] })).resolves.toBeDefined();
        }
        expect((await engine.search({ kinds: ["formation"] })).total).toBe(formationFixtures.length);
      });
    });

    describe("filters and facets", () => {
      it("ANDs facets together", async () => {
        const result = await engine.search({ kinds: ["formation"], filters: { level: ["3"], department: ["31"] } });
        expect(sorted(ids(result))).toEqual(["cap-a", "patissier"]);
        expect(result.total).toBe(2);
      });

      it("ORs values within a facet", async () => {
        const result = await engine.search({ kinds: ["formation"], filters: { department: ["31", "34"] }, perPage: 50 });
        expect(sorted(ids(result))).toEqual(sorted(["patissier", "meca", "cap-a", "aide", "bts", "atelier", "dev", "compta"]));
        const both = await engine.search({ kinds: ["formation"], filters: { department: ["31", "34"], level: ["4"] } });
        expect(sorted(ids(both))).toEqual(["aide", "compta", "meca"]);
      });

      it("counts each facet without its own filter", async () => {
        const result = await engine.search({
          kinds: ["formation"],
          filters: { department: ["31"] },
          facets: ["department", "level"],
        });
        expect(result.total).toBe(6);
        const departments = Object.fromEntries(result.facets.department?.map((f) => [f.value, f.count]) ?? []);
        expect(departments).toEqual({ "31": 6, "34": 2, "65": 1, "09": 1, "11": 1, "81": 1, "66": 1 });
        const levels = Object.fromEntries(result.facets.level?.map((f) => [f.value, f.count]) ?? []);
        expect(levels).toEqual({ "3": 2, "4": 2, "5": 1 });
        expect(result.facets.department?.[0]).toEqual({ value: "31", count: 6 });
      });

      it("matches a date window against each date range separately", async () => {
        // "dev" runs before and after the window, but no single session overlaps it.
        const result = await engine.search({ kinds: ["formation"], dateFrom: inDays(245), dateTo: inDays(395) });
        expect(sorted(ids(result))).toEqual(["bts", "cap-a", "cap-b", "patissier"]);
        const open = await engine.search({ kinds: ["formation"], dateFrom: inDays(650), perPage: 50 });
        expect(ids(open)).toEqual(["bts"]);
      });

      it("keeps only upcoming offers on request", async () => {
        const result = await engine.search({ kinds: ["formation"], upcomingOnly: true, perPage: 50 });
        const found = ids(result);
        expect(found).not.toContain("boulanger");
        expect(found).not.toContain("aide");
        expect(found).toContain("secu");
        expect(result.total).toBe(formationFixtures.length - 2);
      });

      it("filters by radius and sorts by distance", async () => {
        const result = await engine.search({
          kinds: ["formation"],
          near: { ...TOULOUSE, radiusKm: 30 },
          sort: "distance",
          perPage: 50,
        });
        expect(sorted(ids(result))).toEqual(sorted(["patissier", "aide", "bts", "meca", "atelier", "cap-a"]));
        const distances = result.hits.map((hit) => hit.distanceKm ?? Number.NaN);
        expect(distances.every((d) => d >= 0 && d <= 30)).toBe(true);
        expect(distances).toEqual([...distances].sort((a, b) => a - b));
        expect(ids(result)[0]).toBe("patissier");
        expect(ids(result).at(-1)).toBe("cap-a");
      });

      it("sorts by upcoming date", async () => {
        const result = await engine.search({ kinds: ["formation"], sort: "date", upcomingOnly: true, perPage: 3 });
        expect(ids(result)).toEqual(["atelier", "compta", "meca"]);
      });
    });

    describe("result pages", () => {
      it("paginates without overlap", async () => {
        const pages = await Promise.all(
          [1, 2, 3].map((page) => engine.search({ kinds: ["formation"], sort: "title", page, perPage: 5 })),
        );
        expect(pages.map((p) => p.hits.length)).toEqual([5, 5, 2]);
        expect(pages.every((p) => p.total === formationFixtures.length)).toBe(true);
        const all = pages.flatMap(ids);
        expect(new Set(all).size).toBe(formationFixtures.length);
        expect(pages[0]?.hits[0]?.doc.title).toBe("Agent de sécurité");
      });

      it("returns the stored document without its body", async () => {
        const [hit] = (await engine.search({ q: "developpeur web", kinds: ["formation"] })).hits;
        expect(hit?.doc).toMatchObject({ kind: "formation", id: "dev", url: "/formations/dev", regionFunded: true });
        expect(hit?.doc.facets.level).toEqual(["5"]);
        expect(hit?.doc.geo?.[0]?.lat).toBeCloseTo(43.6108, 3);
        expect(hit?.doc).not.toHaveProperty("body");
      });

      it("highlights matches and escapes everything else", async () => {
        const result = await engine.search({ q: "decouverte", kinds: ["formation"] });
        const hit = result.hits.find((h) => h.doc.id === "atelier");
        const title = hit?.highlight.title ?? "";
        expect(title).toContain("&lt;script&gt;");
        expect(title).not.toContain("<script>");
        expect(title).toMatch(/<mark>découverte<\/mark>/i);
        expect(hit?.highlight.snippet ?? "").not.toMatch(/<(?!\/?mark>)/);
      });
    });

    describe("autocompletion and counts", () => {
      it("completes titles and keywords, accent-insensitively", async () => {
        const labels = (await engine.suggest("mecan")).map((s) => foldText(s.label));
        expect(labels.some((label) => label.startsWith("mecanicien"))).toBe(true);
        const trades = await engine.suggest("progr", { kinds: ["metier"], limit: 5 });
        expect(trades.map((s) => s.label)).toContain("Programmeur / Programmeuse");
        expect(trades.every((s) => s.kind === "metier")).toBe(true);
        expect(trades.find((s) => s.label === "Programmeur / Programmeuse")?.id).toBe("M1805");
      });

      it("counts results per kind", async () => {
        const counts = await engine.countByKind("cuisine");
        expect(counts.formation).toBeGreaterThanOrEqual(3);
        expect(counts.metier).toBe(1);
        expect(counts.organisme).toBe(0);
        expect(counts.evenement).toBe(0);
      });
    });

    describe("index maintenance", () => {
      it("removes and re-indexes documents", async () => {
        const patissier = formationFixtures.find((doc) => doc.id === "patissier");
        if (!patissier) throw new Error("fixture missing");
        await engine.remove("formation", ["patissier"]);
        expect(ids(await engine.search({ q: "patissier", kinds: ["formation"] }))).not.toContain("patissier");
        expect(await engine.listIds("formation")).not.toContain("patissier");

        await engine.index([{ ...patissier, title: "Pâtissier chocolatier" }]);
        const result = await engine.search({ q: "chocolatier", kinds: ["formation"] });
        expect(ids(result)).toEqual(["patissier"]);
        await engine.index([patissier, patissier]);
        expect((await engine.search({ kinds: ["formation"] })).total).toBe(formationFixtures.length);
      });

      it("clears one kind only", async () => {
        await engine.clear("organisme");
        const counts = await engine.countByKind("");
        expect(counts.organisme).toBe(0);
        expect(counts.formation).toBe(formationFixtures.length);
        expect(sorted(await engine.listIds("metier"))).toEqual(["D1104", "G1602", "I1602", "M1805"]);
      });
    });
  });
}
