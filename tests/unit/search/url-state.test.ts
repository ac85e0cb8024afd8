import { describe, expect, it } from "vitest";
import {
  buildSearchHref,
  centralUrlConfig,
  DEFAULT_RADIUS,
  formationsUrlConfig,
  listActiveCriteria,
  MAX_PAGE,
  parseSearchParams,
  serializeSearchState,
  toSearchQuery,
  withoutCriteria,
  withoutCriterion,
} from "@/lib/search/url-state";

const parse = (raw: Record<string, string | string[]>) => parseSearchParams(formationsUrlConfig, raw);

describe("search URL state", () => {
  it("reads an empty URL as the default state", () => {
    expect(parse({})).toEqual({
      q: "",
      filters: {},
      lieu: "",
      rayon: DEFAULT_RADIUS,
      debut: null,
      fin: null,
      tri: "pertinence",
      page: 1,
      includeAll: false,
    });
  });

  it("reads every French key of the training engine", () => {
    const state = parse({
      q: "  pâtissier   confirmé ",
      lieu: "Albi",
      rayon: "50",
      debut: "2026-04-01",
      fin: "2026-06-30",
      dep: ["81", "2a"],
      niveau_sortie: ["3", "4"],
      niveau_entree: "3",
      alternance: "apprentissage",
      modalite: "distance",
      financement: ["region", "cpf"],
      certification: ["RNCP", "certifiante"],
      domaine: "nsf:221",
      public: "80006",
      inclure_sans_session: "1",
      tri: "distance",
      page: "3",
    });
    expect(state).toEqual({
      q: "pâtissier confirmé",
      lieu: "Albi",
      rayon: 50,
      debut: "2026-04-01",
      fin: "2026-06-30",
      filters: {
        dep: ["81", "2A"],
        niveau_entree: ["3"],
        niveau_sortie: ["3", "4"],
        alternance: ["apprentissage"],
        modalite: ["distance"],
        financement: ["region", "cpf"],
        certification: ["rncp", "certifiante"],
        domaine: ["nsf:221"],
        public: ["80006"],
      },
      tri: "distance",
      page: 3,
      includeAll: true,
    });
  });

  it.each([
    [{ page: "abc" }, "page", 1],
    [{ page: "-4" }, "page", 1],
    [{ page: "2.5" }, "page", 1],
    [{ page: "999999" }, "page", MAX_PAGE],
    [{ page: ["4", "9"] }, "page", 4],
    [{ lieu: "Albi", rayon: "999" }, "rayon", 100],
    [{ lieu: "Albi", rayon: "7" }, "rayon", 10],
    [{ lieu: "Albi", rayon: "-3" }, "rayon", DEFAULT_RADIUS],
    [{ lieu: "Albi", rayon: "loin" }, "rayon", DEFAULT_RADIUS],
    [{ debut: "2026-02-30" }, "debut", null],
    [{ debut: "demain" }, "debut", null],
    [{ tri: "prix" }, "tri", "pertinence"],
    // Distance order needs a place.
    [{ tri: "distance" }, "tri", "pertinence"],
    [{ inclure_sans_session: "oui" }, "includeAll", false],
  ] as const)("tolerates %j (%s -> %j)", (raw, key, expected) => {
    expect(parse(raw as Record<string, string | string[]>)[key]).toEqual(expected);
  });

  it("drops unknown filter values, keeps valid ones and de-duplicates", () => {
    const state = parse({
      niveau_sortie: ["4", "9", "4", "abc"],
      modalite: "teleportation",
      dep: "3100",
      domaine: ["nsf:221", "<script>"],
      financement: "region,cpf,,inconnu",
    });
    expect(state.filters).toEqual({ niveau_sortie: ["4"], domaine: ["nsf:221"], financement: ["region", "cpf"] });
  });

  it("swaps reversed dates and truncates an overlong query", () => {
    const state = parse({ debut: "2026-09-01", fin: "2026-03-01", q: "a".repeat(500) });
    expect([state.debut, state.fin]).toEqual(["2026-03-01", "2026-09-01"]);
    expect(state.q).toHaveLength(200);
  });

  it("accepts URLSearchParams as Next gives them to client code", () => {
    const state = parseSearchParams(formationsUrlConfig, new URLSearchParams("q=soudure&niveau_sortie=3&niveau_sortie=5"));
    expect(state.q).toBe("soudure");
    expect(state.filters.niveau_sortie).toEqual(["3", "5"]);
  });

  it("ignores the parameters an engine does not declare", () => {
    const state = parseSearchParams(centralUrlConfig, { q: "boulanger", lieu: "Albi", niveau_sortie: "3", debut: "2026-01-01" });
    expect(state).toMatchObject({ q: "boulanger", lieu: "", filters: {}, debut: null });
  });

  it("maps the state onto the engine query, routing certification values to their facets", () => {
    const state = parse({
      q: "cuisine",
      lieu: "Albi",
      rayon: "20",
      niveau_sortie: ["3", "4"],
      certification: ["rncp", "rs", "certifiante"],
      debut: "2026-04-01",
      tri: "distance",
      page: "2",
    });
    const query = toSearchQuery(formationsUrlConfig, state, { near: { lat: 43.93, lon: 2.15 } });
    expect(query).toMatchObject({
      kinds: ["formation"],
      q: "cuisine",
      filters: { level: ["3", "4"], certification: ["rncp", "rs"], type: ["certifiante"] },
      dateFrom: "2026-04-01",
      upcomingOnly: true,
      near: { lat: 43.93, lon: 2.15, radiusKm: 20 },
      sort: "distance",
      page: 2,
      perPage: 20,
    });
    expect(query.dateTo).toBeUndefined();
    expect(query.facets).toContain("level");
  });

  it("falls back to relevance when the place could not be resolved", () => {
    const state = parse({ lieu: "Nullepart", tri: "distance" });
    const query = toSearchQuery(formationsUrlConfig, state, { near: null });
    expect(query.near).toBeUndefined();
    expect(query.sort).toBe("relevance");
  });

  it("lifts the upcoming-only restriction with the checkbox", () => {
    expect(toSearchQuery(formationsUrlConfig, parse({ inclure_sans_session: "1" })).upcomingOnly).toBe(false);
    expect(toSearchQuery(centralUrlConfig, parseSearchParams(centralUrlConfig, {})).upcomingOnly).toBeUndefined();
  });

  it("serializes to readable URLs without defaults, and round-trips", () => {
    const raw = new URLSearchParams(
      "q=boulanger+p%C3%A2tissier&lieu=31000&rayon=50&debut=2026-04-01&dep=31&niveau_sortie=3&niveau_sortie=4&certification=rncp&inclure_sans_session=1&tri=date&page=2",
    );
    const state = parseSearchParams(formationsUrlConfig, raw);
    const query = serializeSearchState(formationsUrlConfig, state);
    expect(query).toBe(
      "?q=boulanger+p%C3%A2tissier&lieu=31000&rayon=50&debut=2026-04-01&dep=31&niveau_sortie=3&niveau_sortie=4&certification=rncp&inclure_sans_session=1&tri=date&page=2",
    );
    expect(parseSearchParams(formationsUrlConfig, new URLSearchParams(query.slice(1)))).toEqual(state);
    expect(serializeSearchState(formationsUrlConfig, parse({ rayon: "30", tri: "pertinence", page: "1" }))).toBe("");
  });

  it("builds hrefs that restart at page 1 on any change but the page itself", () => {
    const state = parse({ q: "soudure", niveau_sortie: ["3", "4"], page: "4" });
    expect(buildSearchHref(formationsUrlConfig, state)).toBe("/formations?q=soudure&niveau_sortie=3&niveau_sortie=4&page=4");
    expect(buildSearchHref(formationsUrlConfig, state, { page: 5 })).toBe(
      "/formations?q=soudure&niveau_sortie=3&niveau_sortie=4&page=5",
    );
    expect(buildSearchHref(formationsUrlConfig, state, { tri: "date" })).toBe(
      "/formations?q=soudure&niveau_sortie=3&niveau_sortie=4&tri=date",
    );
  });

  it("lists active criteria and removes them one at a time or all at once", () => {
    const state = parse({ q: "soudure", lieu: "Albi", tri: "distance", niveau_sortie: ["3", "4"], inclure_sans_session: "1" });
    const criteria = listActiveCriteria(formationsUrlConfig, state);
    expect(criteria).toEqual([
      { type: "place" },
      { type: "filter", param: "niveau_sortie", value: "3" },
      { type: "filter", param: "niveau_sortie", value: "4" },
      { type: "includeAll" },
    ]);
    const hrefs = criteria.map((c) =>
      buildSearchHref(formationsUrlConfig, state, withoutCriterion(formationsUrlConfig, state, c)),
    );
    expect(hrefs).toEqual([
      // Without a place, the distance order goes too.
      "/formations?q=soudure&niveau_sortie=3&niveau_sortie=4&inclure_sans_session=1",
      "/formations?q=soudure&lieu=Albi&niveau_sortie=4&inclure_sans_session=1&tri=distance",
      "/formations?q=soudure&lieu=Albi&niveau_sortie=3&inclure_sans_session=1&tri=distance",
      "/formations?q=soudure&lieu=Albi&niveau_sortie=3&niveau_sortie=4&tri=distance",
    ]);
    expect(buildSearchHref(formationsUrlConfig, state, withoutCriteria(formationsUrlConfig, state))).toBe(
      "/formations?q=soudure",
    );
  });
});
