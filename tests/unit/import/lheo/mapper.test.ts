import { describe, expect, it } from "vitest";
import { euLevelFor, LHEO_DICTS } from "@/lib/import/lheo/codes";
import { parseLheoDate } from "@/lib/import/lheo/dates";
import { mapFormation } from "@/lib/import/lheo/mapper";
import type { MapResult } from "@/lib/import/lheo/mapped";
import { type LheoInput, parseLheo } from "@/lib/import/lheo/parser";
import { cleanText } from "@/lib/import/lheo/text";
import { fixture, sample, writeTemp } from "../../../helpers/lheo";

async function mapFirst(input: LheoInput): Promise<MapResult> {
  for await (const parsed of parseLheo(input)) return mapFormation(parsed);
  throw new Error("no formation");
}

function mapXml(body: string, ns = "http://www.lheo.org/2.2"): Promise<MapResult> {
  return mapFirst({ filePath: writeTemp(`m-${Math.random()}.xml`, `<lheo xmlns="${ns}"><offres>${body}</offres></lheo>`) });
}

describe("LHEO dates", () => {
  it("handles the feeds' date quirks", () => {
    expect(parseLheoDate("00000000")).toEqual({ value: null });
    expect(parseLheoDate("20180900")).toEqual({ value: "2018-09-01", issue: "day-zero" });
    expect(parseLheoDate("20181204")).toEqual({ value: "2018-12-04" });
    expect(parseLheoDate("2015-01-01")).toEqual({ value: "2015-01-01" });
    expect(parseLheoDate("20180230")).toEqual({ value: null, issue: "invalid" });
    expect(parseLheoDate("20180000")).toEqual({ value: null, issue: "invalid" });
    expect(parseLheoDate("demain")).toEqual({ value: null, issue: "invalid" });
  });
});

describe("LHEO levels", () => {
  it("maps old and new dict-niveaux codes to one European scale", () => {
    const expected: Record<string, number | null> = {
      "0": null, "1": null, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6, "8": 7,
      "11": 1, "12": 2, "13": 3, "14": 4, "15": 5, "16": 6, "17": 7, "18": 8,
    };
    expect(Object.keys(LHEO_DICTS["dict-niveaux"]).sort()).toEqual(Object.keys(expected).sort());
    for (const [code, level] of Object.entries(expected)) expect(euLevelFor(code), `code ${code}`).toBe(level);
  });
});

describe("LHEO text cleaning", () => {
  it("turns escaped HTML into plain text with paragraphs", () => {
    const { text, hadHtml } = cleanText("<p>Réaliser l&#39;aménagement<br />Isolation &eacute;nerg&eacute;tique</p><p>Fin</p>");
    expect(hadHtml).toBe(true);
    expect(text).toBe("Réaliser l'aménagement\nIsolation énergétique\n\nFin");
    expect(cleanText("-")).toEqual({ text: null, hadHtml: false });
    expect(cleanText("  Deux   espaces\n\n\n\nfin ").text).toBe("Deux espaces\n\nfin");
  });
});

describe("LHEO mapper", () => {
  it("maps the real formation.xml sample", async () => {
    const { formation, anomalies } = await mapFirst({ filePath: sample("intercarif_trefle/formation.xml") });
    expect(anomalies).toEqual([]);
    expect(formation?.row).toMatchObject({ lheoId: "07_10", title: "Titre professionnel plaquiste", entryLevelCode: "1", entryLevel: null, exitLevelCode: "4", exitLevel: 3, certifying: true });
    expect(formation?.trades).toEqual(["F1604"]);
    expect(formation?.domains).toContainEqual({ system: "formacode", code: "22403", principal: true });
    const [first, second] = formation?.actions ?? [];
    expect(first?.financers).toEqual([{ code: "10", fundedPlaces: 4 }, { code: "5", fundedPlaces: 4 }]);
    expect(first?.row.regionFunded).toBe(false);
    expect(second?.row.regionFunded).toBe(true);
    expect(second?.row.extras?.["financeur-2/specificites/programme-financeur"]).toEqual(["Programme régional 2017 : Parcours métiers"]);
    expect(second?.sessions[0]?.row).toMatchObject({ startDate: "2017-10-30", endDate: "2018-06-01", registrationStart: null, registrationEnd: "2018-05-22" });
    expect(second?.row.cpfEligible).toBe(true);
    expect(first?.places[0]).toMatchObject({ name: "AFPA de Veigné", city: "Veigné", lat: 47.286057, lon: 0.737711 });
    expect(formation?.organisationKey).toBe("82422814200660");
    expect(formation?.organisations.map((o) => o.key)).toEqual(["82422814200660", "82422814201874"]);
  });

  it("maps 2.3 multi-valued trainers and places, mixed levels and quirks", async () => {
    const { formation, anomalies } = await mapFirst({ filePath: fixture("formation-2.3.xml") });
    const action = formation?.actions[0];
    expect(action?.trainers.map((t) => t.key)).toEqual(["82422814201874", "13000000000017"]);
    expect(action?.places.map((p) => p.city)).toEqual(["Veigné", "Tours"]);
    expect(action?.places[0]?.uai).toBe("0371234A");
    expect(action?.row).toMatchObject({ modality: "mixte", alternance: "apprentissage", permanentEntry: true, cpfEligible: true, regionFunded: true, languages: ["FR", "EN"], totalPrice: 7450.5 });
    expect(action?.financers.map((f) => f.code)).toEqual(["2", "16"]);
    expect(action?.sessions[0]?.row).toMatchObject({ startDate: "2025-09-01", endDate: "2026-06-15", registrationStart: null });
    expect(formation?.row).toMatchObject({ entryLevelCode: "3", entryLevel: 2, exitLevelCode: "13", exitLevel: 3 });
    expect(formation?.row.content).toBe("Réaliser l'aménagement de locaux\nIsolation énergétique\n\nSpécialisation : protection incendie");
    expect(formation?.row.contacts?.map((c) => c.type)).toEqual(["4", "1"]);
    expect(formation?.certifications).toContainEqual({ kind: "CPF", code: "242824" });
    const codes = anomalies.map((a) => `${a.severity}:${a.code}:${a.path}`);
    expect(codes).toContain("warning:partial-date:/lheo/offres/formation/action/session/periode/debut");
    expect(codes).toContain("warning:unknown-financer:/lheo/offres/formation/action/organisme-financeur/code-financeur");
    expect(codes).toContain("warning:missing-coordinates:/lheo/offres/formation/action/lieu-de-formation/coordonnees/adresse/geolocalisation");
    expect(codes).toContain("info:legacy-level-code:/lheo/offres/formation/code-niveau-entree");
    expect(codes).toContain("info:html-in-text:/lheo/offres/formation/contenu-formation");
    expect(anomalies.find((a) => a.code === "partial-date")?.recordId).toBe("T23_SE_1");
  });

  it("rejects a formation without title, with its actions and sessions", async () => {
    const result = await mapXml('<formation numero="NT"><action numero="NT_A"><session numero="NT_S"/></action></formation>');
    expect(result.formation).toBeNull();
    expect(result.rejected).toEqual({ formation: 1, action: 1, session: 1, organisation: 0 });
    expect(result.rejectedIds.formation).toEqual(["NT"]);
    expect(result.anomalies).toContainEqual(expect.objectContaining({ severity: "error", code: "missing-field", level: "formation", recordId: "NT" }));
  });

  it("rejects an action without numero but keeps the formation", async () => {
    const result = await mapXml('<formation numero="NA"><intitule-formation>Sans numéro</intitule-formation><action><session numero="S"/></action></formation>');
    expect(result.formation?.actions).toEqual([]);
    expect(result.rejected).toMatchObject({ formation: 0, action: 1, session: 1 });
  });

  it("flags invalid codes instead of storing them", async () => {
    const { formation, anomalies } = await mapXml(
      '<formation numero="IC"><intitule-formation>Codes</intitule-formation><code-niveau-sortie>42</code-niveau-sortie><parcours-de-formation>9</parcours-de-formation>' +
        '<action numero="IC_A"><modalites-enseignement>7</modalites-enseignement><nombre-heures-total>beaucoup</nombre-heures-total><organisme-financeur><code-financeur>1</code-financeur></organisme-financeur></action></formation>',
    );
    expect(formation?.row).toMatchObject({ exitLevelCode: null, exitLevel: null, pathType: null });
    expect(formation?.actions[0]?.row).toMatchObject({ modality: null, hoursTotal: null });
    expect(formation?.actions[0]?.financers).toEqual([{ code: "1", fundedPlaces: null }]);
    expect(anomalies.map((a) => a.code).sort()).toEqual(["invalid-code", "invalid-code", "invalid-code", "invalid-number", "missing-field", "missing-field", "missing-field", "missing-field", "obsolete-code"]);
  });

  it("hashes records by content only", async () => {
    const xml = (title: string) => `<formation numero="H"><intitule-formation>${title}</intitule-formation><action numero="H_A"><session numero="H_S"/></action></formation>`;
    const a = await mapXml(xml("Un"));
    const b = await mapXml(xml("Un"));
    const c = await mapXml(xml("Deux"));
    expect(b.formation?.hash).toBe(a.formation?.hash);
    expect(c.formation?.hash).not.toBe(a.formation?.hash);
    expect(c.formation?.actions[0]?.hash).toBe(a.formation?.actions[0]?.hash);
  });
});
