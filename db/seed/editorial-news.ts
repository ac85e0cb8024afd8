import { sanitizeRichText } from "@/lib/cms/sanitize";
import {
  type Audience,
  departmentTerritory,
  NATIONAL_TERRITORY,
  type NewsTheme,
  regionTerritory,
} from "@/lib/editorial/vocabulary";
import type { NewInfoPage, NewNews } from "../schema";

/**
 * Demo news and Infos+ pages. National facts (CPF, apprenticeship, VAE…) are real and link to the
 * official sites, worded without amounts or dates that change every year; anything local (a forum,
 * a week of events) is fictitious and says so in its title. Dates are relative to the seed day so
 * the list never looks stale; one article is scheduled and one is a draft, to show that neither is
 * public.
 */

const DAY = 24 * 60 * 60 * 1000;

type Area = { region: string | null; department: string | null; city: string | null };

const link = (href: string, text: string) => `<a href="${href}">${text}</a>`;

type NewsEntry = Omit<NewNews, "publishedAt" | "source" | "status" | "territory"> & {
  /** Days after the seed day (negative: in the past); null for a draft. */
  offsetDays: number | null;
  status?: "published" | "scheduled" | "draft";
  themes: NewsTheme[];
  audiences: Audience[];
  scope: "national" | "region" | "department";
};

function newsEntries(area: Area): NewsEntry[] {
  const city = area.city ?? "la préfecture";
  return [
    {
      slug: "cpf-ce-qui-change-avec-la-participation-forfaitaire",
      title: "Compte personnel de formation : ce qui change avec la participation forfaitaire",
      summary:
        "Depuis mai 2024, une participation forfaitaire est demandée à la plupart des titulaires du CPF qui achètent une formation. Qui est concerné, qui en est exonéré ?",
      body: `<p>Le compte personnel de formation (CPF) permet à chaque actif d'acquérir des droits à la formation tout au long de sa vie professionnelle. Depuis le 2 mai 2024, une <strong>participation forfaitaire</strong> est demandée lors de l'achat d'une formation sur ${link("https://www.moncompteformation.gouv.fr", "Mon Compte Formation")}. Son montant est revalorisé chaque année.</p>
<h2>Qui n'a rien à payer ?</h2>
<p>En sont notamment exonérés :</p>
<ul><li>les demandeurs d'emploi ;</li><li>les titulaires dont l'employeur complète le financement de la formation.</li></ul>
<h2>Combien de droits acquiert-on ?</h2>
<p>Un salarié à temps plein acquiert 500 € par an, dans la limite de 5 000 €. Les salariés peu qualifiés acquièrent 800 € par an, dans la limite de 8 000 €.</p>
<p>Les règles détaillées sont publiées sur ${link("https://www.service-public.fr", "service-public.fr")}.</p>`,
      offsetDays: -3,
      themes: ["financement", "formation"],
      audiences: ["salarie", "demandeur-emploi"],
      scope: "national",
    },
    {
      slug: "apprentissage-les-etapes-pour-signer-son-contrat",
      title: "Apprentissage : les étapes pour signer son contrat",
      summary: "Trouver un employeur et une formation, signer le contrat, commencer : le parcours d'un futur apprenti, pas à pas.",
      body: `<p>Le contrat d'apprentissage associe une formation en centre de formation d'apprentis (CFA) et un emploi en entreprise. Il s'adresse en principe aux jeunes de 16 à 29 ans révolus ; la limite d'âge ne s'applique pas notamment aux personnes reconnues travailleurs handicapés.</p>
<h2>Les étapes</h2>
<ol><li>choisir un métier et un diplôme ;</li><li>chercher une entreprise et un CFA, en même temps ;</li><li>signer le contrat avec l'employeur, qui le transmet à son opérateur de compétences ;</li><li>commencer la formation et le travail en entreprise.</li></ol>
<h2>Où chercher ?</h2>
<p>Les offres de contrats et les formations sont sur ${link("https://www.alternance.emploi.gouv.fr", "le portail de l'alternance")} et sur ${link("https://www.1jeune1solution.gouv.fr", "1jeune1solution.gouv.fr")}. Les formations en apprentissage de la région sont aussi sur ce portail : <a href="/formations?alternance=apprentissage">voir les formations en apprentissage</a>.</p>`,
      offsetDays: -8,
      themes: ["alternance", "formation"],
      audiences: ["apprenti", "collegien-lyceen", "chef-entreprise"],
      scope: "national",
    },
    {
      slug: "france-vae-faire-reconnaitre-son-experience-par-un-diplome",
      title: "France VAE : faire reconnaître son expérience par un diplôme",
      summary:
        "Le service public France VAE accompagne les candidats à la validation des acquis de l'expérience, du choix du diplôme jusqu'au jury.",
      body: `<p>La validation des acquis de l'expérience (VAE) permet d'obtenir tout ou partie d'une certification enregistrée au répertoire national (RNCP) grâce à son expérience, professionnelle, bénévole ou personnelle.</p>
<h2>Un guichet unique</h2>
<p>Depuis la réforme de 2022, le service public ${link("https://vae.gouv.fr", "France VAE")} permet de créer son dossier en ligne et d'être mis en relation avec un architecte accompagnateur de parcours.</p>
<h2>Les grandes étapes</h2>
<ul><li>choisir la certification visée ;</li><li>faire reconnaître la recevabilité de sa demande ;</li><li>être accompagné pour décrire son expérience ;</li><li>présenter son parcours devant un jury.</li></ul>
<p>Les certifications sont décrites sur ${link("https://www.francecompetences.fr", "le site de France compétences")}.</p>`,
      offsetDays: -15,
      themes: ["vae", "certification"],
      audiences: ["salarie", "demandeur-emploi"],
      scope: "national",
    },
    {
      slug: "demo-semaine-de-l-orientation-dans-les-lycees",
      title: "Semaine de l'orientation dans les lycées de la région (démonstration)",
      summary:
        "Exemple d'actualité régionale : une semaine fictive de rencontres avec des professionnels et des centres de formation, pour illustrer le portail.",
      body: `<p><strong>Actualité de démonstration :</strong> l'évènement décrit ici est fictif.</p>
<h2>Au programme</h2>
<ul><li>des rencontres avec des professionnels de plusieurs secteurs ;</li><li>des présentations de formations en apprentissage ;</li><li>des ateliers pour préparer ses vœux.</li></ul>
<p>Pour préparer ces rencontres, les fiches métiers de l'${link("https://www.onisep.fr", "ONISEP")} et les <a href="/metiers">fiches métiers du portail</a> sont de bons points de départ.</p>`,
      offsetDays: -5,
      themes: ["orientation", "metiers"],
      audiences: ["collegien-lyceen", "professionnel-orientation"],
      scope: "region",
    },
    {
      slug: "demo-forum-des-metiers-de-l-aide-a-domicile",
      title: `Forum des métiers de l'aide à domicile à ${city} (démonstration)`,
      summary: "Exemple d'actualité départementale : un forum fictif pour découvrir les métiers du soin et de l'aide à la personne.",
      body: `<p><strong>Actualité de démonstration :</strong> ce forum, ses horaires et son adresse sont fictifs.</p>
<h2>Pourquoi venir ?</h2>
<ul><li>découvrir des métiers qui recrutent ;</li><li>rencontrer des employeurs et des organismes de formation ;</li><li>se renseigner sur les financements possibles.</li></ul>
<p>Les formations du secteur sont dans le <a href="/formations?q=aide+a+domicile">catalogue des formations</a>.</p>`,
      offsetDays: -12,
      themes: ["metiers", "emploi"],
      audiences: ["demandeur-emploi", "salarie"],
      scope: "department",
    },
    {
      slug: "parcoursup-preparer-ses-voeux",
      title: "Parcoursup : bien préparer ses vœux",
      summary: "Découvrir les formations, lire leurs attendus, en parler autour de soi : quelques repères avant la phase des vœux.",
      body: `<p>${link("https://www.parcoursup.gouv.fr", "Parcoursup")} est la plateforme nationale d'admission en première année de l'enseignement supérieur. Son calendrier est publié chaque année sur le site.</p>
<h2>Quelques repères</h2>
<ul><li>consulter les fiches des formations et leurs attendus ;</li><li>visiter les journées portes ouvertes ;</li><li>échanger avec son professeur principal ou un psychologue de l'Éducation nationale.</li></ul>
<p>L'${link("https://www.onisep.fr", "ONISEP")} publie des guides sur les études après le bac.</p>`,
      offsetDays: -25,
      themes: ["orientation", "formation"],
      audiences: ["collegien-lyceen", "etudiant"],
      scope: "national",
    },
    {
      slug: "creer-son-entreprise-aides-et-accompagnement",
      title: "Créer son entreprise : les aides et l'accompagnement",
      summary: "Exonérations de début d'activité, aides de France Travail, réseaux d'accompagnement : les points d'entrée pour un projet de création.",
      body: `<p>Créer ou reprendre une entreprise se prépare. Plusieurs dispositifs nationaux existent :</p>
<ul><li>l'aide aux créateurs et repreneurs d'entreprise (ACRE), une exonération partielle de cotisations sociales au début de l'activité ;</li><li>pour les demandeurs d'emploi indemnisés, des aides de ${link("https://www.francetravail.fr", "France Travail")} ;</li><li>des formations à la gestion d'entreprise, finançables selon les cas par le CPF.</li></ul>
<h2>Se renseigner</h2>
<p>Les conditions à jour sont sur ${link("https://www.service-public.fr", "service-public.fr")}.</p>`,
      offsetDays: -40,
      themes: ["creation-entreprise", "financement"],
      audiences: ["chef-entreprise", "demandeur-emploi"],
      scope: "national",
    },
    {
      slug: "demo-reunion-d-information-sur-la-vae",
      title: "Réunion d'information sur la VAE (démonstration, programmée)",
      summary: "Exemple d'actualité programmée : elle ne sera visible qu'à sa date de publication.",
      body: `<p><strong>Actualité de démonstration :</strong> cette réunion est fictive.</p><p>Voir ${link("https://vae.gouv.fr", "France VAE")}.</p>`,
      offsetDays: 10,
      status: "scheduled",
      themes: ["vae"],
      audiences: ["salarie"],
      scope: "department",
    },
    {
      slug: "demo-brouillon-bilan-des-formations-financees",
      title: "Bilan des formations financées (brouillon de démonstration)",
      summary: "Exemple de brouillon : il n'apparaît nulle part sur le site public.",
      body: "<p>Texte en cours de rédaction.</p>",
      offsetDays: null,
      status: "draft",
      themes: ["formation"],
      audiences: [],
      scope: "region",
    },
  ];
}

function territoryOf(scope: NewsEntry["scope"], area: Area): string[] {
  if (scope === "department" && area.department) return [departmentTerritory(area.department)];
  if (scope !== "national" && area.region) return [regionTerritory(area.region)];
  return [NATIONAL_TERRITORY];
}

/** The demo articles, placed in the catalogue's region and its first department. */
export function buildDemoNews(options: { today: Date; area: Area }): NewNews[] {
  return newsEntries(options.area).map(({ offsetDays, status = "published", scope, body, ...entry }) => ({
    ...entry,
    body: sanitizeRichText(body),
    status,
    publishedAt: offsetDays === null ? null : new Date(options.today.getTime() + offsetDays * DAY),
    territory: territoryOf(scope, options.area),
    source: "demo",
  }));
}

type InfoPageEntry = Pick<NewInfoPage, "slug" | "title" | "summary" | "body" | "menuPosition"> & { audiences: Audience[] };

const INFO_PAGES: InfoPageEntry[] = [
  {
    slug: "financer-sa-formation-quand-on-est-salarie",
    title: "Financer sa formation quand on est salarié",
    summary: "Compte personnel de formation, plan de développement des compétences, projet de transition professionnelle : qui paie quoi.",
    menuPosition: 1,
    audiences: ["salarie"],
    body: `<h2>Votre compte personnel de formation (CPF)</h2>
<p>Vos droits s'affichent sur ${link("https://www.moncompteformation.gouv.fr", "Mon Compte Formation")}, où vous pouvez aussi vous inscrire à une formation éligible. Une participation forfaitaire est demandée, sauf si votre employeur complète le financement.</p>
<h2>Le plan de développement des compétences</h2>
<p>Votre employeur peut financer des formations dans le cadre de son plan. Parlez-en lors de votre entretien professionnel.</p>
<h2>Changer de métier</h2>
<p>Le projet de transition professionnelle permet de suivre une formation certifiante longue en étant rémunéré. Voir les conditions sur ${link("https://www.service-public.fr", "service-public.fr")}.</p>
<p>Consultez aussi les <a href="/financements?profil=salarie">dispositifs de financement pour les salariés</a>.</p>`,
  },
  {
    slug: "financer-sa-formation-quand-on-cherche-un-emploi",
    title: "Financer sa formation quand on cherche un emploi",
    summary: "Formations financées par la Région ou par France Travail, CPF sans participation : les pistes pour se former sans avancer les frais.",
    menuPosition: 2,
    audiences: ["demandeur-emploi"],
    body: `<h2>Les formations financées par la Région</h2>
<p>La Région achète des formations pour les demandeurs d'emploi : elles sont gratuites pour les stagiaires. <a href="/formations?financement=region">Voir les formations financées par la Région</a>.</p>
<h2>Les aides de France Travail</h2>
<p>Votre conseiller ${link("https://www.francetravail.fr", "France Travail")} peut mobiliser une aide individuelle à la formation lorsque le projet est validé.</p>
<h2>Votre CPF</h2>
<p>Les demandeurs d'emploi n'ont pas de participation forfaitaire à payer sur ${link("https://www.moncompteformation.gouv.fr", "Mon Compte Formation")}.</p>`,
  },
  {
    slug: "trouver-une-alternance",
    title: "Trouver une alternance",
    summary: "Apprentissage ou professionnalisation, où trouver une entreprise et un centre de formation, et quand commencer à chercher.",
    menuPosition: 3,
    audiences: ["apprenti", "etudiant", "collegien-lyceen"],
    body: `<h2>Deux contrats</h2>
<ul><li><strong>le contrat d'apprentissage</strong>, en principe de 16 à 29 ans révolus, prépare un diplôme ou un titre professionnel ;</li><li><strong>le contrat de professionnalisation</strong> s'adresse notamment aux 16-25 ans et aux demandeurs d'emploi de 26 ans et plus.</li></ul>
<h2>Chercher tôt, et en parallèle</h2>
<p>Cherchez en même temps une entreprise et une formation : les offres sont sur ${link("https://www.alternance.emploi.gouv.fr", "le portail de l'alternance")} et ${link("https://www.1jeune1solution.gouv.fr", "1jeune1solution.gouv.fr")}.</p>
<p><a href="/formations?alternance=apprentissage">Voir les formations en apprentissage du portail</a>.</p>`,
  },
  {
    slug: "se-reorienter",
    title: "Se réorienter",
    summary: "Faire le point, être conseillé gratuitement, choisir une formation : les étapes d'une reconversion.",
    menuPosition: 4,
    audiences: ["salarie", "demandeur-emploi"],
    body: `<h2>Être conseillé gratuitement</h2>
<p>Le conseil en évolution professionnelle (CEP) est un service gratuit et confidentiel, ouvert à tous les actifs. Il aide à clarifier un projet et à trouver les financements.</p>
<h2>Faire un bilan de compétences</h2>
<p>Le bilan de compétences peut être financé par le compte personnel de formation.</p>
<h2>Explorer les métiers</h2>
<p>Les <a href="/metiers">fiches métiers</a> décrivent les activités, l'accès et les métiers proches.</p>
<p>Les <a href="/structures?profil=salarie">lieux de conseil près de chez vous</a> sont listés sur le portail.</p>`,
  },
  {
    slug: "faire-valider-son-experience-vae",
    title: "Faire valider son expérience (VAE)",
    summary: "Obtenir un diplôme grâce à son expérience : les étapes avec le service public France VAE.",
    menuPosition: 5,
    audiences: ["salarie", "demandeur-emploi"],
    body: `<h2>Qu'est-ce que la VAE ?</h2>
<p>La validation des acquis de l'expérience permet d'obtenir tout ou partie d'une certification enregistrée au RNCP grâce à son expérience.</p>
<h2>Les étapes</h2>
<ol><li>créer son dossier sur ${link("https://vae.gouv.fr", "vae.gouv.fr")} ;</li><li>choisir la certification avec un accompagnateur ;</li><li>décrire son expérience ;</li><li>passer devant le jury.</li></ol>
<p>Les certifications sont consultables sur ${link("https://www.francecompetences.fr", "francecompetences.fr")}.</p>`,
  },
  {
    slug: "choisir-son-orientation-apres-la-3e-ou-le-bac",
    title: "Choisir son orientation après la 3e ou le bac",
    summary: "Voie générale, professionnelle, apprentissage, études supérieures : où s'informer et qui consulter.",
    menuPosition: 6,
    audiences: ["collegien-lyceen", "etudiant", "professionnel-orientation"],
    body: `<h2>S'informer</h2>
<p>L'${link("https://www.onisep.fr", "ONISEP")} publie l'information officielle sur les formations et les métiers.</p>
<h2>Être accompagné</h2>
<p>Les psychologues de l'Éducation nationale reçoivent élèves et familles au collège, au lycée et dans les centres d'information et d'orientation (CIO).</p>
<h2>Après le bac</h2>
<p>Les candidatures en première année se font sur ${link("https://www.parcoursup.gouv.fr", "Parcoursup")}.</p>`,
  },
  {
    slug: "creer-ou-reprendre-une-entreprise",
    title: "Créer ou reprendre une entreprise",
    summary: "Hors menu : une page publiée qui n'apparaît que par ses liens (démonstration du menu Infos+).",
    menuPosition: null,
    audiences: ["chef-entreprise"],
    body: `<p>Les aides à la création et à la reprise d'entreprise sont présentées sur ${link("https://www.service-public.fr", "service-public.fr")}.</p>`,
  },
];

/** The demo Infos+ pages, national; one is kept off the menu. */
export function buildDemoInfoPages(options: { today: Date }): NewInfoPage[] {
  return INFO_PAGES.map(({ body, ...page }) => ({
    ...page,
    body: sanitizeRichText(body),
    status: "published",
    publishedAt: new Date(options.today.getTime() - 30 * DAY),
    territory: [NATIONAL_TERRITORY],
    source: "demo",
  }));
}
