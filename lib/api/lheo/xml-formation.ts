import { organisationKey } from "@/lib/import/lheo/map-organisation";
import { organisationNumero } from "../serializers/formation-json";
import type { ActionRecord, FormationRecord, OrganisationRecord, SessionRecord } from "./records";
import {
  blanks,
  exact,
  hasAddress,
  lheoDate,
  UNKNOWN_DATE,
  UNKNOWN_TEXT,
  writeAddress,
  writeContacts,
  writeCoordinates,
  writeExtras,
  writeUnknownAddress,
  writeUrls,
} from "./xml-parts";
import type { XmlOut } from "./xml-out";

/**
 * One stored formation as an LHEO 2.3 `<formation>`, elements in the schema's order. Written so
 * that the import pipeline reads the same records back (same numeros, organisation keys and place
 * identities). LHEO requires at least one action with one session and a responsible organisation:
 * a formation lacking them cannot be valid LHEO and is left out (see isWritable).
 */

const MODALITY_CODES = { presentiel: "0", mixte: "1", distance: "2" } as const;
/** dict-type-alternance. */
const ALTERNANCE_CODES = { toutes: "0", apprentissage: "1", professionnalisation: "2" } as const;
const FINANCER_PREFIX = /^financeur-([^/]+)\//;

const bool = (value: boolean | null | undefined) => (value ? "1" : "0");

function writableActions(record: FormationRecord): ActionRecord[] {
  return record.actions.filter((action) => action.sessions.length > 0);
}

export function isWritable(record: FormationRecord): boolean {
  return record.organisation !== null && writableActions(record).length > 0;
}

function dates(record: { lheoCreatedOn: string | null; lheoUpdatedOn: string | null }) {
  return { datecrea: lheoDate(record.lheoCreatedOn), datemaj: lheoDate(record.lheoUpdatedOn) };
}

/**
 * The name the importer turned into this organisation's key when it has neither SIRET nor numero
 * (a hash of the name): writing another spelling would create a second organisation on re-import.
 */
function identifyingName(org: OrganisationRecord, candidates: (string | null)[]): string {
  if (org.lheoKey.startsWith("name:")) {
    const match = candidates.find((name) => name && organisationKey(null, undefined, name) === org.lheoKey);
    if (match) return match;
  }
  return candidates.find((name): name is string => Boolean(name)) ?? org.name;
}

function writePotential(out: XmlOut, formacodes: readonly string[]): void {
  const codes = formacodes.filter((code) => code.length === 5).slice(0, 25);
  if (codes.length > 0) out.node("potentiel", undefined, () => codes.forEach((code) => out.leaf("code-FORMACODE", code)));
}

function writeSiret(out: XmlOut, wrapper: string, siret: string | null): void {
  out.node(wrapper, undefined, () => out.leaf("SIRET", exact(siret, 14) ?? blanks(14)));
}

function writeSession(out: XmlOut, session: SessionRecord, action: ActionRecord): void {
  out.node("session", { numero: session.lheoId, ...dates(session) }, () => {
    out.node("periode", undefined, () => {
      out.leaf("debut", lheoDate(session.startDate) ?? UNKNOWN_DATE);
      out.leaf("fin", lheoDate(session.endDate) ?? UNKNOWN_DATE);
    });
    out.node("adresse-inscription", undefined, () =>
      hasAddress(session.registrationAddress) ? writeAddress(out, session.registrationAddress) : writeUnknownAddress(out),
    );
    out.text("modalites-inscription", session.registrationDetails, 255);
    if (session.registrationStart || session.registrationEnd) {
      out.node("periode-inscription", undefined, () =>
        out.node("periode", undefined, () => {
          out.leaf("debut", lheoDate(session.registrationStart) ?? UNKNOWN_DATE);
          out.leaf("fin", lheoDate(session.registrationEnd) ?? UNKNOWN_DATE);
        }),
      );
    }
    out.leaf("etat-recrutement", session.recruitmentState);
    if (session.remote !== null) {
      out.node("recrutement", undefined, () => {
        out.leaf("modalite-recrutement", "0");
        out.leaf("a-distance", bool(session.remote));
      });
    }
    writeUrls(out, "url-session", session.urls);
    writeContacts(out, "contact-session", session.contacts, false);
    if (action.alternance) {
      // LHEO 2.3 states the alternance contract on each session's cycle.
      out.node("cycle", undefined, () => {
        out.leaf("type-cycle", "1");
        out.node("alternance", undefined, () => out.leaf("type-alternance", ALTERNANCE_CODES[action.alternance ?? "toutes"]));
      });
    }
    writeExtras(out, session.extras);
  });
}

function writePlace(out: XmlOut, place: ActionRecord["places"][number]["place"]): void {
  out.node("lieu-de-formation", undefined, () => {
    const siret = exact(place.siret, 14);
    if (siret) out.node("SIRET-lieu-formation", undefined, () => out.leaf("SIRET", siret));
    const uai = exact(place.uai, 8);
    if (uai) out.node("code-UAI-lieu-formation", undefined, () => out.leaf("code-UAI", uai));
    const address = { ...place, name: null };
    const longName = place.name !== null && place.name.length > 50;
    writeCoordinates(out, place.contact, {
      // A name too long for `nom` goes to `denomination`: the importer reads either as the place's name.
      name: longName ? null : place.name,
      address: hasAddress(address) ? { ...address, name: longName ? place.name : null } : null,
    });
  });
}

function splitExtras(extras: Record<string, string[]> | null) {
  const own: Record<string, string[]> = {};
  const byFinancer = new Map<string, Record<string, string[]>>();
  for (const [key, values] of Object.entries(extras ?? {})) {
    const code = FINANCER_PREFIX.exec(key)?.[1];
    if (code === undefined) {
      own[key] = values;
      continue;
    }
    const group = byFinancer.get(code) ?? {};
    group[key.replace(FINANCER_PREFIX, "")] = values;
    byFinancer.set(code, group);
  }
  return { own, byFinancer };
}

function writeAction(out: XmlOut, action: ActionRecord): void {
  const extras = splitExtras(action.extras);
  out.node("action", { numero: action.lheoId, ...dates(action) }, () => {
    out.text("rythme-formation", action.rhythm || UNKNOWN_TEXT, 3000);
    const publics = action.publicCodes.filter((code) => code.length === 5).slice(0, 10);
    if (publics.length === 0) publics.push(blanks(5));
    publics.forEach((code) => out.leaf("code-public-vise", code));
    out.text("info-public-vise", action.publicInfo, 250);
    out.leaf("niveau-entree-obligatoire", bool(action.entryLevelRequired));
    out.text("modalites-alternance", action.alternanceDetails || UNKNOWN_TEXT, 3000);
    out.leaf("modalites-enseignement", action.modality ? MODALITY_CODES[action.modality] : "0");
    out.text("conditions-specifiques", action.specificConditions || UNKNOWN_TEXT, 3000);
    out.leaf("prise-en-charge-frais-possible", bool(action.fundingPossible));
    action.places.forEach(({ place }) => writePlace(out, place));
    out.leaf("modalites-entrees-sorties", bool(action.permanentEntry));
    writeUrls(out, "url-action", action.urls);
    if (action.cycleYears !== null && action.cycleYears <= 99) out.leaf("duree-cycle", action.cycleYears);
    action.sessions.forEach((session) => writeSession(out, session, action));
    if (hasAddress(action.infoAddress)) out.node("adresse-information", undefined, () => writeAddress(out, action.infoAddress));
    action.infoDates.slice(0, 3).forEach((date) => out.node("date-information", undefined, () => out.leaf("date", lheoDate(date))));
    out.text("restauration", action.catering, 250);
    out.text("hebergement", action.lodging, 250);
    out.text("transport", action.transport, 250);
    out.text("acces-handicapes", action.disabilityAccess, 250);
    action.languages.filter((code) => code.length === 2).slice(0, 5).forEach((code) => out.leaf("langue-formation", code));
    out.text("modalites-recrutement", action.recruitmentDetails, 3000);
    out.text("modalites-pedagogiques", action.teachingDetails, 200);
    out.text("frais-restants", action.remainingCosts, 200);
    out.leaf("prix-horaire-TTC", price(action.hourlyPrice, 6));
    out.leaf("prix-total-TTC", price(action.totalPrice, 10));
    out.text("duree-indicative", action.durationText, 150);
    out.leaf("nombre-heures-centre", action.hoursCentre);
    out.leaf("nombre-heures-entreprise", action.hoursCompany);
    out.leaf("nombre-heures-total", action.hoursTotal);
    out.text("detail-conditions-prise-en-charge", action.fundingDetails, 600);
    if (action.conventioned !== null) out.leaf("conventionnement", bool(action.conventioned));
    for (const { organisation, contacts } of action.trainers) {
      out.node("organisme-formateur", { numero: organisationNumero(organisation.lheoKey) }, () => {
        writeSiret(out, "SIRET-formateur", organisation.siret);
        out.text("raison-sociale-formateur", identifyingName(organisation, [organisation.legalName, organisation.name]), 250);
        writeContacts(out, "contact-formateur", contacts, false);
        writePotential(out, organisation.formacodes);
        const uai = exact(organisation.uai, 8);
        if (uai) out.node("code-UAI-formateur", undefined, () => out.leaf("code-UAI", uai));
      });
    }
    for (const financer of action.financers.slice(0, 8)) {
      out.node("organisme-financeur", undefined, () => {
        out.leaf("code-financeur", financer.financerCode);
        out.leaf("nb-places-financees", financer.fundedPlaces);
        writeExtras(out, extras.byFinancer.get(financer.financerCode));
      });
    }
    writeExtras(out, extras.own);
  });
}

/** LHEO prices are short strings ("1234.5"); one that does not fit is left out rather than cut. */
function price(value: number | null, max: number): string | null {
  if (value === null) return null;
  const text = String(value);
  if (text.length <= max) return text;
  const rounded = String(Math.round(value));
  return rounded.length <= max ? rounded : null;
}

function writeResponsible(out: XmlOut, org: OrganisationRecord): void {
  out.node("organisme-formation-responsable", { numero: organisationNumero(org.lheoKey) }, () => {
    out.leaf("numero-activite", exact(org.activityNumber, 11) ?? blanks(11));
    writeSiret(out, "SIRET-organisme-formation", org.siret);
    out.text("nom-organisme", identifyingName(org, [org.name, org.legalName]), 250);
    out.text("raison-sociale", org.legalName ?? org.name, 250);
    out.node("coordonnees-organisme", undefined, () =>
      writeCoordinates(out, org.contact, { address: org.contact?.address ?? org.address }),
    );
    writeContacts(out, "contact-organisme", org.contacts, true);
    out.text("renseignements-specifiques", org.description, 3000);
    writePotential(out, org.formacodes);
    const uai = exact(org.uai, 8);
    if (uai) out.node("code-UAI-organisme-formation", undefined, () => out.leaf("code-UAI", uai));
    writeExtras(out, org.extras);
  });
}

/** Certifications grouped so one `<certification>` carries one code of each kind (5 elements at most). */
function certificationGroups(record: FormationRecord): Map<string, string>[] {
  const groups: Map<string, string>[] = [];
  for (const { certification } of record.certifications) {
    const element = `code-${certification.kind}`;
    let group = groups.find((g) => !g.has(element));
    if (!group) {
      group = new Map();
      groups.push(group);
    }
    group.set(element, certification.code);
  }
  return groups.slice(0, 5);
}

const CERTIFICATION_ORDER = ["code-RNCP", "code-CERTIFINFO", "code-RS", "code-CPF"] as const;
const CODE_LENGTHS: Record<(typeof CERTIFICATION_ORDER)[number], [number, number]> = {
  "code-RNCP": [1, 10],
  "code-CERTIFINFO": [1, 10],
  "code-RS": [3, 10],
  "code-CPF": [4, 10],
};

export function writeFormation(out: XmlOut, record: FormationRecord): void {
  const organisation = record.organisation;
  if (!organisation) return;
  out.node("formation", { numero: record.lheoId, ...dates(record) }, () => {
    out.node("domaine-formation", undefined, () => {
      const domains = [...record.domains].sort((a, b) => Number(b.principal) - Number(a.principal));
      domains
        .filter((d) => d.system === "formacode" && d.code.length === 5)
        .slice(0, 5)
        .forEach((d) => out.leaf("code-FORMACODE", d.code, d.principal ? { tag: "principal" } : undefined));
      domains.filter((d) => d.system === "nsf" && d.code.length === 3).slice(0, 3).forEach((d) => out.leaf("code-NSF", d.code));
      record.trades.filter((t) => t.tradeCode.length === 5).slice(0, 5).forEach((t) => out.leaf("code-ROME", t.tradeCode));
    });
    out.text("intitule-formation", record.title, 255);
    out.text("objectif-formation", record.objective || UNKNOWN_TEXT, 3000);
    out.text("resultats-attendus", record.expectedResults || UNKNOWN_TEXT, 3000);
    out.text("contenu-formation", record.content || UNKNOWN_TEXT, 3000);
    out.leaf("certifiante", bool(record.certifying));
    writeContacts(out, "contact-formation", record.contacts, true);
    out.leaf("parcours-de-formation", record.pathType ?? "1");
    out.leaf("code-niveau-entree", record.entryLevelCode ?? "0");
    out.leaf("objectif-general-formation", record.generalObjective);
    for (const group of certificationGroups(record)) {
      out.node("certification", undefined, () => {
        for (const element of CERTIFICATION_ORDER) {
          const code = group.get(element);
          const [min, max] = CODE_LENGTHS[element];
          if (code && code.length >= min && code.length <= max) out.leaf(element, code);
        }
      });
    }
    out.leaf("code-niveau-sortie", record.exitLevelCode);
    writeUrls(out, "url-formation", record.urls);
    writableActions(record).forEach((action) => writeAction(out, action));
    writeResponsible(out, organisation);
    out.text("identifiant-module", record.moduleId, 3000);
    writeExtras(out, record.extras);
  });
}
