import type { z } from "zod";
import type { CachePolicy } from "../config";
import { eventListParams, formationListParams, tradeListParams } from "../params/definitions";
import type { ParamDefs } from "../params/query";
import type { ProblemStatus } from "../problem";
import { formationListSchema, formationSchema } from "../schemas/formation";
import { eventListSchema, organisationSchema, tradeListSchema, tradeSchema } from "../schemas/others";

/**
 * The catalogue of API endpoints: what the OpenAPI document and the /api documentation page say
 * about each. Parameters and response shapes are the very schemas the handlers use.
 */

export type PathParam = { name: string; description: string; type: "integer" | "string"; pattern?: string; example: string };

export type EndpointDoc = {
  operationId: string;
  path: string;
  tag: "Formations" | "Métiers" | "Organismes" | "Agenda" | "Export" | "Description";
  summary: string;
  description: string;
  query: ParamDefs;
  pathParams: PathParam[];
  response: { kind: "json"; schema: z.ZodType; description: string } | { kind: "xml"; description: string };
  cache: CachePolicy;
  /** Paths relative to /api/v1 shown as examples (documentation page, curl samples). */
  examples: string[];
  errors: ProblemStatus[];
};

const LIST_ERRORS: ProblemStatus[] = [400, 401, 429, 500];
const DETAIL_ERRORS: ProblemStatus[] = [400, 401, 404, 429, 500];

export const API_ENDPOINTS: readonly EndpointDoc[] = [
  {
    operationId: "rechercherFormations",
    path: "/formations",
    tag: "Formations",
    summary: "Rechercher des formations",
    description:
      "Le moteur de recherche public du portail (/formations), avec les mêmes filtres : texte, lieu et rayon, dates, niveaux, alternance, financement, certification, codes ROME et Formacode. Paginé par numéro de page ou par curseur. Par défaut, seules les formations ayant une session en cours ou à venir.",
    query: formationListParams,
    pathParams: [],
    response: { kind: "json", schema: formationListSchema, description: "Une page de résultats." },
    cache: "search",
    examples: [
      "/formations?q=cuisine&lieu=Albi&rayon=30",
      "/formations?niveau_sortie=4,5&financement=region&tri=date&par_page=50",
      "/formations?rome=G1602&alternance=apprentissage",
    ],
    errors: LIST_ERRORS,
  },
  {
    operationId: "lireFormation",
    path: "/formations/{id}",
    tag: "Formations",
    summary: "Lire une formation (JSON, noms LHEO)",
    description:
      "La formation complète au vocabulaire LHEO : actions, sessions, lieux avec coordonnées, organismes responsable, formateurs et financeurs, certifications, domaines.",
    query: {},
    pathParams: [{ name: "id", description: "Identifiant de la formation sur le portail.", type: "integer", example: "1" }],
    response: { kind: "json", schema: formationSchema, description: "La formation." },
    cache: "detail",
    examples: ["/formations/1"],
    errors: DETAIL_ERRORS,
  },
  {
    operationId: "lireFormationLheo",
    path: "/formations/{id}.xml",
    tag: "Formations",
    summary: "Lire une formation en LHEO 2.3 (XML)",
    description:
      "La même formation en document LHEO 2.3 valide (espace de noms http://lheo.gouv.fr/2.3). Une formation sans action avec session, ou sans organisme responsable, ne peut pas s'écrire en LHEO valide : réponse 404.",
    query: {},
    pathParams: [{ name: "id", description: "Identifiant de la formation sur le portail.", type: "integer", example: "1" }],
    response: { kind: "xml", description: "Document LHEO 2.3 d'une formation." },
    cache: "detail",
    examples: ["/formations/1.xml"],
    errors: DETAIL_ERRORS,
  },
  {
    operationId: "rechercherMetiers",
    path: "/metiers",
    tag: "Métiers",
    summary: "Rechercher des métiers (ROME)",
    description: "Les fiches métiers du ROME, par intitulé, appellation ou code ; sans `q`, toutes, par ordre alphabétique.",
    query: tradeListParams,
    pathParams: [],
    response: { kind: "json", schema: tradeListSchema, description: "Une page de fiches métiers." },
    cache: "search",
    examples: ["/metiers?q=boulanger"],
    errors: LIST_ERRORS,
  },
  {
    operationId: "lireMetier",
    path: "/metiers/{rome}",
    tag: "Métiers",
    summary: "Lire une fiche métier",
    description:
      "La fiche ROME (un sous-code mène à sa fiche), les formations qui mènent au métier et les chiffres du marché du travail connus (salaire médian).",
    query: {},
    pathParams: [
      { name: "rome", description: "Code ROME, fiche ou sous-code.", type: "string", pattern: "^[A-Na-n]\\d{4}$", example: "D1102" },
    ],
    response: { kind: "json", schema: tradeSchema, description: "La fiche métier." },
    cache: "detail",
    examples: ["/metiers/D1102"],
    errors: DETAIL_ERRORS,
  },
  {
    operationId: "lireOrganisme",
    path: "/organismes/{siret}",
    tag: "Organismes",
    summary: "Lire un organisme de formation",
    description: "L'organisme, son offre active (comme responsable ou comme formateur) et ses lieux de formation.",
    query: {},
    pathParams: [
      { name: "siret", description: "Numéro SIRET (14 chiffres).", type: "string", pattern: "^\\d{14}$", example: "82422814200660" },
    ],
    response: { kind: "json", schema: organisationSchema, description: "L'organisme." },
    cache: "detail",
    examples: ["/organismes/82422814200660"],
    errors: DETAIL_ERRORS,
  },
  {
    operationId: "rechercherEvenements",
    path: "/evenements",
    tag: "Agenda",
    summary: "Rechercher des événements",
    description: "L'agenda du portail : en cours et à venir par défaut, les plus proches d'abord.",
    query: eventListParams,
    pathParams: [],
    response: { kind: "json", schema: eventListSchema, description: "Une page de l'agenda." },
    cache: "search",
    examples: ["/evenements?type=salon-forum&dep=31", "/evenements?format=en-ligne"],
    errors: LIST_ERRORS,
  },
  {
    operationId: "exporterLheo",
    path: "/export/lheo",
    tag: "Export",
    summary: "Exporter tout le catalogue en LHEO 2.3",
    description:
      "Toutes les formations actives dans un seul document LHEO 2.3 valide, transmis au fil de l'eau. Il se réimporte tel quel dans un autre portail. Utilisez `If-None-Match` avec l'ETag reçu : tant que le catalogue n'a pas changé, la réponse est un 304 sans contenu.",
    query: {},
    pathParams: [],
    response: { kind: "xml", description: "Document LHEO 2.3 du catalogue." },
    cache: "export",
    examples: ["/export/lheo"],
    errors: [401, 429, 500],
  },
];
