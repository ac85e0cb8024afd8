import { REGION_NAMES } from "@/lib/catalog/territories";
import {
  type Audience,
  type FinancingKind,
  NATIONAL_TERRITORY,
  regionTerritory,
  slugify,
} from "@/lib/editorial/vocabulary";
import type { NewFinancingScheme } from "../schema";

/** Where the shipped Trèfle referential lives under db/seed/data (licence in LICENCE.md). */
export const TREFLE_FINANCING_FILE = "financement/trefle_financements.csv";
export const TREFLE_SOURCE = "trefle";

type CuratedText = { summary: string; conditions?: string; website?: string; audiences?: Audience[] };

/**
 * Short descriptions of the national schemes, written for the portal: the Trèfle referential
 * only names schemes and tags them. Everything else gets a summary generated from its tags.
 */
const CURATED: Record<string, CuratedText> = {
  "Compte Personnel de Formation (CPF)": {
    summary:
      "Les droits à la formation acquis au fil de la vie professionnelle, en euros, utilisables pour une formation certifiante, un bilan de compétences, une VAE ou le permis de conduire.",
    conditions:
      "Avoir des droits inscrits sur son compte. La demande se fait en ligne sur Mon Compte Formation ; un conseiller peut aider à compléter le financement si les droits ne suffisent pas.",
    website: "https://www.moncompteformation.gouv.fr",
    // Trèfle files this record under job seekers ("DE"); the page describes the CPF for everyone.
    audiences: ["salarie", "demandeur-emploi", "chef-entreprise"],
  },
  "CPF sur son temps de travail": {
    summary: "Utiliser son CPF pour une formation suivie en tout ou partie pendant les heures de travail.",
    conditions:
      "Demander l'accord de l'employeur sur le contenu et le calendrier de la formation : au moins 60 jours avant une formation de moins de 6 mois, 120 jours avant une formation plus longue.",
    website: "https://www.moncompteformation.gouv.fr",
  },
  "CPF hors temps de travail": {
    summary: "Utiliser son CPF pour une formation suivie en dehors des heures de travail, sans avoir à en informer l'employeur.",
    website: "https://www.moncompteformation.gouv.fr",
  },
  "Préparation opérationnelle à l'emploi collective": {
    summary:
      "Formation collective qui prépare des demandeurs d'emploi à des métiers qui recrutent, construite avec une branche professionnelle et financée par France Travail et les opérateurs de compétences (OPCO).",
  },
  "Formations avant embauche (AFPR, POEI)": {
    summary:
      "Formation financée par France Travail avant une embauche : l'employeur qui a déposé une offre s'engage à recruter le demandeur d'emploi formé.",
    audiences: ["demandeur-emploi", "chef-entreprise"],
  },
  "Aide individuelle à la formation": {
    summary:
      "Aide de France Travail qui finance tout ou partie d'une formation lorsque les autres financements ne suffisent pas, pour un projet validé avec le conseiller.",
  },
  "Formation en alternance : contrat d'apprentissage": {
    summary:
      "Contrat de travail qui alterne cours en centre de formation d'apprentis (CFA) et emploi en entreprise pour préparer un diplôme ou un titre. La formation est gratuite pour l'apprenti, qui est rémunéré.",
    conditions: "Avoir de 16 à 29 ans révolus ; pas de limite d'âge pour les personnes reconnues travailleurs handicapés.",
    audiences: ["apprenti", "collegien-lyceen", "etudiant", "demandeur-emploi", "chef-entreprise"],
  },
  "Formation en alternance : contrat de professionnalisation": {
    summary:
      "Contrat de travail en alternance pour acquérir une qualification reconnue (titre ou diplôme inscrit au RNCP, certificat de branche).",
    conditions:
      "Jeunes de 16 à 25 ans, demandeurs d'emploi de 26 ans et plus, bénéficiaires du RSA, de l'ASS ou de l'AAH.",
    audiences: ["apprenti", "etudiant", "demandeur-emploi", "chef-entreprise"],
  },
  "Financement individuel Agefiph": {
    summary:
      "Aides de l'Agefiph qui complètent le financement d'une formation pour les personnes en situation de handicap.",
  },
  "Fonds d'aide aux jeunes": {
    summary:
      "Aide du conseil départemental pour les jeunes de 18 à 25 ans en difficulté, qui peut contribuer à un projet de formation ; les missions locales accompagnent la demande.",
  },
  "Plan de développement des compétences": {
    summary:
      "Formations décidées par l'employeur pour ses salariés et financées par l'entreprise, avec l'appui de son opérateur de compétences (OPCO) pour les entreprises de moins de 50 salariés.",
    audiences: ["salarie", "chef-entreprise"],
  },
  "École de la deuxième chance": {
    summary:
      "Parcours de formation personnalisé, en alternance avec des stages en entreprise, pour les jeunes de 16 à 25 ans sortis de l'école sans diplôme ni qualification.",
  },
  "Action de formation collective financée par la région": {
    summary:
      "Formations dont la Région achète des places pour les demandeurs d'emploi : la formation est gratuite pour le stagiaire, qui peut être rémunéré selon sa situation.",
  },
};

const PTP_SUMMARY: CuratedText = {
  summary:
    "Le projet de transition professionnelle permet à un salarié de suivre une formation certifiante pour changer de métier, en gardant sa rémunération. La demande se fait auprès de Transitions Pro, dans sa région.",
  conditions:
    "Justifier de 24 mois d'activité salariée, dont 12 dans l'entreprise actuelle (conditions particulières pour les CDD, intérimaires et intermittents).",
};

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const REGION_BY_NAME = new Map(Object.entries(REGION_NAMES).map(([code, name]) => [fold(name), code]));

/** The region a tag names ("Grand-Est", "Provence-Alpes-Côte d'Azur"), if any. */
export function regionOfTag(tag: string): string | null {
  return REGION_BY_NAME.get(fold(tag)) ?? null;
}

const has = (tags: string[], ...wanted: string[]) => wanted.some((w) => tags.includes(w));

export function financingKindOf(tags: string[], typeLbf: string): FinancingKind {
  if (has(tags, "CPF")) return "cpf";
  if (has(tags, "alternance") || typeLbf === "contratapprentissage" || typeLbf === "contratdepro") return "alternance";
  if (has(tags, "ptp")) return "transition-professionnelle";
  if (has(tags, "plan de développement des compétences")) return "plan-entreprise";
  if (has(tags, "POE", "POEC", "POEI", "AFPR")) return "avant-embauche";
  if (has(tags, "collectif")) return "formation-collective";
  return "aide-individuelle";
}

export function financingAudiencesOf(tags: string[]): Audience[] {
  const audiences: Audience[] = [];
  if (has(tags, "DE")) audiences.push("demandeur-emploi");
  if (has(tags, "privé", "public", "salarié", "CDI", "CDD", "interim", "intermittent", "sur son temps de travail")) {
    audiences.push("salarie");
  }
  if (has(tags, "alternance")) audiences.push("apprenti");
  if (has(tags, "artisan")) audiences.push("chef-entreprise");
  return audiences;
}

/** Eligibility sentences read off the tags, so every scheme says who it is for. */
function conditionsFromTags(tags: string[], financedByFranceTravail: boolean): string[] {
  const lines: string[] = [];
  if (has(tags, "TH")) lines.push("Réservé aux personnes reconnues travailleurs handicapés (RQTH) ou assimilées.");
  if (has(tags, "jeune")) lines.push("Pour les jeunes, avec des conditions d'âge propres au dispositif.");
  if (has(tags, "VAE")) lines.push("Pour un parcours de validation des acquis de l'expérience (VAE).");
  if (has(tags, "domaine")) lines.push("Limité aux formations d'un domaine précis (par exemple le sanitaire et social).");
  const contracts = (["CDI", "CDD", "interim", "intermittent"] as const).filter((c) => tags.includes(c));
  if (contracts.length > 0) {
    const names = { CDI: "en CDI", CDD: "en CDD", interim: "intérimaires", intermittent: "intermittents du spectacle" };
    lines.push(`Pour les salariés ${contracts.map((c) => names[c]).join(", ")}.`);
  }
  if (has(tags, "sur son temps de travail")) lines.push("Formation suivie sur le temps de travail, avec l'accord de l'employeur.");
  if (has(tags, "hors temps de travail")) lines.push("Formation suivie en dehors du temps de travail.");
  if (has(tags, "collectif")) lines.push("Formation collective : les places sont réservées par le financeur auprès d'organismes de formation retenus.");
  if (has(tags, "individuel")) lines.push("Demande individuelle, pour une formation choisie par la personne.");
  if (financedByFranceTravail) lines.push("À demander à votre conseiller France Travail.");
  return lines;
}

function funderOf(tags: string[], regionCode: string | null): string {
  if (regionCode) return `la Région ${REGION_NAMES[regionCode] ?? ""}`.trim();
  if (has(tags, "Agefiph")) return "l'Agefiph";
  if (has(tags, "département")) return "le conseil départemental";
  if (has(tags, "État")) return "l'État";
  if (has(tags, "PE", "AIF")) return "France Travail";
  if (has(tags, "région")) return "la Région";
  return "un financeur public";
}

function generatedSummary(kind: FinancingKind, tags: string[], regionCode: string | null): string {
  const funder = funderOf(tags, regionCode);
  const audience = has(tags, "DE") ? " pour les demandeurs d'emploi" : "";
  switch (kind) {
    case "formation-collective":
      return `Formations dont ${funder} finance les places${audience} : la formation est gratuite pour le stagiaire.`;
    case "aide-individuelle":
      return `Aide de ${funder}${audience}, qui prend en charge tout ou partie d'une formation choisie.`;
    case "transition-professionnelle":
      return PTP_SUMMARY.summary;
    default:
      return `Dispositif de financement de la formation proposé par ${funder}${audience}.`;
  }
}

function firstWebUrl(raw: string | undefined): string | null {
  for (const candidate of (raw ?? "").split("|")) {
    const value = candidate.trim();
    if (/^https?:\/\/[^\s]+$/.test(value)) return value;
  }
  return null;
}

/**
 * One scheme per Trèfle record (rows of trefle_financements.csv). The referential names a few
 * schemes twice (a copy with fewer fields): the fuller record wins. Slugs are unique, suffixed
 * with the region when two regions use the same title. With `region`, only national schemes and
 * that region's are kept: a regional portal has no use for another region's programmes.
 */
export function buildFinancingSchemes(
  rows: Record<string, string>[],
  publishedAt: Date,
  options: { region?: string | null } = {},
): NewFinancingScheme[] {
  const byKey = new Map<string, Record<string, string>>();
  for (const row of rows) {
    const title = row.intitule?.trim();
    if (!title) continue;
    const key = `${title}|${row.tags ?? ""}`;
    const previous = byKey.get(key);
    if (!previous || (!previous.type_lbf && row.type_lbf)) byKey.set(key, row);
  }

  const slugs = new Set<string>();
  const schemes: NewFinancingScheme[] = [];
  for (const row of byKey.values()) {
    const title = row.intitule!.trim();
    const tags = (row.tags ?? "").split("|").map((t) => t.trim()).filter(Boolean);
    const regionCode = tags.map(regionOfTag).find((code): code is string => code !== null) ?? null;
    if (options.region && regionCode && regionCode !== options.region) continue;
    const kind = financingKindOf(tags, row.type_lbf ?? "");
    const curated = CURATED[title] ?? (kind === "transition-professionnelle" ? PTP_SUMMARY : undefined);
    const conditions = [curated?.conditions, ...conditionsFromTags(tags, row.financee_pe === "True")].filter(Boolean);

    let slug = slugify(title);
    if (slugs.has(slug) && regionCode) slug = slugify(`${title} ${REGION_NAMES[regionCode]}`);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(title)}-${n}`;
    slugs.add(slug);

    schemes.push({
      slug,
      title,
      acronym: row.sigle?.trim() || null,
      summary: curated?.summary ?? generatedSummary(kind, tags, regionCode),
      body: null,
      status: "published",
      publishedAt,
      kind,
      tags,
      audiences: curated?.audiences ?? financingAudiencesOf(tags),
      territory: [regionCode ? regionTerritory(regionCode) : NATIONAL_TERRITORY],
      conditions: conditions.length > 0 ? conditions.join("\n") : null,
      amounts: null,
      cpfEligible: kind === "cpf" || row.cpf_mobilisable === "True",
      website: curated?.website ?? firstWebUrl(row.ressources),
      source: TREFLE_SOURCE,
      externalRef: title,
    });
  }
  return schemes;
}
