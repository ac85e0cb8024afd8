import type { Audience } from "@/lib/editorial/vocabulary";

/** A pre-filtered way into one engine, written as the engine's own shareable URL. */
export type ProfileLink = { label: string; description: string; href: string };

export type Profile = {
  slug: Audience;
  label: string;
  /** "Vous êtes …" completion on the home page. */
  short: string;
  intro: string;
  links: ProfileLink[];
};

/**
 * The home page's "Vous êtes…" entry points. Each link is an ordinary engine URL, so a visitor
 * lands on a search they can refine, share or bookmark; tests/unit/lib/profiles.test.ts checks
 * that every parameter survives the engine's URL parsing.
 */
export const PROFILES: Profile[] = [
  {
    slug: "collegien-lyceen",
    label: "Collégien ou lycéen",
    short: "collégien ou lycéen",
    intro: "Découvrez les métiers, les formations en apprentissage après la 3e ou le bac, et les portes ouvertes près de chez vous.",
    links: [
      { label: "Découvrir les métiers", description: "Les 532 fiches métiers du ROME, par grand domaine.", href: "/metiers" },
      { label: "Se former en apprentissage (CAP, bac pro)", description: "Formations de niveau 3 et 4 en contrat d'apprentissage.", href: "/formations?alternance=apprentissage&niveau_sortie=3&niveau_sortie=4" },
      { label: "Portes ouvertes, salons et forums", description: "Les prochains évènements pour collégiens et lycéens.", href: "/evenements?profil=collegien-lyceen" },
      { label: "Guides et outils d'orientation", description: "Des ressources pour choisir sa voie.", href: "/ressources?profil=collegien-lyceen" },
    ],
  },
  {
    slug: "etudiant",
    label: "Étudiant",
    short: "étudiant",
    intro: "Poursuivez vos études en alternance, préparez un diplôme de l'enseignement supérieur ou changez de voie.",
    links: [
      { label: "Formations bac+2 à bac+5", description: "Formations de niveau 5 à 7.", href: "/formations?niveau_sortie=5&niveau_sortie=6&niveau_sortie=7" },
      { label: "Études en alternance", description: "Contrats d'apprentissage et de professionnalisation.", href: "/formations?alternance=apprentissage&alternance=professionnalisation&niveau_sortie=5&niveau_sortie=6&niveau_sortie=7" },
      { label: "Aides et financements", description: "Ce qui peut financer vos études ou votre projet.", href: "/financements?profil=etudiant" },
      { label: "Évènements pour les étudiants", description: "Salons, forums et journées portes ouvertes.", href: "/evenements?profil=etudiant" },
    ],
  },
  {
    slug: "apprenti",
    label: "Apprenti ou futur apprenti",
    short: "apprenti ou futur apprenti",
    intro: "Trouvez une formation en apprentissage, les aides auxquelles vous avez droit et les structures qui vous accompagnent.",
    links: [
      { label: "Formations en apprentissage", description: "Toutes les formations ouvertes en contrat d'apprentissage.", href: "/formations?alternance=apprentissage" },
      { label: "Aides aux apprentis", description: "Financements et aides pour les apprentis.", href: "/financements?profil=apprenti" },
      { label: "Se faire accompagner", description: "Missions locales, CIO et autres lieux de conseil.", href: "/structures?profil=apprenti" },
      { label: "Job datings et forums de l'alternance", description: "Rencontrer des employeurs.", href: "/evenements?profil=apprenti" },
    ],
  },
  {
    slug: "demandeur-emploi",
    label: "Demandeur d'emploi",
    short: "demandeur d'emploi",
    intro: "Les formations financées par la Région ou France Travail, les aides pour vous former et les lieux où être accompagné.",
    links: [
      { label: "Formations financées par la Région", description: "Formations gratuites pour les demandeurs d'emploi, prises en charge par la Région.", href: "/formations?financement=region" },
      { label: "Formations financées par France Travail", description: "Formations achetées ou aidées par France Travail.", href: "/formations?financement=france-travail" },
      { label: "Financer sa formation", description: "CPF, AIF, POEI, rémunération pendant la formation…", href: "/financements?profil=demandeur-emploi" },
      { label: "Se faire accompagner", description: "France Travail, Cap emploi, missions locales…", href: "/structures?profil=demandeur-emploi" },
    ],
  },
  {
    slug: "salarie",
    label: "Salarié",
    short: "salarié",
    intro: "Montez en compétences, faites valider votre expérience ou préparez une reconversion avec votre compte personnel de formation.",
    links: [
      { label: "Formations éligibles au CPF", description: "Formations finançables par votre compte personnel de formation.", href: "/formations?financement=cpf" },
      { label: "Formations certifiantes à distance", description: "Se former à son rythme, en ligne.", href: "/formations?modalite=distance&certification=certifiante" },
      { label: "Financer une reconversion", description: "CPF, projet de transition professionnelle, VAE…", href: "/financements?profil=salarie" },
      { label: "Conseil en évolution professionnelle", description: "Où être conseillé gratuitement.", href: "/structures?profil=salarie" },
    ],
  },
  {
    slug: "chef-entreprise",
    label: "Chef d'entreprise",
    short: "chef d'entreprise",
    intro: "Recrutez en alternance, formez vos salariés et trouvez les dispositifs qui financent leurs formations.",
    links: [
      { label: "Recruter un alternant", description: "Les formations en apprentissage ou en professionnalisation à proposer.", href: "/formations?alternance=apprentissage&alternance=professionnalisation" },
      { label: "Financer la formation de vos salariés", description: "Dispositifs pour les entreprises.", href: "/financements?profil=chef-entreprise" },
      { label: "Job datings et rencontres", description: "Rencontrer des candidats.", href: "/evenements?profil=chef-entreprise" },
      { label: "Organismes de formation", description: "Les organismes de la région et leur offre.", href: "/organismes" },
    ],
  },
  {
    slug: "professionnel-orientation",
    label: "Professionnel de l'orientation",
    short: "professionnel de l'orientation",
    intro: "Toute l'offre de formation, les métiers, les structures du territoire et des ressources pour accompagner vos publics.",
    links: [
      { label: "Toute l'offre de formation", description: "Avec tous les filtres : lieu, niveau, financement, alternance…", href: "/formations" },
      { label: "Les fiches métiers", description: "Appellations, compétences, accès et mobilités (ROME 4.0).", href: "/metiers" },
      { label: "Structures d'accompagnement", description: "Le réseau des lieux de conseil du territoire.", href: "/structures" },
      { label: "Ressources professionnelles", description: "Outils et sites de référence.", href: "/ressources?profil=professionnel-orientation" },
    ],
  },
];

export function getProfile(slug: string): Profile | undefined {
  return PROFILES.find((profile) => profile.slug === slug);
}
