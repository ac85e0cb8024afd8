/**
 * Strings of the network home (one welcome per kind of member) and of the administrators' page
 * choosing the highlighted talents. Free of server imports (client buttons read them too).
 */

type Shortcut = { label: string; description: string };

type HomeStrings = {
  alumni: { title: (name: string) => string; intro: string };
  organisation: { title: (name: string) => string; intro: (organisation: string | null) => string };
  admin: { title: string; intro: string; role: (level: string, scope: string | null) => string };
  shortcutsHeading: string;
  shortcuts: {
    directory: Shortcut;
    directoryOrganisation: Shortcut;
    profile: Shortcut;
    account: Shortcut;
    privacy: Shortcut;
    whatYouSee: Shortcut;
    posts: Shortcut;
    requests: Shortcut;
    members: Shortcut;
    talents: Shortcut;
    postsAdmin: Shortcut;
    newsletters: Shortcut;
    adminHelp: Shortcut;
  };
  talentsHeading: string;
  talentsIntro: string;
  noTalents: string;
  manageTalents: string;
  eventsHeading: string;
  newsHeading: string;
  noEvents: string;
  noNews: string;
  seeAllPosts: string;
  talents: {
    title: string;
    intro: (max: number) => string;
    currentHeading: (count: number, max: number) => string;
    none: string;
    limitReached: (max: number) => string;
    searchHeading: string;
    searchLabel: string;
    searchHint: string;
    searchSubmit: string;
    resultsHeading: (query: string) => string;
    noResults: string;
    currentCaption: string;
    resultsCaption: string;
    columns: { name: string; company: string; position: string; country: string; featuredSince: string; action: string };
    feature: string;
    featureFor: (name: string) => string;
    unfeature: string;
    unfeatureFor: (name: string) => string;
    featuredBadge: string;
    pending: string;
    messages: { notFound: string; limit: (max: number) => string; featured: string; unfeatured: string };
  };
};

const fr: HomeStrings = {
  alumni: {
    title: (name) => `Bienvenue dans le réseau, ${name}`,
    intro:
      "Retrouvez les anciens élèves et formateurs internationaux du Campus, tenez votre profil à jour et suivez les nouvelles et les rencontres du réseau.",
  },
  organisation: {
    title: (name) => `Bienvenue, ${name}`,
    intro: (organisation) =>
      `${organisation ? `Espace de ${organisation}, organisme de formation membre du Campus. ` : "Espace des organismes de formation membres du Campus. "}Trouvez les alumni par pays d'activité, école d'origine ou société, et suivez les nouvelles du réseau.`,
  },
  admin: {
    title: "Administration du réseau des alumni",
    intro: "Examinez les demandes d'adhésion, animez le réseau et consultez l'annuaire complet.",
    role: (level, scope) => `Votre rôle : ${level}${scope ? ` — ${scope}` : ""}.`,
  },
  shortcutsHeading: "Accès rapides",
  shortcuts: {
    directory: { label: "Rechercher dans l'annuaire", description: "Retrouvez d'autres alumni par pays, école, formation ou société." },
    directoryOrganisation: { label: "Rechercher des alumni", description: "Par pays d'activité, école d'origine ou société." },
    profile: { label: "Mettre à jour mon profil", description: "Votre parcours, votre société, vos coordonnées." },
    account: { label: "Mon profil", description: "Vos informations de membre et votre langue." },
    privacy: { label: "Qui voit quoi de mon profil", description: "Les champs visibles des autres alumni et des organismes de formation." },
    whatYouSee: { label: "Ce que vous pouvez voir et rechercher", description: "Les champs et critères ouverts aux organismes de formation." },
    posts: { label: "Actualités et événements", description: "Les nouvelles du réseau et les rencontres à venir." },
    requests: { label: "Demandes d'adhésion", description: "Approuver ou refuser après vérification de l'appartenance." },
    members: { label: "Membres", description: "Tous les membres du réseau et leur statut." },
    talents: { label: "Talents à l'honneur", description: "Choisir les profils présentés sur cet accueil." },
    postsAdmin: { label: "Publier actualités et événements", description: "Brouillons, publications, traductions." },
    newsletters: { label: "Lettres d'information", description: "Composer et envoyer une lettre à un groupe de membres." },
    adminHelp: { label: "Aide des administrateurs", description: "Niveaux d'administration et règles de visibilité." },
  },
  talentsHeading: "Talents à l'honneur",
  talentsIntro: "Des parcours d'alumni choisis par les administrateurs du réseau.",
  noTalents: "Aucun talent n'est mis en avant pour le moment.",
  manageTalents: "Choisir les talents mis en avant",
  eventsHeading: "Prochains événements",
  newsHeading: "Dernières actualités",
  noEvents: "Aucun événement n'est annoncé pour le moment.",
  noNews: "Aucune actualité n'a encore été publiée.",
  seeAllPosts: "Toutes les actualités et tous les événements",
  talents: {
    title: "Talents à l'honneur",
    intro: (max) =>
      `Choisissez jusqu'à ${max} alumni dont le profil est présenté sur l'accueil du réseau. Chaque membre n'y voit que les champs que la grille de visibilité lui ouvre : les organismes de formation ne voient ni le pays d'origine ni les coordonnées.`,
    currentHeading: (count, max) => `Profils mis en avant (${count} sur ${max})`,
    none: "Aucun profil n'est mis en avant.",
    limitReached: (max) => `Le maximum de ${max} profils est atteint : retirez-en un pour en ajouter un autre.`,
    searchHeading: "Ajouter un alumni",
    searchLabel: "Nom ou prénom",
    searchHint: "Seuls les alumni dont l'adhésion est approuvée apparaissent.",
    searchSubmit: "Rechercher",
    resultsHeading: (query) => (query ? `Alumni dont le nom contient « ${query} »` : "Alumni approuvés"),
    noResults: "Aucun alumni approuvé ne correspond à ce nom.",
    currentCaption: "Profils actuellement mis en avant",
    resultsCaption: "Alumni trouvés",
    columns: { name: "Nom", company: "Société", position: "Fonction", country: "Pays d'activité", featuredSince: "Mis en avant le", action: "Action" },
    feature: "Mettre en avant",
    featureFor: (name) => `Mettre en avant ${name}`,
    unfeature: "Retirer",
    unfeatureFor: (name) => `Retirer ${name} des talents à l'honneur`,
    featuredBadge: "Mis en avant",
    pending: "Enregistrement…",
    messages: {
      notFound: "Ce membre n'est pas un alumni approuvé.",
      limit: (max) => `L'accueil présente au plus ${max} talents : retirez-en un avant d'en ajouter un autre.`,
      featured: "Le profil est mis en avant sur l'accueil du réseau.",
      unfeatured: "Le profil n'est plus mis en avant.",
    },
  },
};

const en: HomeStrings = {
  alumni: {
    title: (name) => `Welcome to the network, ${name}`,
    intro: "Find the Campus's international alumni and former trainers, keep your profile up to date and follow the network's news and gatherings.",
  },
  organisation: {
    title: (name) => `Welcome, ${name}`,
    intro: (organisation) =>
      `${organisation ? `Space of ${organisation}, a member training organisation of the Campus. ` : "Space of the Campus's member training organisations. "}Find alumni by country of activity, school of origin or company, and follow the network's news.`,
  },
  admin: {
    title: "Alumni network administration",
    intro: "Review membership requests, run the network and browse the complete directory.",
    role: (level, scope) => `Your role: ${level}${scope ? ` — ${scope}` : ""}.`,
  },
  shortcutsHeading: "Quick links",
  shortcuts: {
    directory: { label: "Search the directory", description: "Find other alumni by country, school, training or company." },
    directoryOrganisation: { label: "Search alumni", description: "By country of activity, school of origin or company." },
    profile: { label: "Update my profile", description: "Your career, your company, your contact details." },
    account: { label: "My profile", description: "Your member details and your language." },
    privacy: { label: "Who sees what of my profile", description: "The fields other alumni and training organisations can see." },
    whatYouSee: { label: "What you can see and search", description: "The fields and criteria open to training organisations." },
    posts: { label: "News and events", description: "The network's news and upcoming gatherings." },
    requests: { label: "Membership requests", description: "Approve or refuse after checking membership." },
    members: { label: "Members", description: "Every member of the network and their status." },
    talents: { label: "Featured talents", description: "Choose the profiles shown on this home page." },
    postsAdmin: { label: "Publish news and events", description: "Drafts, publications, translations." },
    newsletters: { label: "Newsletters", description: "Write and send a newsletter to a group of members." },
    adminHelp: { label: "Administrators' help", description: "Administration levels and visibility rules." },
  },
  talentsHeading: "Featured talents",
  talentsIntro: "Alumni careers chosen by the network administrators.",
  noTalents: "No talent is featured at the moment.",
  manageTalents: "Choose the featured talents",
  eventsHeading: "Upcoming events",
  newsHeading: "Latest news",
  noEvents: "No event has been announced yet.",
  noNews: "No news has been published yet.",
  seeAllPosts: "All news and events",
  talents: {
    title: "Featured talents",
    intro: (max) =>
      `Choose up to ${max} alumni whose profile is shown on the network home. Each member sees only the fields the visibility grid opens to them: training organisations see neither the country of origin nor the contact details.`,
    currentHeading: (count, max) => `Featured profiles (${count} of ${max})`,
    none: "No profile is featured.",
    limitReached: (max) => `The maximum of ${max} profiles is reached: remove one to add another.`,
    searchHeading: "Add an alumni",
    searchLabel: "Last or first name",
    searchHint: "Only alumni whose membership is approved are listed.",
    searchSubmit: "Search",
    resultsHeading: (query) => (query ? `Alumni whose name contains “${query}”` : "Approved alumni"),
    noResults: "No approved alumni matches this name.",
    currentCaption: "Profiles currently featured",
    resultsCaption: "Alumni found",
    columns: { name: "Name", company: "Company", position: "Position", country: "Country of activity", featuredSince: "Featured on", action: "Action" },
    feature: "Feature",
    featureFor: (name) => `Feature ${name}`,
    unfeature: "Remove",
    unfeatureFor: (name) => `Remove ${name} from the featured talents`,
    featuredBadge: "Featured",
    pending: "Saving…",
    messages: {
      notFound: "This member is not an approved alumni.",
      limit: (max) => `The home page shows at most ${max} talents: remove one before adding another.`,
      featured: "The profile is featured on the network home.",
      unfeatured: "The profile is no longer featured.",
    },
  },
};

export const homeStrings: { fr: HomeStrings; en: HomeStrings } = { fr, en };
export type { HomeStrings };
