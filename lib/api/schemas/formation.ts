import { z } from "zod";
import { address, codeLabel, contact, coordinates, extras, isoDate, listEnvelope, nullableText } from "./common";
import { named } from "./registry";

/** A formation in LHEO names: `formation` > `action` > `session`, with its organisations and places. */

const level = named(
  z.object({ code: z.string(), libelle: z.string().nullable(), "niveau-europeen": z.number().int().min(1).max(8).nullable() }),
  "Niveau",
  "Code dict-niveaux du flux, son libellé et le niveau européen (1 à 8) qu'il désigne (null : non communiqué ou sans niveau).",
);

const period = z.object({ debut: isoDate.nullable(), fin: isoDate.nullable() });

export const organisationRef = named(
  z.object({
    id: z.number().int(),
    "SIRET-organisme-formation": nullableText,
    "nom-organisme": z.string(),
    url: z.string().meta({ description: "Page publique de l'organisme sur le portail." }),
    "url-api": z.string().nullable().meta({ description: "L'organisme dans l'API (s'il a un SIRET)." }),
  }),
  "OrganismeReference",
  "Un organisme de formation, en bref.",
);

const responsible = named(
  z.object({
    id: z.number().int(),
    numero: nullableText.meta({ description: "Numéro LHEO de l'organisme (attribut `numero`), quand le flux l'identifie ainsi." }),
    "SIRET-organisme-formation": nullableText,
    "numero-activite": nullableText,
    "nom-organisme": z.string(),
    "raison-sociale": nullableText,
    "coordonnees-organisme": coordinates.nullable(),
    "contact-organisme": z.array(contact),
    "renseignements-specifiques": nullableText,
    potentiel: z.array(z.string()).meta({ description: "Codes Formacode des domaines de l'organisme." }),
    "code-UAI-organisme-formation": nullableText,
    url: z.string(),
    "url-api": z.string().nullable(),
  }),
  "OrganismeFormationResponsable",
  "Organisme responsable de l'offre (`organisme-formation-responsable`).",
);

const trainer = named(
  z.object({
    id: z.number().int(),
    "SIRET-formateur": nullableText,
    "raison-sociale-formateur": z.string(),
    "contact-formateur": z.array(contact),
    "code-UAI-formateur": nullableText,
    url: z.string(),
    "url-api": z.string().nullable(),
  }),
  "OrganismeFormateur",
  "Organisme qui dispense l'action (`organisme-formateur`).",
);

const place = named(
  z.object({
    id: z.number().int(),
    "SIRET-lieu-formation": nullableText,
    "code-UAI-lieu-formation": nullableText,
    coordonnees: coordinates,
  }),
  "LieuDeFormation",
  "Lieu de formation (`lieu-de-formation`) ; `coordonnees.adresse.geolocalisation` donne sa position.",
);

const session = named(
  z.object({
    numero: z.string(),
    datecrea: isoDate.nullable(),
    datemaj: isoDate.nullable(),
    periode: period,
    "adresse-inscription": address.nullable(),
    "modalites-inscription": nullableText,
    "periode-inscription": period.nullable(),
    "etat-recrutement": codeLabel.nullable(),
    "url-session": z.array(z.string()),
    "contact-session": z.array(contact),
    "a-distance": z.boolean().nullable(),
    extras,
  }),
  "Session",
  "Session de formation : une période datée d'une action.",
);

const financer = named(
  z.object({ "code-financeur": codeLabel, "nb-places-financees": z.number().int().nullable() }),
  "OrganismeFinanceur",
  "Financeur de l'action (dict-financeurs) et places financées.",
);

const action = named(
  z.object({
    numero: z.string(),
    datecrea: isoDate.nullable(),
    datemaj: isoDate.nullable(),
    "rythme-formation": nullableText,
    "code-public-vise": z.array(codeLabel),
    "info-public-vise": nullableText,
    "niveau-entree-obligatoire": z.boolean().nullable(),
    "modalites-alternance": nullableText,
    alternance: z
      .enum(["apprentissage", "professionnalisation", "toutes"])
      .nullable()
      .meta({ description: "Contrat d'alternance possible (toutes : apprentissage et professionnalisation)." }),
    "modalites-enseignement": codeLabel.nullable(),
    "conditions-specifiques": nullableText,
    "prise-en-charge-frais-possible": z.boolean().nullable(),
    "lieu-de-formation": z.array(place),
    "modalites-entrees-sorties": codeLabel.nullable(),
    "url-action": z.array(z.string()),
    "duree-cycle": z.number().int().nullable(),
    session: z.array(session),
    "adresse-information": address.nullable(),
    "date-information": z.array(isoDate),
    restauration: nullableText,
    hebergement: nullableText,
    transport: nullableText,
    "acces-handicapes": nullableText,
    "langue-formation": z.array(z.string()),
    "modalites-recrutement": nullableText,
    "modalites-pedagogiques": nullableText,
    "frais-restants": nullableText,
    "prix-horaire-TTC": z.number().nullable(),
    "prix-total-TTC": z.number().nullable(),
    "duree-indicative": nullableText,
    "nombre-heures-centre": z.number().int().nullable(),
    "nombre-heures-entreprise": z.number().int().nullable(),
    "nombre-heures-total": z.number().int().nullable(),
    "detail-conditions-prise-en-charge": nullableText,
    conventionnement: z.boolean().nullable(),
    "organisme-formateur": z.array(trainer),
    "organisme-financeur": z.array(financer),
    "financement-region": z.boolean().meta({ description: "Action financée par la Région (financeur 2 ou programme régional)." }),
    "eligible-cpf": z.boolean(),
    extras,
  }),
  "Action",
  "Action de formation : une réalisation concrète de la formation (lieu, rythme, prix, financement, sessions).",
);

const certification = named(
  z.object({
    referentiel: z.enum(["RNCP", "RS", "CERTIFINFO", "CPF"]),
    code: z.string(),
    intitule: nullableText,
    "niveau-europeen": z.number().int().nullable(),
  }),
  "Certification",
  "Certification préparée (`certification` : code-RNCP, code-RS, code-CERTIFINFO ou code-CPF).",
);

export const formationSchema = named(
  z.object({
    id: z.number().int().meta({ description: "Identifiant de la formation sur le portail." }),
    numero: z.string().meta({ description: "Numéro LHEO de la formation dans le flux d'origine (attribut `numero`)." }),
    datecrea: isoDate.nullable(),
    datemaj: isoDate.nullable(),
    url: z.string().meta({ description: "Page publique de la formation." }),
    "url-lheo": z.string().meta({ description: "La même formation en LHEO 2.3 XML." }),
    "domaine-formation": z.object({
      "code-FORMACODE": z.array(z.object({ code: z.string(), libelle: z.string().nullable(), principal: z.boolean() })),
      "code-NSF": z.array(codeLabel),
      "code-ROME": z.array(codeLabel),
    }),
    "intitule-formation": z.string(),
    "objectif-formation": nullableText,
    "resultats-attendus": nullableText,
    "contenu-formation": nullableText,
    certifiante: z.boolean(),
    "contact-formation": z.array(contact),
    "parcours-de-formation": codeLabel.nullable(),
    "code-niveau-entree": level.nullable(),
    "objectif-general-formation": codeLabel.nullable(),
    certification: z.array(certification),
    "code-niveau-sortie": level.nullable(),
    "url-formation": z.array(z.string()),
    action: z.array(action),
    "organisme-formation-responsable": responsible.nullable(),
    "identifiant-module": nullableText,
    extras,
  }),
  "Formation",
  "Une offre de formation complète, au vocabulaire LHEO, avec ses actions, sessions, lieux, organismes et financements.",
);

export const formationSummarySchema = named(
  z.object({
    id: z.number().int(),
    numero: z.string(),
    "intitule-formation": z.string(),
    url: z.string(),
    "url-api": z.string(),
    "organisme-formation-responsable": organisationRef.nullable(),
    "niveau-sortie-europeen": z.number().int().nullable(),
    "modalites-enseignement": z.array(z.enum(["presentiel", "mixte", "distance"])),
    alternance: z.array(z.enum(["apprentissage", "professionnalisation"])),
    financement: z.array(z.string()).meta({ description: "Financements possibles (mêmes valeurs que le paramètre `financement`)." }),
    "financement-region": z.boolean(),
    villes: z.array(z.string()).meta({ description: "Communes des lieux de formation." }),
    "prochaine-session": period.nullable().meta({ description: "La prochaine session (en cours ou à venir), s'il y en a une." }),
    "distance-km": z.number().nullable().meta({ description: "Distance au point de recherche, avec `lieu` ou `lat`/`lon`." }),
  }),
  "FormationResume",
  "Une formation dans une liste de résultats ; `url-api` donne le détail.",
);

export const formationListSchema = listEnvelope(formationSummarySchema, "ListeFormations", "Une page de résultats de recherche de formations.");

export type FormationJson = z.infer<typeof formationSchema>;
export type FormationSummaryJson = z.infer<typeof formationSummarySchema>;
export type FormationListJson = z.infer<typeof formationListSchema>;
