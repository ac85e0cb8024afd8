import { type Audience, NATIONAL_TERRITORY, type ResourceKind, type ResourceTheme, slugify } from "@/lib/editorial/vocabulary";
import type { NewResource } from "../schema";

type ResourceEntry = {
  title: string;
  kind: ResourceKind;
  url: string;
  publisher: string;
  summary: string;
  themes: ResourceTheme[];
  audiences: Audience[];
};

/**
 * Public services and reference sites worth a visit: real addresses, with a description of what
 * each site offers. Stored with source "demo" like the rest of the seeded content, so editors know
 * to review them before the portal goes live.
 */
export const RESOURCE_ENTRIES: ResourceEntry[] = [
  {
    title: "Mon Compte Formation",
    kind: "outil",
    url: "https://www.moncompteformation.gouv.fr",
    publisher: "Caisse des Dépôts",
    summary: "Le service officiel du compte personnel de formation : consulter ses droits, chercher une formation éligible et s'y inscrire en ligne.",
    themes: ["formation", "financement"],
    audiences: ["salarie", "demandeur-emploi", "chef-entreprise"],
  },
  {
    title: "Répertoires nationaux des certifications (RNCP et RS)",
    kind: "outil",
    url: "https://www.francecompetences.fr/recherche_certificationprofessionnelle/",
    publisher: "France compétences",
    summary: "La recherche officielle des diplômes, titres et certifications enregistrés au RNCP et au Répertoire spécifique : niveau, compétences, certificateurs.",
    themes: ["certification", "formation"],
    audiences: ["salarie", "demandeur-emploi", "etudiant", "professionnel-orientation"],
  },
  {
    title: "ONISEP",
    kind: "site",
    url: "https://www.onisep.fr",
    publisher: "ONISEP",
    summary: "L'information officielle sur les métiers et les formations, du collège à l'enseignement supérieur, avec des fiches métiers et des guides régionaux.",
    themes: ["orientation", "metiers", "formation"],
    audiences: ["collegien-lyceen", "etudiant", "professionnel-orientation"],
  },
  {
    title: "ONISEP TV",
    kind: "video",
    url: "https://oniseptv.onisep.fr",
    publisher: "ONISEP",
    summary: "Des centaines de vidéos où des professionnels et des élèves présentent leur métier ou leur formation.",
    themes: ["metiers", "orientation"],
    audiences: ["collegien-lyceen", "etudiant"],
  },
  {
    title: "Parcoursup",
    kind: "outil",
    url: "https://www.parcoursup.gouv.fr",
    publisher: "Ministère de l'Enseignement supérieur",
    summary: "La plateforme nationale d'admission en première année de l'enseignement supérieur : formations, calendrier, vœux.",
    themes: ["formation", "orientation"],
    audiences: ["collegien-lyceen", "etudiant"],
  },
  {
    title: "Mon Master",
    kind: "outil",
    url: "https://www.monmaster.gouv.fr",
    publisher: "Ministère de l'Enseignement supérieur",
    summary: "La plateforme nationale des candidatures en première année de master.",
    themes: ["formation"],
    audiences: ["etudiant"],
  },
  {
    title: "France Travail",
    kind: "site",
    url: "https://www.francetravail.fr",
    publisher: "France Travail",
    summary: "Offres d'emploi, inscription et espace personnel des demandeurs d'emploi, aides à la formation et services aux employeurs.",
    themes: ["emploi", "formation", "financement"],
    audiences: ["demandeur-emploi", "salarie", "chef-entreprise"],
  },
  {
    title: "Fiches métiers du ROME (Métierscope)",
    kind: "fiche",
    url: "https://candidat.francetravail.fr/metierscope/",
    publisher: "France Travail",
    summary: "Le répertoire des métiers de France Travail : activités, compétences, conditions d'accès et offres d'emploi par métier.",
    themes: ["metiers", "emploi"],
    audiences: ["demandeur-emploi", "salarie", "collegien-lyceen", "professionnel-orientation"],
  },
  {
    title: "Portail de l'alternance",
    kind: "site",
    url: "https://www.alternance.emploi.gouv.fr",
    publisher: "Ministère du Travail",
    summary: "Le portail public de l'apprentissage et du contrat de professionnalisation : démarches, simulateur de rémunération, aides aux employeurs.",
    themes: ["alternance"],
    audiences: ["apprenti", "collegien-lyceen", "etudiant", "chef-entreprise"],
  },
  {
    title: "La bonne alternance",
    kind: "outil",
    url: "https://labonnealternance.apprentissage.beta.gouv.fr",
    publisher: "Ministère du Travail",
    summary: "Trouver une formation en apprentissage et les entreprises qui recrutent des alternants près de chez soi.",
    themes: ["alternance", "emploi"],
    audiences: ["apprenti", "collegien-lyceen", "etudiant"],
  },
  {
    title: "1 jeune, 1 solution",
    kind: "outil",
    url: "https://www.1jeune1solution.gouv.fr",
    publisher: "Gouvernement",
    summary: "Offres d'emploi, de stage et d'alternance, aides financières et accompagnement pour les jeunes.",
    themes: ["emploi", "alternance", "formation"],
    audiences: ["collegien-lyceen", "etudiant", "apprenti", "demandeur-emploi"],
  },
  {
    title: "France VAE",
    kind: "site",
    url: "https://vae.gouv.fr",
    publisher: "Ministère du Travail",
    summary: "Le service public de la validation des acquis de l'expérience : trouver un diplôme, être accompagné et suivre son parcours en ligne.",
    themes: ["vae", "certification"],
    audiences: ["salarie", "demandeur-emploi"],
  },
  {
    title: "Transitions Pro",
    kind: "site",
    url: "https://www.transitionspro.fr",
    publisher: "Transitions Pro",
    summary: "Les associations régionales qui financent les projets de transition professionnelle des salariés et examinent les projets de reconversion des démissionnaires.",
    themes: ["financement", "formation"],
    audiences: ["salarie"],
  },
  {
    title: "Compte personnel de formation (fiche pratique)",
    kind: "fiche",
    url: "https://www.service-public.fr/particuliers/vosdroits/F10705",
    publisher: "Service-Public.fr",
    summary: "Les règles du CPF expliquées : qui a des droits, comment ils sont calculés, quelles formations sont éligibles.",
    themes: ["financement", "formation"],
    audiences: ["salarie", "demandeur-emploi"],
  },
  {
    title: "Agefiph",
    kind: "site",
    url: "https://www.agefiph.fr",
    publisher: "Agefiph",
    summary: "Aides et services pour l'emploi et la formation des personnes handicapées, et pour les employeurs qui les recrutent.",
    themes: ["handicap", "emploi", "formation"],
    audiences: ["demandeur-emploi", "salarie", "chef-entreprise"],
  },
  {
    title: "Mon parcours handicap",
    kind: "guide",
    url: "https://www.monparcourshandicap.gouv.fr",
    publisher: "Caisse des Dépôts et CNSA",
    summary: "Des guides pratiques pour les personnes handicapées et leurs proches : études, formation, emploi, droits.",
    themes: ["handicap", "orientation", "formation"],
    audiences: ["collegien-lyceen", "etudiant", "demandeur-emploi", "salarie"],
  },
  {
    title: "CIDJ",
    kind: "site",
    url: "https://www.cidj.com",
    publisher: "Centre d'information et de documentation jeunesse",
    summary: "Articles et fiches pratiques sur les études, les métiers, les jobs et la vie quotidienne des jeunes.",
    themes: ["orientation", "emploi"],
    audiences: ["collegien-lyceen", "etudiant"],
  },
  {
    title: "Orientation pour tous",
    kind: "guide",
    url: "https://www.orientation-pour-tous.fr",
    publisher: "Centre Inffo",
    summary: "Le portail d'information sur l'orientation et la formation tout au long de la vie : métiers, formations, financements, lieux de conseil.",
    themes: ["orientation", "formation", "financement"],
    audiences: ["salarie", "demandeur-emploi", "professionnel-orientation"],
  },
  {
    title: "Mon conseil en évolution professionnelle",
    kind: "site",
    url: "https://mon-cep.org",
    publisher: "Opérateurs du conseil en évolution professionnelle",
    summary: "Prendre rendez-vous avec un conseiller en évolution professionnelle, service gratuit et confidentiel pour les salariés et les indépendants.",
    themes: ["orientation", "formation"],
    audiences: ["salarie", "chef-entreprise"],
  },
  {
    title: "Bpifrance Création",
    kind: "guide",
    url: "https://bpifrance-creation.fr",
    publisher: "Bpifrance",
    summary: "Guides, fiches et outils pour créer ou reprendre une entreprise : statuts, financements, aides aux créateurs.",
    themes: ["creation-entreprise"],
    audiences: ["chef-entreprise", "demandeur-emploi"],
  },
  {
    title: "Centre Inffo",
    kind: "site",
    url: "https://www.centre-inffo.fr",
    publisher: "Centre Inffo",
    summary: "L'actualité juridique et pratique de la formation professionnelle, pour les professionnels de l'orientation et de la formation.",
    themes: ["formation", "financement"],
    audiences: ["professionnel-orientation"],
  },
];

export function buildResources(publishedAt: Date, source = "demo"): NewResource[] {
  return RESOURCE_ENTRIES.map((entry) => ({
    slug: slugify(entry.title),
    title: entry.title,
    summary: entry.summary,
    body: null,
    status: "published",
    publishedAt,
    audiences: entry.audiences,
    territory: [NATIONAL_TERRITORY],
    source,
    kind: entry.kind,
    url: entry.url,
    publisher: entry.publisher,
    themes: entry.themes,
  }));
}
