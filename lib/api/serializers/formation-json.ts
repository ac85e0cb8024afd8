import { codeLabel as lheoCodeLabel, euLevelFor } from "@/lib/import/lheo/codes";
import { PUBLIC_AUDIENCE_LABELS } from "@/lib/catalog/public-audiences";
import type { ActionRecord, FormationRecord, OrganisationRecord, ReferentialLabels, SessionRecord } from "../lheo/records";
import type { ApiLinks } from "../links";
import type { FormationJson } from "../schemas/formation";
import { addressJson, contactsJson, coordinatesJson, dictCode } from "./contact";

/** A stored formation as the API's JSON: LHEO element names, normalised values. */

type ActionJson = FormationJson["action"][number];
type SessionJson = ActionJson["session"][number];

const MODALITY_CODES = { presentiel: "0", mixte: "1", distance: "2" } as const;

/** The LHEO numero behind an organisation identified by it (key "numero:<numero>"). */
export function organisationNumero(lheoKey: string): string | null {
  return lheoKey.startsWith("numero:") ? lheoKey.slice("numero:".length) : null;
}

function level(code: string | null) {
  if (code === null) return null;
  return { code, libelle: lheoCodeLabel("dict-niveaux", code) ?? null, "niveau-europeen": euLevelFor(code) };
}

function sessionJson(session: SessionRecord): SessionJson {
  const registration =
    session.registrationStart || session.registrationEnd
      ? { debut: session.registrationStart, fin: session.registrationEnd }
      : null;
  return {
    numero: session.lheoId,
    datecrea: session.lheoCreatedOn,
    datemaj: session.lheoUpdatedOn,
    periode: { debut: session.startDate, fin: session.endDate },
    "adresse-inscription": addressJson(session.registrationAddress),
    "modalites-inscription": session.registrationDetails,
    "periode-inscription": registration,
    "etat-recrutement": dictCode("dict-etat-recrutement", session.recruitmentState),
    "url-session": session.urls,
    "contact-session": contactsJson(session.contacts),
    "a-distance": session.remote,
    extras: session.extras ?? null,
  };
}

function responsibleJson(org: OrganisationRecord, links: ApiLinks): NonNullable<FormationJson["organisme-formation-responsable"]> {
  return {
    id: org.id,
    numero: organisationNumero(org.lheoKey),
    "SIRET-organisme-formation": org.siret,
    "numero-activite": org.activityNumber,
    "nom-organisme": org.name,
    "raison-sociale": org.legalName,
    "coordonnees-organisme": org.contact || org.address ? coordinatesJson({ ...org.contact, address: org.contact?.address ?? org.address }) : null,
    "contact-organisme": contactsJson(org.contacts),
    "renseignements-specifiques": org.description,
    potentiel: org.formacodes,
    "code-UAI-organisme-formation": org.uai,
    url: links.organisationPage(org.id),
    "url-api": links.organisationApi(org.siret),
  };
}

function actionJson(action: ActionRecord, formationCpf: boolean, links: ApiLinks): ActionJson {
  return {
    numero: action.lheoId,
    datecrea: action.lheoCreatedOn,
    datemaj: action.lheoUpdatedOn,
    "rythme-formation": action.rhythm,
    "code-public-vise": action.publicCodes.map((code) => ({ code, libelle: PUBLIC_AUDIENCE_LABELS[code] ?? null })),
    "info-public-vise": action.publicInfo,
    "niveau-entree-obligatoire": action.entryLevelRequired,
    "modalites-alternance": action.alternanceDetails,
    alternance: action.alternance,
    "modalites-enseignement": action.modality ? dictCode("dict-modalites-enseignement", MODALITY_CODES[action.modality]) : null,
    "conditions-specifiques": action.specificConditions,
    "prise-en-charge-frais-possible": action.fundingPossible,
    "lieu-de-formation": action.places.map(({ place }) => ({
      id: place.id,
      "SIRET-lieu-formation": place.siret,
      "code-UAI-lieu-formation": place.uai,
      coordonnees: coordinatesJson({
        ...place.contact,
        lastName: place.name ?? place.contact?.lastName ?? null,
        address: {
          lines: place.lines,
          postcode: place.postcode,
          city: place.city,
          department: place.department,
          inseeCode: place.inseeCode,
          region: place.region,
          country: place.country,
          lat: place.lat,
          lon: place.lon,
        },
      }),
    })),
    "modalites-entrees-sorties": action.permanentEntry === null ? null : dictCode("dict-modalites-es", action.permanentEntry ? "1" : "0"),
    "url-action": action.urls,
    "duree-cycle": action.cycleYears,
    session: action.sessions.map(sessionJson),
    "adresse-information": addressJson(action.infoAddress),
    "date-information": action.infoDates,
    restauration: action.catering,
    hebergement: action.lodging,
    transport: action.transport,
    "acces-handicapes": action.disabilityAccess,
    "langue-formation": action.languages,
    "modalites-recrutement": action.recruitmentDetails,
    "modalites-pedagogiques": action.teachingDetails,
    "frais-restants": action.remainingCosts,
    "prix-horaire-TTC": action.hourlyPrice,
    "prix-total-TTC": action.totalPrice,
    "duree-indicative": action.durationText,
    "nombre-heures-centre": action.hoursCentre,
    "nombre-heures-entreprise": action.hoursCompany,
    "nombre-heures-total": action.hoursTotal,
    "detail-conditions-prise-en-charge": action.fundingDetails,
    conventionnement: action.conventioned,
    "organisme-formateur": action.trainers.map(({ organisation, contacts }) => ({
      id: organisation.id,
      "SIRET-formateur": organisation.siret,
      "raison-sociale-formateur": organisation.legalName ?? organisation.name,
      "contact-formateur": contactsJson(contacts),
      "code-UAI-formateur": organisation.uai,
      url: links.organisationPage(organisation.id),
      "url-api": links.organisationApi(organisation.siret),
    })),
    "organisme-financeur": action.financers.map((financer) => ({
      "code-financeur": { code: financer.financerCode, libelle: lheoCodeLabel("dict-financeurs", financer.financerCode) ?? null },
      "nb-places-financees": financer.fundedPlaces,
    })),
    "financement-region": action.regionFunded,
    "eligible-cpf": action.cpfEligible || formationCpf,
    extras: action.extras ?? null,
  };
}

export function formationJson(record: FormationRecord, labels: ReferentialLabels, links: ApiLinks): FormationJson {
  const certifications = record.certifications.map(({ certification }) => certification);
  const formationCpf = certifications.some((c) => c.kind === "CPF");
  const domains = record.domains;
  return {
    id: record.id,
    numero: record.lheoId,
    datecrea: record.lheoCreatedOn,
    datemaj: record.lheoUpdatedOn,
    url: links.formationPage(record.id),
    "url-lheo": links.formationXml(record.id),
    "domaine-formation": {
      "code-FORMACODE": domains
        .filter((d) => d.system === "formacode")
        .map((d) => ({ code: d.code, libelle: labels.domains.get(`formacode:${d.code}`) ?? null, principal: d.principal })),
      "code-NSF": domains
        .filter((d) => d.system === "nsf")
        .map((d) => ({ code: d.code, libelle: labels.domains.get(`nsf:${d.code}`) ?? null })),
      "code-ROME": record.trades.map((t) => ({ code: t.tradeCode, libelle: labels.trades.get(t.tradeCode) ?? null })),
    },
    "intitule-formation": record.title,
    "objectif-formation": record.objective,
    "resultats-attendus": record.expectedResults,
    "contenu-formation": record.content,
    certifiante: record.certifying,
    "contact-formation": contactsJson(record.contacts),
    "parcours-de-formation": dictCode("dict-type-parcours", record.pathType),
    "code-niveau-entree": level(record.entryLevelCode),
    "objectif-general-formation": dictCode("dict-AIS", record.generalObjective),
    certification: certifications.map((c) => ({ referentiel: c.kind, code: c.code, intitule: c.label, "niveau-europeen": c.level })),
    "code-niveau-sortie": level(record.exitLevelCode),
    "url-formation": record.urls,
    action: record.actions.map((action) => actionJson(action, formationCpf, links)),
    "organisme-formation-responsable": record.organisation ? responsibleJson(record.organisation, links) : null,
    "identifiant-module": record.moduleId,
    extras: record.extras ?? null,
  };
}
