import type { Contact } from "@/db/schema";
import { ACTION_PATH, type AnomalyRecorder } from "./anomalies";
import { isKnownCode, isObsoleteCode, REGION_FINANCER_CODE } from "./codes";
import { parseLheoDate } from "./dates";
import { contentHash } from "./hash";
import type { ActionRow, MappedAction, MappedOrganisation, MappedSession, PlaceRow } from "./mapped";
import { mapTrainer } from "./map-organisation";
import { mapSession, sessionAlternanceCodes } from "./map-session";
import {
  attrDate,
  booleanField,
  codeField,
  decimalField,
  flattenExtras,
  integerField,
  mapAddress,
  mapContact,
  nonEmpty,
  siretOf,
  textField,
  urlsOf,
} from "./map-values";
import { attr, child, childrenNamed, childText, childTexts, descend, type XmlElement } from "./xml-node";

const MODALITIES = { "0": "presentiel", "1": "mixte", "2": "distance" } as const;

/** Regional-programme wording seen in `programme-financeur` extras ("Programme régional 2017", "PRF"). */
const REGIONAL_PROGRAMME = /r[ée]gion|\bPRF\b|\bCR\b/i;

export type ActionMapping = {
  action: MappedAction | null;
  organisations: MappedOrganisation[];
  sessionsRead: number;
  rejectedSessionIds: string[];
  rejectedSessions: number;
};

function mapPlace(el: XmlElement, rec: AnomalyRecorder): PlaceRow | null {
  const path = `${ACTION_PATH}/lieu-de-formation`;
  const coordinates = child(el, "coordonnees");
  const contact = mapContact(coordinates, rec, `${path}/coordonnees`);
  const address = contact?.address ?? mapAddress(child(coordinates, "adresse"), rec, `${path}/coordonnees/adresse`);
  if (!address && !contact) return null;
  if (address?.lat == null) {
    rec.add(
      "warning",
      "missing-coordinates",
      `${path}/coordonnees/adresse/geolocalisation`,
      "Lieu de formation sans coordonnées géographiques : absent de la carte et de la recherche par distance.",
    );
  }
  const identity = {
    name: childText(coordinates, "nom") ?? address?.name ?? null,
    lines: address?.lines ?? [],
    postcode: address?.postcode ?? null,
    city: address?.city ?? null,
    inseeCode: address?.inseeCode ?? null,
    lat: address?.lat ?? null,
    lon: address?.lon ?? null,
    siret: siretOf(el, "SIRET-lieu-formation") ?? null,
    uai: childText(child(el, "code-UAI-lieu-formation"), "code-UAI") ?? null,
  };
  const placeContact: Contact | null = contact ? { ...contact, address: null } : null;
  return {
    key: contentHash(identity),
    ...identity,
    department: address?.department ?? null,
    region: address?.region ?? null,
    country: address?.country ?? null,
    contact: placeContact,
  };
}

function mapFinancers(el: XmlElement, rec: AnomalyRecorder, extras: Record<string, string[]>): MappedAction["financers"] {
  const path = `${ACTION_PATH}/organisme-financeur`;
  const financers = new Map<string, number | null>();
  for (const financer of childrenNamed(el, "organisme-financeur")) {
    const code = childText(financer, "code-financeur");
    if (code === undefined) {
      rec.add("warning", "missing-field", `${path}/code-financeur`, "Organisme financeur sans code : ignoré.");
      continue;
    }
    if (!isKnownCode("dict-financeurs", code)) {
      rec.add("warning", "unknown-financer", `${path}/code-financeur`, `Code financeur « ${code} » absent de la table dict-financeurs : ignoré.`);
      continue;
    }
    if (isObsoleteCode("dict-financeurs", code)) {
      rec.add("warning", "obsolete-code", `${path}/code-financeur`, `Code financeur « ${code} » obsolète.`);
    }
    if (!financers.has(code)) financers.set(code, integerField(financer, "nb-places-financees", rec, path));
    flattenExtras(financer, extras, `financeur-${code}/`);
  }
  return [...financers].map(([code, fundedPlaces]) => ({ code, fundedPlaces }));
}

function alternanceOf(extras: Record<string, string[]>, cycleCodes: string[]): ActionRow["alternance"] {
  const apprenticeship = extras["dispositif/contrat-apprentissage"]?.includes("1") || cycleCodes.includes("1");
  const professional = extras["dispositif/contrat-professionnalisation"]?.includes("1") || cycleCodes.includes("2");
  if (cycleCodes.includes("0") || (apprenticeship && professional)) return "toutes";
  if (apprenticeship) return "apprentissage";
  if (professional) return "professionnalisation";
  return null;
}

export function mapAction(el: XmlElement, formationLheoId: string, formationCpf: boolean, rec: AnomalyRecorder): ActionMapping {
  const path = ACTION_PATH;
  const sessionEls = childrenNamed(el, "session");
  const lheoId = attr(el, "numero");
  if (!lheoId) {
    rec.add("error", "missing-field", `${path}/@numero`, "Action sans numéro : non importée, avec ses sessions.");
    return { action: null, organisations: [], sessionsRead: sessionEls.length, rejectedSessionIds: [], rejectedSessions: sessionEls.length };
  }
  const r = rec.for(lheoId, "action");

  const sessions: MappedSession[] = [];
  const rejectedSessionIds: string[] = [];
  for (const sessionEl of sessionEls) {
    const session = mapSession(sessionEl, lheoId, r);
    if (session) sessions.push(session);
    else rejectedSessionIds.push(attr(sessionEl, "numero") ?? "");
  }
  if (!sessionEls.length) r.add("warning", "missing-field", `${path}/session`, "Action sans session : aucune date proposée.");

  const organisations: MappedOrganisation[] = [];
  const trainers: MappedAction["trainers"] = [];
  for (const trainerEl of childrenNamed(el, "organisme-formateur")) {
    const trainer = mapTrainer(trainerEl, r);
    if (!trainer || trainers.some((t) => t.key === trainer.organisation.key)) continue;
    organisations.push(trainer.organisation);
    trainers.push({ key: trainer.organisation.key, contacts: trainer.contacts });
  }

  const places: PlaceRow[] = [];
  for (const placeEl of childrenNamed(el, "lieu-de-formation")) {
    const place = mapPlace(placeEl, r);
    if (place && !places.some((p) => p.key === place.key)) places.push(place);
  }

  const extras = flattenExtras(el);
  const financers = mapFinancers(el, r, extras);
  const modalityCode = codeField(el, "modalites-enseignement", "dict-modalites-enseignement", r, path);
  const modality = modalityCode ? MODALITIES[modalityCode as keyof typeof MODALITIES] : null;
  if (!places.length && modality !== "distance") {
    r.add("warning", "missing-field", `${path}/lieu-de-formation`, "Action en présentiel sans lieu de formation.");
  }
  const programmes = Object.entries(extras)
    .filter(([key]) => key.endsWith("/programme-financeur"))
    .flatMap(([, values]) => values);
  const cpfExtras = Object.keys(extras).some((k) => k.startsWith("eligibilite-cpf")) ||
    sessions.some((s) => Object.keys(s.row.extras ?? {}).some((k) => k.startsWith("eligibilite-cpf")));

  const row: ActionRow = {
    lheoId,
    rhythm: textField(el, "rythme-formation", r, path),
    publicCodes: childTexts(el, "code-public-vise"),
    publicInfo: textField(el, "info-public-vise", r, path),
    entryLevelRequired: booleanField(el, "niveau-entree-obligatoire", r, path),
    alternanceDetails: textField(el, "modalites-alternance", r, path),
    alternance: alternanceOf(extras, sessionEls.flatMap(sessionAlternanceCodes)),
    modality,
    specificConditions: textField(el, "conditions-specifiques", r, path),
    fundingPossible: booleanField(el, "prise-en-charge-frais-possible", r, path),
    permanentEntry: codeField(el, "modalites-entrees-sorties", "dict-modalites-es", r, path) === "1",
    urls: urlsOf(el, "url-action"),
    cycleYears: integerField(el, "duree-cycle", r, path),
    infoAddress: mapAddress(descend(el, "adresse-information", "adresse"), r, `${path}/adresse-information/adresse`),
    infoDates: childrenNamed(el, "date-information")
      .map((d) => parseLheoDate(childText(d, "date")).value)
      .filter((d): d is string => d !== null),
    catering: textField(el, "restauration", r, path),
    lodging: textField(el, "hebergement", r, path),
    transport: textField(el, "transport", r, path),
    disabilityAccess: textField(el, "acces-handicapes", r, path),
    languages: childTexts(el, "langue-formation").map((l) => l.toUpperCase()),
    recruitmentDetails: textField(el, "modalites-recrutement", r, path),
    teachingDetails: textField(el, "modalites-pedagogiques", r, path),
    remainingCosts: textField(el, "frais-restants", r, path),
    hourlyPrice: decimalField(el, "prix-horaire-TTC", r, path),
    totalPrice: decimalField(el, "prix-total-TTC", r, path),
    durationText: textField(el, "duree-indicative", r, path),
    hoursCentre: integerField(el, "nombre-heures-centre", r, path),
    hoursCompany: integerField(el, "nombre-heures-entreprise", r, path),
    hoursTotal: integerField(el, "nombre-heures-total", r, path),
    fundingDetails: textField(el, "detail-conditions-prise-en-charge", r, path),
    conventioned: booleanField(el, "conventionnement", r, path),
    regionFunded: financers.some((f) => f.code === REGION_FINANCER_CODE) || programmes.some((p) => REGIONAL_PROGRAMME.test(p)),
    cpfEligible: formationCpf || cpfExtras,
    lheoCreatedOn: attrDate(el, "datecrea", r, path),
    lheoUpdatedOn: attrDate(el, "datemaj", r, path),
    extras: nonEmpty(extras),
  };
  const hash = contentHash({ row, formationLheoId, places: places.map((p) => p.key), trainers, financers });
  return {
    action: { lheoId, hash, row, places, trainers, financers, sessions },
    organisations,
    sessionsRead: sessionEls.length,
    rejectedSessionIds: rejectedSessionIds.filter(Boolean),
    rejectedSessions: rejectedSessionIds.length,
  };
}
