import { describe, expect, it } from "vitest";
import { eventListParams, formationListParams } from "@/lib/api/params/definitions";
import { criteriaFingerprint, encodeCursor, pageLinks, resolvePaging } from "@/lib/api/params/pagination";
import { parseQuery } from "@/lib/api/params/query";
import { ApiProblemError } from "@/lib/api/problem";

const query = (search: string) => new URLSearchParams(search);

describe("parseQuery", () => {
  it("accepts repeated and comma-separated values, deduplicated, and coerces numbers", () => {
    const result = parseQuery(formationListParams, query("niveau_sortie=4,5&niveau_sortie=4&page=2&rome=m1805&lat=43.6&lon=1.44"));
    expect(result).toMatchObject({ ok: true, data: { niveau_sortie: ["4", "5"], page: 2, rome: ["M1805"], lat: 43.6, q: undefined } });
  });

  it("names each bad parameter, in French", () => {
    const result = parseQuery(formationListParams, query("niveau_sortie=9&par_page=1000&debut=hier&inconnu=1"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.parameter).sort()).toEqual(["debut", "inconnu", "niveau_sortie", "par_page"]);
    expect(result.errors.find((e) => e.parameter === "par_page")?.detail).toBe("100 au plus.");
    expect(result.errors.find((e) => e.parameter === "debut")?.detail).toMatch(/AAAA-MM-JJ/);
    expect(result.errors.find((e) => e.parameter === "inconnu")?.detail).toMatch(/paramètre inconnu/);
  });

  it("reads flags as 1/0 or true/false", () => {
    expect(parseQuery(eventListParams, query("inclure_passes=true"))).toMatchObject({ ok: true, data: { inclure_passes: true } });
    expect(parseQuery(eventListParams, query("inclure_passes=0"))).toMatchObject({ ok: true, data: { inclure_passes: false } });
    expect(parseQuery(eventListParams, query("inclure_passes=oui")).ok).toBe(false);
  });

  it("treats an empty value as absent", () => {
    expect(parseQuery(formationListParams, query("q=&lieu="))).toMatchObject({ ok: true, data: { q: undefined, lieu: undefined } });
  });
});

describe("paging", () => {
  const params = query("q=cuisine&niveau_sortie=4");

  it("uses the page number, or the cursor issued for the same criteria", () => {
    expect(resolvePaging({}, params, { maxPerPage: 100 })).toMatchObject({ page: 1, perPage: 20 });
    const cursor = encodeCursor(3, 50, criteriaFingerprint(params));
    expect(resolvePaging({ curseur: cursor }, params, { maxPerPage: 100 })).toMatchObject({ page: 3, perPage: 50 });
    // Parameter order does not matter.
    expect(resolvePaging({ curseur: cursor }, query("niveau_sortie=4&q=cuisine"), { maxPerPage: 100 }).page).toBe(3);
  });

  it("refuses a cursor with a page, with other criteria, or forged", () => {
    const cursor = encodeCursor(3, 50, criteriaFingerprint(params));
    expect(() => resolvePaging({ curseur: cursor, page: 2 }, params, { maxPerPage: 100 })).toThrow(ApiProblemError);
    expect(() => resolvePaging({ curseur: cursor }, query("q=boulangerie"), { maxPerPage: 100 })).toThrow(ApiProblemError);
    expect(() => resolvePaging({ curseur: cursor, par_page: 10 }, params, { maxPerPage: 100 })).toThrow(ApiProblemError);
    const forged = encodeCursor(3, 5000, criteriaFingerprint(params));
    expect(() => resolvePaging({ curseur: forged }, params, { maxPerPage: 100 })).toThrow(ApiProblemError);
  });

  it("links to the neighbouring pages with cursors, and stops at the last one", () => {
    const url = new URL("https://portail.example/api/v1/formations?q=cuisine&page=2");
    const paging = { page: 2, perPage: 10, fingerprint: criteriaFingerprint(url.searchParams) };
    const { links, nextCursor } = pageLinks(url, paging, 25);
    expect(links.courant).toBe(url.toString());
    const next = new URL(links.suivant ?? "");
    expect(next.searchParams.get("page")).toBeNull();
    expect(next.searchParams.get("curseur")).toBe(nextCursor);
    expect(resolvePaging({ curseur: nextCursor ?? "" }, next.searchParams, { maxPerPage: 100 }).page).toBe(3);
    expect(pageLinks(url, { ...paging, page: 3 }, 25).links.suivant).toBeNull();
    expect(pageLinks(url, { ...paging, page: 1 }, 25).links.precedent).toBeNull();
  });
});
