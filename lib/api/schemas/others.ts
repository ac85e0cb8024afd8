import { z } from "zod";
import { address, codeLabel, contact, geolocation, listEnvelope, nullableText } from "./common";
import { named } from "./registry";

/** Trades (ROME), organisations and events. */

const formationBrief = named(
  z.object({
    id: z.number().int(),
    "intitule-formation": z.string(),
    url: z.string(),
    "url-api": z.string(),
    "organisme-formation-responsable": z.object({ id: z.number().int(), "nom-organisme": z.string() }).nullable(),
    "prochaine-session": z.object({ debut: z.iso.date(), ville: nullableText }).nullable(),
  }),
  "FormationBreve",
  "Une formation en bref, avec sa prochaine session (en cours ou à venir).",
);

export const tradeSummarySchema = named(
  z.object({
    code: z.string().meta({ description: "Code ROME de la fiche métier." }),
    libelle: z.string(),
    "domaine-professionnel": nullableText,
    url: z.string(),
    "url-api": z.string(),
  }),
  "MetierResume",
  "Une fiche métier ROME dans une liste de résultats.",
);

export const tradeListSchema = listEnvelope(tradeSummarySchema, "ListeMetiers", "Une page de résultats de recherche de métiers.");

const skillGroup = z.object({ categorie: nullableText, elements: z.array(z.string()) });

export const tradeSchema = named(
  z.object({
    code: z.string(),
    libelle: z.string(),
    "sous-code": codeLabel.nullable().meta({ description: "Le code demandé quand c'est un sous-code de la fiche." }),
    url: z.string(),
    "url-api": z.string(),
    "grand-domaine": codeLabel,
    "domaine-professionnel": codeLabel,
    definition: z.array(z.string()),
    "acces-emploi": z.array(z.string()),
    "conditions-travail": z.array(z.string()),
    codes: z.array(codeLabel).meta({ description: "Tous les codes ROME de la fiche, le sien d'abord." }),
    appellations: z.array(z.string()),
    competences: z.object({
      "savoir-faire": z.array(skillGroup),
      "savoir-etre": z.array(z.string()),
      savoirs: z.array(skillGroup),
    }),
    "metiers-proches": z.array(codeLabel),
    "marche-du-travail": z.object({
      "salaire-median-net-mensuel": z
        .number()
        .int()
        .nullable()
        .meta({ description: "Salaire net mensuel médian en euros (France Travail), null s'il n'est pas publié." }),
      "metier-reglemente": z.boolean(),
      "emploi-cadre": z.boolean(),
      transitions: z.object({ ecologique: z.boolean(), numerique: z.boolean(), demographique: z.boolean() }),
    }),
    formations: z.object({
      total: z.number().int(),
      "url-api": z.string().meta({ description: "Toutes les formations menant au métier, avec les filtres de recherche." }),
      resultats: z.array(formationBrief),
    }),
  }),
  "Metier",
  "Une fiche métier ROME, les formations qui y mènent et les chiffres du marché du travail connus.",
);

export const organisationSchema = named(
  z.object({
    id: z.number().int(),
    SIRET: nullableText,
    "numero-activite": nullableText,
    "code-UAI": nullableText,
    "nom-organisme": z.string(),
    "raison-sociale": nullableText,
    "renseignements-specifiques": nullableText,
    adresse: address.nullable(),
    geolocalisation: geolocation.nullable(),
    contacts: z.array(contact),
    actif: z.boolean().meta({ description: "Faux quand plus aucun flux ne le cite." }),
    url: z.string(),
    formations: z.object({
      total: z.number().int(),
      resultats: z.array(formationBrief.extend({ roles: z.array(z.enum(["responsable", "formateur"])) })),
    }),
    lieux: z.array(
      z.object({
        id: z.number().int(),
        nom: nullableText,
        ligne: z.array(z.string()),
        codepostal: nullableText,
        ville: nullableText,
        departement: nullableText,
      }),
    ),
  }),
  "Organisme",
  "Un organisme de formation, son offre active (comme responsable ou formateur) et ses lieux de formation.",
);

export const eventSchema = named(
  z.object({
    id: z.number().int(),
    titre: z.string(),
    resume: nullableText,
    type: codeLabel,
    debut: z.iso.datetime({ offset: true }).meta({ description: "Début, date et heure ISO 8601." }),
    fin: z.iso.datetime({ offset: true }).nullable(),
    "en-ligne": z.boolean(),
    "url-en-ligne": nullableText,
    lieu: z
      .object({
        nom: nullableText,
        ligne: z.array(z.string()),
        codepostal: nullableText,
        ville: nullableText,
        departement: nullableText,
        geolocalisation: geolocation.nullable(),
      })
      .nullable(),
    organisateur: nullableText,
    "url-inscription": nullableText,
    capacite: z.number().int().nullable(),
    publics: z.array(z.string()),
    url: z.string(),
    "distance-km": z.number().nullable(),
  }),
  "Evenement",
  "Un événement de l'agenda (journée portes ouvertes, salon, réunion d'information…).",
);

export const eventListSchema = listEnvelope(eventSchema, "ListeEvenements", "Une page de l'agenda.");

export type TradeSummaryJson = z.infer<typeof tradeSummarySchema>;
export type TradeListJson = z.infer<typeof tradeListSchema>;
export type TradeJson = z.infer<typeof tradeSchema>;
export type OrganisationJson = z.infer<typeof organisationSchema>;
export type EventJson = z.infer<typeof eventSchema>;
export type EventListJson = z.infer<typeof eventListSchema>;
