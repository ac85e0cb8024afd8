import { AUDIENCES, EVENT_TYPES } from "@/lib/editorial/vocabulary";
import { FINANCING_VALUES } from "@/lib/search/url-state";
import { multiParam, param, schemas } from "./query";

/**
 * The query parameters of each list endpoint. Names are those of the portal's own search pages
 * (/formations?q=…&lieu=…&niveau_sortie=4), so a partner can turn a portal URL into an API call.
 */

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;
/** The engines page 1,000 deep at most. */
export const MAX_PAGE = 1000;
export const DEFAULT_RADIUS_KM = 30;

const LEVELS = ["1", "2", "3", "4", "5", "6", "7", "8"] as const;

const pagination = {
  page: param(schemas.integer(1, MAX_PAGE), {
    description: "Numéro de page (à partir de 1). Exclusif de `curseur`.",
    example: "2",
    default: 1,
  }),
  par_page: param(schemas.integer(1, MAX_PER_PAGE), {
    description: `Résultats par page, ${MAX_PER_PAGE} au plus.`,
    example: "50",
    default: DEFAULT_PER_PAGE,
  }),
  curseur: param(schemas.text(200), {
    description:
      "Curseur opaque renvoyé dans `liens.suivant` ou `curseur-suivant` : suivez-le pour la page suivante. Exclusif de `page` ; les autres paramètres doivent rester identiques.",
  }),
};

const place = {
  lieu: param(schemas.text(100), {
    description: "Commune ou code postal autour duquel chercher (avec `rayon`). Exclusif de `lat`/`lon`.",
    example: "Albi",
  }),
  lat: param(schemas.number(-90, 90), { description: "Latitude (WGS 84) du point de recherche, avec `lon`.", example: "43.6045" }),
  lon: param(schemas.number(-180, 180), { description: "Longitude (WGS 84) du point de recherche, avec `lat`.", example: "1.4442" }),
  rayon: param(schemas.number(1, 200), {
    description: "Rayon de recherche en kilomètres autour de `lieu` ou de `lat`/`lon`.",
    example: "20",
    default: DEFAULT_RADIUS_KM,
  }),
};

const dates = {
  debut: param(schemas.isoDate(), {
    description: "Date (AAAA-MM-JJ) : seules les offres ayant une session qui se termine ce jour-là ou après.",
    example: "2026-09-01",
  }),
  fin: param(schemas.isoDate(), {
    description: "Date (AAAA-MM-JJ) : seules les offres ayant une session qui commence ce jour-là ou avant.",
    example: "2026-12-31",
  }),
};

const departments = multiParam(schemas.pattern(/^(\d{2}|2[ABab]|97\d)$/, "code de département attendu, par exemple 31, 2A ou 974."), {
  description: "Département(s) du lieu, codes INSEE.",
  example: "31,81",
});

export const formationListParams = {
  q: param(schemas.text(200), {
    description: "Texte recherché dans l'intitulé, les mots-clés (métiers, certifications) et la description.",
    example: "cuisine",
  }),
  ...place,
  ...dates,
  niveau_entree: multiParam(schemas.oneOf(LEVELS), {
    description: "Niveau européen requis à l'entrée (1 à 8).",
    example: "3",
  }),
  niveau_sortie: multiParam(schemas.oneOf(LEVELS), {
    description: "Niveau européen de sortie (1 à 8 ; 3 = CAP, 4 = baccalauréat, 5 = BTS…).",
    example: "4,5",
  }),
  alternance: multiParam(schemas.oneOf(["apprentissage", "professionnalisation"]), {
    description: "Contrat d'alternance possible.",
    example: "apprentissage",
  }),
  modalite: multiParam(schemas.oneOf(["presentiel", "distance", "mixte"]), {
    description: "Modalité d'enseignement.",
    example: "distance",
  }),
  financement: multiParam(schemas.oneOf(FINANCING_VALUES), {
    description: "Financement possible (« region » : financée par la Région ; « cpf » : éligible au CPF).",
    example: "region,cpf",
  }),
  certification: multiParam(schemas.oneOf(["rncp", "rs", "certifiante"]), {
    description: "Certification préparée : inscrite au RNCP, au répertoire spécifique (RS), ou formation certifiante.",
    example: "rncp",
  }),
  rome: multiParam(
    schemas.pattern(/^[A-Na-n]\d{4}$/, "code ROME attendu, par exemple M1805.").transform((code) => code.toUpperCase()),
    { description: "Code(s) ROME du métier visé (fiche ou sous-code).", example: "G1602" },
  ),
  formacode: multiParam(schemas.pattern(/^\d{5}$/, "code Formacode attendu (5 chiffres), par exemple 42752."), {
    description: "Code(s) Formacode du domaine de formation. Se combine en « ou » avec `domaine`.",
    example: "42752",
  }),
  domaine: multiParam(schemas.pattern(/^(nsf|formacode):[0-9A-Za-z]{1,10}$/, "valeur attendue : nsf:CODE ou formacode:CODE."), {
    description: "Domaine au format du portail : `formacode:CODE` ou `nsf:CODE`.",
    example: "nsf:221",
  }),
  dep: departments,
  region: multiParam(schemas.pattern(/^\d{2}$/, "code de région INSEE attendu (2 chiffres), par exemple 76."), {
    description: "Région(s) du lieu, codes INSEE.",
    example: "76",
  }),
  public: multiParam(schemas.pattern(/^\d{5}$/, "code de public visé attendu (5 chiffres), par exemple 80006."), {
    description: "Public visé (codes Formacode « public visé »).",
    example: "80006",
  }),
  inclure_sans_session: param(schemas.flag(), {
    description: "Inclure les formations sans session à venir (par défaut : seulement celles qui ont une session en cours ou à venir).",
    example: "1",
    default: "0",
  }),
  tri: param(schemas.oneOf(["pertinence", "date", "distance"]), {
    description: "Ordre : pertinence, date de prochaine session, ou distance (avec `lieu` ou `lat`/`lon`).",
    example: "date",
    default: "pertinence",
  }),
  ...pagination,
};

export const tradeListParams = {
  q: param(schemas.text(200), {
    description: "Métier recherché : intitulé, appellation ou code ROME.",
    example: "boulanger",
  }),
  ...pagination,
};

export const eventListParams = {
  q: param(schemas.text(200), { description: "Texte recherché dans le titre et la description.", example: "apprentissage" }),
  ...place,
  ...dates,
  type: multiParam(schemas.oneOf(EVENT_TYPES), { description: "Type d'événement.", example: "salon-forum" }),
  format: multiParam(schemas.oneOf(["sur-place", "en-ligne"]), { description: "Sur place ou en ligne.", example: "en-ligne" }),
  profil: multiParam(schemas.oneOf(AUDIENCES), { description: "Public auquel l'événement s'adresse.", example: "demandeur-emploi" }),
  dep: departments,
  inclure_passes: param(schemas.flag(), {
    description: "Inclure les événements passés (par défaut : en cours et à venir).",
    example: "1",
    default: "0",
  }),
  tri: param(schemas.oneOf(["date", "pertinence", "distance"]), {
    description: "Ordre : date, pertinence, ou distance (avec `lieu` ou `lat`/`lon`).",
    example: "pertinence",
    default: "date",
  }),
  ...pagination,
};

export const exportParams = {};
