import { sql } from "drizzle-orm";
import { DEPARTMENT_NAMES } from "@/lib/catalog/territories";
import { type Audience, departmentTerritory, slugify } from "@/lib/editorial/vocabulary";
import type { DbOrTx } from "../client";
import { type EditorialCodeDict, editorialCodes, type NewSupportStructure } from "../schema";
import { readAllCsv } from "./csv";
import { demoStreet, fictionPhone, nudge, type SeedCommune } from "./editorial-places";

export const DEMO_SOURCE = "demo";

/** data-inclusion referentials shipped under db/seed/data/structures (MIT, see LICENCE.md). */
export const INCLUSION_FILES: Record<EditorialCodeDict, string> = {
  typologie: "structures/data-inclusion_typologies_de_structures.csv",
  service: "structures/data-inclusion_types_de_services_v1.csv",
  public: "structures/data-inclusion_publics_v1.csv",
  thematique: "structures/data-inclusion_thematiques_v1.csv",
};

/**
 * Codes the portal needs that data-inclusion does not list: the CIO (Éducation nationale
 * guidance centres) are absent from its typology.
 */
export const LOCAL_TYPOLOGIES = [
  { code: "CIO", label: "Centre d'information et d'orientation (CIO)", description: "Ajout Passerelle : absent du référentiel data-inclusion." },
];

export async function readEditorialCodes(): Promise<(typeof editorialCodes.$inferInsert)[]> {
  const rows: (typeof editorialCodes.$inferInsert)[] = [];
  for (const [dict, file] of Object.entries(INCLUSION_FILES) as [EditorialCodeDict, string][]) {
    for (const row of await readAllCsv(file)) {
      if (!row.value || !row.label) continue;
      rows.push({ dict, code: row.value, label: row.label, description: row.description || null });
    }
  }
  for (const local of LOCAL_TYPOLOGIES) rows.push({ dict: "typologie", ...local });
  return rows;
}

/** Replaces the vocabularies: they are reference data, never edited in place. */
export async function loadEditorialCodes(db: DbOrTx): Promise<number> {
  const rows = await readEditorialCodes();
  await db.execute(sql`delete from ${editorialCodes}`);
  await db.insert(editorialCodes).values(rows);
  return rows.length;
}

type StructureTemplate = {
  type: string;
  count: number;
  /** "top": the largest communes; "department": the largest commune of each department. */
  spread: "top" | "department";
  title: (commune: SeedCommune) => string;
  mailDomain: string;
  summary: string;
  body: string;
  services: string[];
  themes: string[];
  publics: string[];
  audiences: Audience[];
  openingHours: string;
};

const WEEKDAYS = "Du lundi au vendredi, de 9 h à 12 h 30 et de 13 h 30 à 17 h.";

const TEMPLATES: StructureTemplate[] = [
  {
    type: "ML",
    count: 12,
    spread: "top",
    title: (c) => `Mission locale de ${c.city}`,
    mailDomain: "mission-locale.example",
    summary: "Accueil et accompagnement des jeunes de 16 à 25 ans sortis de l'école : emploi, formation, orientation, logement, santé, mobilité.",
    body: "Un conseiller suit chaque jeune dans la durée : construction du projet professionnel, recherche de formation ou d'alternance, candidatures, aides financières (Contrat d'engagement jeune) et démarches du quotidien.",
    services: ["accompagnement", "information", "atelier", "aide-financiere"],
    themes: [
      "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
      "se-former--trouver-sa-formation",
      "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation",
      "mobilite--preparer-un-permis",
      "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement",
    ],
    publics: ["jeunes"],
    audiences: ["demandeur-emploi", "apprenti"],
    openingHours: WEEKDAYS,
  },
  {
    type: "FT",
    count: 10,
    spread: "top",
    title: (c) => `France Travail – agence de ${c.city}`,
    mailDomain: "francetravail.example",
    summary: "Inscription, indemnisation et accompagnement des demandeurs d'emploi ; offres d'emploi et aides au recrutement pour les entreprises.",
    body: "Les conseillers accompagnent la recherche d'emploi et les projets de formation (aide individuelle à la formation, préparation opérationnelle à l'emploi) et reçoivent les employeurs qui recrutent.",
    services: ["accompagnement", "information", "aide-financiere", "atelier", "formation"],
    themes: [
      "trouver-un-emploi--repondre-a-des-offres-demploi",
      "preparer-sa-candidature--valoriser-ses-competences",
      "se-former--monter-son-dossier-de-formation",
      "choisir-un-metier--connaitre-les-opportunites-demploi",
    ],
    publics: ["demandeurs-emploi", "actifs"],
    audiences: ["demandeur-emploi", "salarie", "chef-entreprise"],
    openingHours: "Du lundi au vendredi, de 8 h 30 à 12 h 30 ; l'après-midi sur rendez-vous.",
  },
  {
    type: "CIO",
    count: 8,
    spread: "top",
    title: (c) => `Centre d'information et d'orientation de ${c.city}`,
    mailDomain: "cio.example",
    summary: "Conseil en orientation gratuit pour les collégiens, lycéens, étudiants et leurs familles, par des psychologues de l'Éducation nationale.",
    body: "Entretiens individuels, documentation sur les formations et les métiers, accompagnement des élèves sortis du système scolaire sans diplôme.",
    services: ["information", "accompagnement"],
    themes: [
      "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
      "choisir-un-metier--identifier-ses-points-forts-et-ses-competences",
      "se-former--trouver-sa-formation",
    ],
    publics: ["jeunes", "etudiants", "familles"],
    audiences: ["collegien-lyceen", "etudiant"],
    openingHours: "Du lundi au vendredi, de 9 h à 17 h ; pendant les vacances scolaires, horaires réduits.",
  },
  {
    type: "CAP_EMPLOI",
    count: 13,
    spread: "department",
    title: (c) => `Cap emploi ${DEPARTMENT_NAMES[c.department] ?? c.department}`,
    mailDomain: "capemploi.example",
    summary: "Accompagnement vers l'emploi et maintien dans l'emploi des personnes en situation de handicap, conseil aux employeurs.",
    body: "Conseil en évolution professionnelle, recherche d'emploi et de formation adaptées, aménagement de poste avec l'employeur et appui aux démarches de reconnaissance du handicap.",
    services: ["accompagnement", "information"],
    themes: [
      "trouver-un-emploi--maintien-dans-lemploi",
      "trouver-un-emploi--repondre-a-des-offres-demploi",
      "se-former--trouver-sa-formation",
      "sante--constituer-un-dossier-mdph-invalidite",
    ],
    publics: ["personnes-en-situation-de-handicap"],
    audiences: ["demandeur-emploi", "salarie", "chef-entreprise"],
    openingHours: WEEKDAYS,
  },
  {
    type: "PIJ_BIJ",
    count: 6,
    spread: "top",
    title: (c) => `Point information jeunesse de ${c.city}`,
    mailDomain: "info-jeunes.example",
    summary: "Information gratuite et anonyme des jeunes : métiers, études, jobs d'été, logement, mobilité internationale.",
    body: "Accueil sans rendez-vous, documentation en libre accès, ateliers CV et jobs d'été, aide à la recherche de logement et de stage à l'étranger.",
    services: ["information", "atelier"],
    themes: [
      "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
      "logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement",
      "souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger",
      "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation",
    ],
    publics: ["jeunes", "etudiants"],
    audiences: ["collegien-lyceen", "etudiant", "apprenti"],
    openingHours: "Du mardi au samedi, de 10 h à 18 h.",
  },
  {
    type: "CCONS",
    count: 4,
    spread: "department",
    title: (c) => `Chambre de métiers et de l'artisanat – ${c.city}`,
    mailDomain: "cma.example",
    summary: "Apprentissage dans l'artisanat, création et reprise d'entreprise artisanale, formations des chefs d'entreprise.",
    body: "Le centre d'aide à la décision informe les jeunes et leurs familles sur les métiers de l'artisanat et l'apprentissage ; les conseillers accompagnent les porteurs de projet de création ou de reprise.",
    services: ["information", "accompagnement", "formation"],
    themes: [
      "creer-une-entreprise--definir-son-projet-de-creation-dentreprise",
      "creer-une-entreprise--developper-son-entreprise",
      "se-former--trouver-sa-formation",
    ],
    publics: ["actifs", "jeunes", "demandeurs-emploi"],
    audiences: ["chef-entreprise", "apprenti", "collegien-lyceen"],
    openingHours: WEEKDAYS,
  },
  {
    type: "CCONS",
    count: 4,
    spread: "top",
    title: (c) => `Chambre de commerce et d'industrie – ${c.city}`,
    mailDomain: "cci.example",
    summary: "Appui aux entreprises, formalités de création, apprentissage dans le commerce et les services.",
    body: "Les conseillers orientent les créateurs d'entreprise, aident les employeurs à recruter un apprenti et présentent l'offre des écoles consulaires.",
    services: ["information", "accompagnement", "formation"],
    themes: ["creer-une-entreprise--structurer-son-projet-de-creation-dentreprise", "se-former--trouver-sa-formation"],
    publics: ["actifs", "jeunes"],
    audiences: ["chef-entreprise", "apprenti"],
    openingHours: WEEKDAYS,
  },
  {
    type: "CITMET",
    count: 1,
    spread: "top",
    title: (c) => `Cité des métiers de ${c.city}`,
    mailDomain: "cite-des-metiers.example",
    summary: "Lieu ouvert à tous pour s'informer sur les métiers, la formation, l'emploi et la création d'activité, avec des conseillers de plusieurs réseaux.",
    body: "Entretiens sans rendez-vous, ateliers thématiques, espace documentaire et numérique.",
    services: ["information", "atelier", "accompagnement"],
    themes: [
      "choisir-un-metier--confirmer-son-choix-de-metier",
      "se-former--trouver-sa-formation",
      "creer-une-entreprise--definir-son-projet-de-creation-dentreprise",
    ],
    publics: ["tous-publics"],
    audiences: ["collegien-lyceen", "etudiant", "demandeur-emploi", "salarie", "chef-entreprise"],
    openingHours: "Du lundi au vendredi, de 9 h 30 à 17 h 30.",
  },
  {
    type: "MDEF",
    count: 1,
    spread: "department",
    title: (c) => `Maison de l'emploi et de la formation de ${c.city}`,
    mailDomain: "mdef.example",
    summary: "Point d'accueil de proximité pour l'emploi et la formation : information, orientation vers les bons interlocuteurs, ateliers.",
    body: "Permanences de partenaires (mission locale, France Travail, Cap emploi), espace numérique en accès libre et ateliers de recherche d'emploi.",
    services: ["information", "atelier"],
    themes: ["trouver-un-emploi--repondre-a-des-offres-demploi", "numerique--acceder-a-des-services-en-ligne"],
    publics: ["tous-publics"],
    audiences: ["demandeur-emploi", "salarie"],
    openingHours: WEEKDAYS,
  },
  {
    type: "E2C",
    count: 3,
    spread: "department",
    title: (c) => `École de la 2e chance de ${c.city}`,
    mailDomain: "e2c.example",
    summary: "Parcours de formation et d'insertion pour les jeunes de 16 à 25 ans sans diplôme ni qualification, en alternance avec des stages en entreprise.",
    body: "Remise à niveau, construction du projet professionnel et stages en entreprise, avec un accompagnement individuel pendant tout le parcours.",
    services: ["formation", "accompagnement"],
    themes: ["lecture-ecriture-calcul--maitriser-le-francais", "choisir-un-metier--confirmer-son-choix-de-metier"],
    publics: ["jeunes"],
    audiences: ["demandeur-emploi"],
    openingHours: WEEKDAYS,
  },
  {
    type: "RFS",
    count: 4,
    spread: "department",
    title: (c) => `France services de ${c.city}`,
    mailDomain: "france-services.example",
    summary: "Un guichet unique pour les démarches administratives du quotidien : emploi, retraite, famille, santé, logement.",
    body: "Des agents formés aident à créer un espace personnel en ligne, à suivre un dossier auprès de France Travail ou de la CAF, et orientent vers le bon interlocuteur.",
    services: ["information", "accompagnement"],
    themes: [
      "difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives",
      "numerique--acceder-a-des-services-en-ligne",
    ],
    publics: ["tous-publics"],
    audiences: ["demandeur-emploi", "salarie"],
    openingHours: "Du lundi au vendredi, de 9 h à 12 h ; le jeudi jusqu'à 18 h.",
  },
];

/** The template's communes: the largest ones, or the largest of each department. */
function communesFor(template: StructureTemplate, communes: SeedCommune[]): SeedCommune[] {
  if (template.spread === "top") return communes.slice(0, template.count);
  const seen = new Set<string>();
  const picked: SeedCommune[] = [];
  for (const commune of communes) {
    if (seen.has(commune.department)) continue;
    seen.add(commune.department);
    picked.push(commune);
    if (picked.length === template.count) break;
  }
  return picked;
}

/**
 * Demo support structures: real networks and real communes, with fictitious addresses, phone
 * numbers (ARCEP fiction ranges) and e-mail addresses (.example), stored with source "demo" so
 * every page can say so.
 */
export function buildDemoStructures(communes: SeedCommune[], publishedAt: Date): NewSupportStructure[] {
  const structures: NewSupportStructure[] = [];
  const slugs = new Set<string>();
  let n = 0;
  for (const template of TEMPLATES) {
    for (const commune of communesFor(template, communes)) {
      n += 1;
      const title = template.title(commune);
      let slug = slugify(title);
      for (let k = 2; slugs.has(slug); k++) slug = `${slugify(title)}-${k}`;
      slugs.add(slug);
      structures.push({
        slug,
        title,
        summary: template.summary,
        body: template.body,
        status: "published",
        publishedAt,
        audiences: template.audiences,
        territory: [departmentTerritory(commune.department)],
        source: DEMO_SOURCE,
        structureType: template.type,
        services: template.services,
        themes: template.themes,
        publics: template.publics,
        address: demoStreet(n),
        postcode: commune.postcode,
        city: commune.city,
        department: commune.department,
        region: commune.region,
        ...nudge(commune, n),
        phone: fictionPhone(commune.department, 1000 + n * 37),
        email: `${slugify(commune.city)}@${template.mailDomain}`,
        website: null,
        openingHours: template.openingHours,
      });
    }
  }
  return structures;
}
