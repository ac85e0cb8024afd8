import { describe, expect, it } from "vitest";
import { readAllCsv } from "@/db/seed/csv";
import { buildDemoEvents, parisDateTime, type SeedOrganisation } from "@/db/seed/editorial-events";
import {
  buildFinancingSchemes,
  financingAudiencesOf,
  financingKindOf,
  regionOfTag,
  TREFLE_FINANCING_FILE,
} from "@/db/seed/editorial-financing";
import { fictionPhone, type SeedCommune } from "@/db/seed/editorial-places";
import { buildResources } from "@/db/seed/editorial-resources";
import { buildDemoStructures, readEditorialCodes } from "@/db/seed/editorial-structures";
import { isoDateInTimeZone } from "@/lib/dates";
import { AUDIENCES, isValidSlug, slugify, TERRITORY_PATTERN } from "@/lib/editorial/vocabulary";

const NOW = new Date("2026-03-10T09:00:00Z");

const COMMUNES: SeedCommune[] = [
  ["Toulouse", "31000", "31", 43.6045, 1.444],
  ["Montpellier", "34000", "34", 43.6108, 3.8767],
  ["Nîmes", "30000", "30", 43.8367, 4.3601],
  ["Perpignan", "66000", "66", 42.6887, 2.8948],
  ["Albi", "81000", "81", 43.9289, 2.1464],
  ["Montauban", "82000", "82", 44.0176, 1.355],
  ["Rodez", "12000", "12", 44.3506, 2.575],
  ["Tarbes", "65000", "65", 43.2328, 0.0781],
  ["Colomiers", "31770", "31", 43.6112, 1.335],
  ["Béziers", "34500", "34", 43.3442, 3.2158],
  ["Carcassonne", "11000", "11", 43.213, 2.3491],
  ["Cahors", "46000", "46", 44.4475, 1.4419],
].map(([city, postcode, department, lat, lon]) => ({
  city: city as string,
  postcode: postcode as string,
  department: department as string,
  region: "76",
  lat: lat as number,
  lon: lon as number,
}));

const ORGANISATIONS: SeedOrganisation[] = Array.from({ length: 20 }, (_, i) => {
  const commune = COMMUNES[i % COMMUNES.length]!;
  return {
    id: i + 1,
    name: `Organisme ${i + 1}`,
    address: { lines: [`${i + 1} rue des Écoles`], postcode: commune.postcode, city: commune.city, department: commune.department, region: "76" },
    lat: commune.lat,
    lon: commune.lon,
    formationTitle: `Formation ${i + 1}`,
  };
});

describe("editorial vocabulary", () => {
  it("slugifies French titles into URL-safe slugs", () => {
    expect(slugify("Journée portes ouvertes – CFA d'Œuvre")).toBe("journee-portes-ouvertes-cfa-d-oeuvre");
    expect(isValidSlug("journee-portes-ouvertes")).toBe(true);
    for (const bad of ["", "-a", "a--b", "A", "a/b", "é"]) expect(isValidSlug(bad)).toBe(false);
  });
});

describe("financing schemes from the Trèfle referential", () => {
  it("reads region and kind off the tags", () => {
    expect(regionOfTag("Grand-Est")).toBe("44");
    expect(regionOfTag("Provence-Alpes-Côte d'Azur")).toBe("93");
    expect(regionOfTag("collectif")).toBeNull();
    expect(financingKindOf(["CPF", "DE"], "cpf")).toBe("cpf");
    expect(financingKindOf(["contrat apprentissage", "alternance", "DE"], "contratapprentissage")).toBe("alternance");
    expect(financingKindOf(["ptp", "CDI"], "")).toBe("transition-professionnelle");
    expect(financingKindOf(["AFPR", "POEI", "POE", "DE"], "afprpoei")).toBe("avant-embauche");
    expect(financingKindOf(["DE", "région", "collectif"], "actioncollectiveregion")).toBe("formation-collective");
    expect(financingKindOf(["DE", "AIF", "individuel"], "aif")).toBe("aide-individuelle");
    expect(financingAudiencesOf(["ptp", "CDD", "hors temps de travail", "DE", "privé"])).toEqual(["demandeur-emploi", "salarie"]);
  });

  it("builds one published scheme per record, with unique slugs and valid territories", async () => {
    const rows = await readAllCsv(TREFLE_FINANCING_FILE);
    expect(rows.length).toBe(102);
    const schemes = buildFinancingSchemes(rows, NOW);
    // Two records are exact duplicates in the referential.
    expect(schemes.length).toBe(100);
    expect(new Set(schemes.map((s) => s.slug)).size).toBe(schemes.length);
    for (const scheme of schemes) {
      expect(isValidSlug(scheme.slug)).toBe(true);
      expect(scheme.status).toBe("published");
      expect(scheme.summary).toBeTruthy();
      expect(scheme.territory).toHaveLength(1);
      expect(scheme.territory?.[0]).toMatch(TERRITORY_PATTERN);
      for (const audience of scheme.audiences ?? []) expect(AUDIENCES).toContain(audience);
    }
    const cpf = schemes.find((s) => s.title === "Compte Personnel de Formation (CPF)");
    expect(cpf).toMatchObject({ kind: "cpf", cpfEligible: true, territory: ["FR"], website: "https://www.moncompteformation.gouv.fr" });
    const occitanie = schemes.filter((s) => s.territory?.[0] === "R76");
    expect(occitanie.map((s) => s.title)).toContain("Cap métiers");
    expect(occitanie.find((s) => s.title === "Cap métiers")?.website).toMatch(/^https:\/\/www\.meformerenregion\.fr\//);
  });

  it("keeps national schemes and the portal region's only, when given a region", async () => {
    const schemes = buildFinancingSchemes(await readAllCsv(TREFLE_FINANCING_FILE), NOW, { region: "76" });
    expect(new Set(schemes.map((s) => s.territory?.[0]))).toEqual(new Set(["FR", "R76"]));
    expect(schemes.length).toBe(38);
  });
});

describe("demo structures", () => {
  it("uses only codes of the shipped data-inclusion referentials", async () => {
    const codes = await readEditorialCodes();
    const known = new Set(codes.map((c) => `${c.dict}:${c.code}`));
    const structures = buildDemoStructures(COMMUNES, NOW);
    expect(structures.length).toBeGreaterThanOrEqual(55);
    for (const s of structures) {
      expect(known.has(`typologie:${s.structureType}`), s.structureType).toBe(true);
      for (const v of s.services ?? []) expect(known.has(`service:${v}`), v).toBe(true);
      for (const v of s.publics ?? []) expect(known.has(`public:${v}`), v).toBe(true);
      for (const v of s.themes ?? []) expect(known.has(`thematique:${v}`), v).toBe(true);
    }
  });

  it("places them in the given communes with fictitious contacts, labelled demo", () => {
    const structures = buildDemoStructures(COMMUNES, NOW);
    const cities = new Set(COMMUNES.map((c) => c.city));
    expect(new Set(structures.map((s) => s.slug)).size).toBe(structures.length);
    for (const s of structures) {
      expect(cities.has(s.city ?? "")).toBe(true);
      expect(s.source).toBe("demo");
      expect(s.email).toMatch(/@[a-z0-9-]+\.example$/);
      expect(s.phone).toMatch(/^0[1-5] (99 00|61 91|53 01|65 71|36 49) \d\d \d\d$/);
      expect(Math.abs((s.lat ?? 0) - (COMMUNES.find((c) => c.city === s.city)?.lat ?? 0))).toBeLessThan(0.01);
    }
    expect(structures.filter((s) => s.structureType === "ML")).toHaveLength(12);
  });

  it("picks phone prefixes from the department's zone", () => {
    expect(fictionPhone("34", 1234)).toBe("04 65 71 12 34");
    expect(fictionPhone("31", 7)).toBe("05 36 49 00 07");
    expect(fictionPhone("75", 42)).toBe("01 99 00 00 42");
  });
});

describe("demo agenda", () => {
  const structures = buildDemoStructures(COMMUNES, NOW);
  const events = buildDemoEvents({ today: NOW, communes: COMMUNES, organisations: ORGANISATIONS, structures, publishedAt: NOW });

  it("spreads about forty events over the next three months, in date order", () => {
    expect(events.length).toBeGreaterThanOrEqual(40);
    const today = isoDateInTimeZone(NOW);
    const limit = new Date(NOW.getTime() + 92 * 86_400_000);
    for (const event of events) {
      expect(isoDateInTimeZone(event.startsAt) > today).toBe(true);
      expect(event.startsAt.getTime()).toBeLessThan(limit.getTime());
      expect(event.endsAt!.getTime()).toBeGreaterThan(event.startsAt.getTime());
      expect(isValidSlug(event.slug)).toBe(true);
    }
    const starts = events.map((e) => e.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(events.map((e) => e.slug)).size).toBe(events.length);
  });

  it("mixes every event type, links open days to catalogue organisations and keeps webinars placeless", () => {
    const types = new Set(events.map((e) => e.type));
    for (const type of ["journee-portes-ouvertes", "salon-forum", "reunion-information", "atelier", "job-dating", "webinaire"]) {
      expect(types.has(type as never), type).toBe(true);
    }
    for (const open of events.filter((e) => e.type === "journee-portes-ouvertes")) {
      expect(open.organisationId).toBeGreaterThan(0);
      expect(open.city).toBeTruthy();
    }
    for (const webinar of events.filter((e) => e.type === "webinaire")) {
      expect(webinar).toMatchObject({ online: true, territory: ["R76"] });
      expect(webinar.city ?? null).toBeNull();
      expect(webinar.onlineUrl).toMatch(/^https:\/\/webinaires\.example\//);
    }
    expect(events.every((e) => typeof e.online === "boolean")).toBe(true);
  });

  it("converts Paris wall-clock times across daylight saving time", () => {
    expect(parisDateTime("2026-01-15", "09:30").toISOString()).toBe("2026-01-15T08:30:00.000Z");
    expect(parisDateTime("2026-07-15", "09:30").toISOString()).toBe("2026-07-15T07:30:00.000Z");
  });
});

describe("resources", () => {
  it("lists real public sites over https with unique slugs", () => {
    const links = buildResources(NOW);
    expect(links.length).toBeGreaterThanOrEqual(18);
    expect(new Set(links.map((r) => r.slug)).size).toBe(links.length);
    for (const link of links) {
      expect(link.url).toMatch(/^https:\/\//);
      expect(link.summary?.length).toBeGreaterThan(40);
      expect(isValidSlug(link.slug)).toBe(true);
    }
  });
});
