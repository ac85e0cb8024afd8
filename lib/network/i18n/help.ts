import type { NetworkViewer } from "../matrix";

/**
 * Strings of the network's online help, one part per kind of member. The lists of fields and
 * criteria are not written here: the page generates them from lib/network/matrix.ts, so the
 * help cannot drift from what the server enforces.
 */

type Section = { title: string; paragraphs: string[] };

type HelpStrings = {
  title: string;
  intro: Record<"alumni" | "organisation" | "admin", string>;
  tocLabel: string;
  viewers: Record<NetworkViewer, string>;
  visible: string;
  hidden: string;
  searchable: string;
  notSearchable: string;
  fieldColumn: string;
  criterionColumn: string;
  alumni: {
    profile: Section;
    directory: Section;
    youCanSearch: string;
    privacy: Section;
    privacyCaption: string;
    organisationsSee: string;
    organisationsNeverSee: string;
  };
  organisation: {
    whatYouSee: Section;
    youSee: string;
    youDoNotSee: string;
    search: Section;
    youCanSearch: string;
    searchNotShown: (fields: string) => string;
  };
  common: { posts: Section; language: Section; newsletters: Section };
  admin: {
    heading: string;
    yourLevel: (level: string) => string;
    levels: Section;
    levelsCaption: string;
    capabilityColumn: string;
    capabilities: { read: string; publish: string; approve: string };
    levelNames: { network_admin: string; network_editor: string; network_reader: string };
    yes: string;
    no: string;
    approval: Section;
    talents: Section;
    posts: Section;
    newsletters: Section;
    matrix: Section;
    fieldsCaption: string;
    searchCaption: string;
  };
};

const fr: HelpStrings = {
  title: "Aide en ligne",
  intro: {
    alumni: "Tout ce qu'il faut savoir pour utiliser le réseau en tant qu'alumni : votre profil, l'annuaire, et qui voit quoi de vos informations.",
    organisation: "Tout ce qu'il faut savoir pour utiliser le réseau en tant qu'organisme de formation membre : ce que vous pouvez rechercher et voir des alumni.",
    admin: "L'aide des administrateurs du réseau, suivie de l'aide des alumni et des organismes de formation, pour les accompagner.",
  },
  tocLabel: "Sommaire de l'aide",
  viewers: {
    bricks_admin: "Administrateur (community manager Bricks)",
    campus_admin: "Administrateur (direction du Campus)",
    alumni: "Autres alumni",
    organisation_member: "Organismes de formation membres",
  },
  visible: "Visible",
  hidden: "Non visible",
  searchable: "Oui",
  notSearchable: "Non",
  fieldColumn: "Champ du profil",
  criterionColumn: "Critère de recherche",
  alumni: {
    profile: {
      title: "Votre profil",
      paragraphs: [
        "Depuis « Mon profil », complétez et modifiez à tout moment votre parcours : pays d'activité, école d'origine, société, fonction, formation suivie au Campus, coordonnées de contact.",
        "Le nom, le prénom, le pays d'origine et la société sont obligatoires. Une fois par an, un courriel vous invite à vérifier que votre profil est à jour.",
      ],
    },
    directory: {
      title: "Rechercher dans l'annuaire",
      paragraphs: [
        "Combinez plusieurs critères pour affiner la recherche ; les accents et les majuscules ne comptent pas. La liste des résultats peut être imprimée au format PDF, avec les seules colonnes que vous pouvez voir.",
      ],
    },
    youCanSearch: "En tant qu'alumni, vous pouvez rechercher par :",
    privacy: {
      title: "Qui voit quoi de votre profil",
      paragraphs: [
        "La visibilité de chaque champ est fixée par la charte du réseau et appliquée par le serveur, dans les pages, l'annuaire, les exports PDF et les talents mis en avant.",
      ],
    },
    privacyCaption: "Visibilité de chaque champ de votre profil selon qui le consulte",
    organisationsSee: "Les organismes de formation membres voient de vous :",
    organisationsNeverSee: "Ils ne voient jamais :",
  },
  organisation: {
    whatYouSee: {
      title: "Ce que vous voyez des alumni",
      paragraphs: [
        "Les profils des alumni vous sont présentés avec les seuls champs ouverts aux organismes de formation. Les coordonnées personnelles ne sont pas communiquées : pour joindre un alumni, adressez-vous aux administrateurs du réseau.",
      ],
    },
    youSee: "Vous voyez :",
    youDoNotSee: "Vous ne voyez pas :",
    search: {
      title: "Ce que vous pouvez rechercher",
      paragraphs: ["Combinez les critères pour affiner la recherche ; les accents et les majuscules ne comptent pas. La liste peut être imprimée au format PDF."],
    },
    youCanSearch: "Vous pouvez rechercher par :",
    searchNotShown: (fields) => `Certains critères servent à la recherche sans être affichés dans les résultats : ${fields}.`,
  },
  common: {
    posts: {
      title: "Actualités et événements",
      paragraphs: [
        "La page « Actualités et événements » rassemble les nouvelles du réseau et les rencontres à venir. Chaque événement peut être ajouté à votre agenda (fichier .ics).",
      ],
    },
    language: {
      title: "Langue",
      paragraphs: ["Le réseau est disponible en français et en anglais : choisissez la langue avec les boutons FR / EN en haut de page. Votre choix est aussi celui de vos courriels."],
    },
    newsletters: {
      title: "Lettres d'information",
      paragraphs: ["Les administrateurs envoient des lettres d'information aux membres. Chaque lettre contient un lien de désinscription."],
    },
  },
  admin: {
    heading: "Administration du réseau",
    yourLevel: (level) => `Votre niveau d'administration : ${level}.`,
    levels: {
      title: "Niveaux d'administration",
      paragraphs: [
        "Les deux administrateurs du réseau (community manager Bricks et direction du Campus) peuvent chacun être administrateur complet, partiel ou en lecture seule. Ce tableau est tiré des droits appliqués par le serveur.",
      ],
    },
    levelsCaption: "Ce que permet chaque niveau d'administration",
    capabilityColumn: "Action",
    capabilities: {
      read: "Consulter l'annuaire complet (tous les champs et critères), les demandes et la liste des membres",
      publish: "Mettre en avant des talents, publier actualités et événements, envoyer les lettres d'information",
      approve: "Approuver ou refuser les demandes d'adhésion, modifier les profils",
    },
    levelNames: { network_admin: "Complet", network_editor: "Partiel", network_reader: "Lecture seule" },
    yes: "Oui",
    no: "Non",
    approval: {
      title: "Approuver les demandes d'adhésion",
      paragraphs: [
        "Chaque demande est envoyée par courriel aux deux administrateurs, avec un lien vers la demande. Vérifiez l'appartenance du demandeur (ancien élève ou formateur pour un alumni, appartenance à l'organisme choisi pour un membre d'organisme), puis approuvez ou refusez.",
        "Le demandeur est informé par courriel de la décision. Seuls les comptes approuvés accèdent au réseau ; un refus retire l'accès.",
      ],
    },
    talents: {
      title: "Talents à l'honneur",
      paragraphs: [
        "Choisissez jusqu'à 12 alumni approuvés à présenter sur l'accueil. Chaque membre n'y voit que les champs que la grille lui ouvre. Chaque ajout et retrait est inscrit au journal de sécurité.",
      ],
    },
    posts: {
      title: "Actualités et événements",
      paragraphs: [
        "Rédigez en français (obligatoire) et, si possible, en anglais : sans traduction, les membres qui lisent en anglais voient le texte français. Un brouillon n'est visible que des administrateurs ; « Publié » le montre à tous les membres.",
      ],
    },
    newsletters: {
      title: "Lettres d'information",
      paragraphs: [
        "Composez une lettre, choisissez le groupe de destinataires (alumni, organismes, pays…), puis envoyez-la : elle part par la file d'envoi des courriels. Les membres désinscrits ne la reçoivent pas.",
      ],
    },
    matrix: {
      title: "Grille complète de visibilité et de recherche",
      paragraphs: ["Les deux tableaux du cahier des charges, tels que le serveur les applique."],
    },
    fieldsCaption: "Champs du profil visibles par chaque type d'utilisateur",
    searchCaption: "Critères de recherche ouverts à chaque type d'utilisateur",
  },
};

const en: HelpStrings = {
  title: "Online help",
  intro: {
    alumni: "All you need to use the network as an alumni: your profile, the directory, and who sees what of your information.",
    organisation: "All you need to use the network as a member training organisation: what you can search and see of the alumni.",
    admin: "Help for the network administrators, followed by the alumni's and the training organisations' help, to support them.",
  },
  tocLabel: "Help contents",
  viewers: {
    bricks_admin: "Administrator (Bricks community manager)",
    campus_admin: "Administrator (Campus direction)",
    alumni: "Other alumni",
    organisation_member: "Member training organisations",
  },
  visible: "Visible",
  hidden: "Not visible",
  searchable: "Yes",
  notSearchable: "No",
  fieldColumn: "Profile field",
  criterionColumn: "Search criterion",
  alumni: {
    profile: {
      title: "Your profile",
      paragraphs: [
        "From “My profile”, complete and change your career at any time: country of activity, school of origin, company, position, training followed at the Campus, contact details.",
        "Last name, first name, country of origin and company are required. Once a year, an e-mail asks you to check that your profile is up to date.",
      ],
    },
    directory: {
      title: "Searching the directory",
      paragraphs: [
        "Combine several criteria to narrow the search; accents and capitals do not matter. The list of results can be printed as a PDF, with only the columns you can see.",
      ],
    },
    youCanSearch: "As an alumni, you can search by:",
    privacy: {
      title: "Who sees what of your profile",
      paragraphs: [
        "The visibility of each field is set by the network's charter and enforced by the server, in the pages, the directory, the PDF exports and the featured talents.",
      ],
    },
    privacyCaption: "Visibility of each field of your profile depending on who views it",
    organisationsSee: "Member training organisations see of you:",
    organisationsNeverSee: "They never see:",
  },
  organisation: {
    whatYouSee: {
      title: "What you see of the alumni",
      paragraphs: [
        "Alumni profiles are shown to you with only the fields open to training organisations. Personal contact details are not shared: to reach an alumni, contact the network administrators.",
      ],
    },
    youSee: "You see:",
    youDoNotSee: "You do not see:",
    search: {
      title: "What you can search",
      paragraphs: ["Combine criteria to narrow the search; accents and capitals do not matter. The list can be printed as a PDF."],
    },
    youCanSearch: "You can search by:",
    searchNotShown: (fields) => `Some criteria are used for searching without being shown in the results: ${fields}.`,
  },
  common: {
    posts: {
      title: "News and events",
      paragraphs: ["The “News and events” page gathers the network's news and upcoming gatherings. Each event can be added to your calendar (.ics file)."],
    },
    language: {
      title: "Language",
      paragraphs: ["The network is available in French and English: choose the language with the FR / EN buttons at the top of the page. Your choice also applies to your e-mails."],
    },
    newsletters: {
      title: "Newsletters",
      paragraphs: ["The administrators send newsletters to the members. Each newsletter contains an unsubscribe link."],
    },
  },
  admin: {
    heading: "Network administration",
    yourLevel: (level) => `Your administration level: ${level}.`,
    levels: {
      title: "Administration levels",
      paragraphs: [
        "The network's two administrators (Bricks community manager and Campus direction) can each be a full, partial or read-only administrator. This table is drawn from the rights the server enforces.",
      ],
    },
    levelsCaption: "What each administration level allows",
    capabilityColumn: "Action",
    capabilities: {
      read: "Browse the complete directory (every field and criterion), the requests and the member list",
      publish: "Feature talents, publish news and events, send newsletters",
      approve: "Approve or refuse membership requests, edit profiles",
    },
    levelNames: { network_admin: "Full", network_editor: "Partial", network_reader: "Read-only" },
    yes: "Yes",
    no: "No",
    approval: {
      title: "Approving membership requests",
      paragraphs: [
        "Each request is e-mailed to both administrators, with a link to it. Check the applicant's membership (former student or trainer for an alumni, belonging to the chosen organisation for an organisation member), then approve or refuse.",
        "The applicant is told the decision by e-mail. Only approved accounts reach the network; a refusal removes access.",
      ],
    },
    talents: {
      title: "Featured talents",
      paragraphs: [
        "Choose up to 12 approved alumni to show on the home page. Each member sees only the fields the grid opens to them. Every addition and removal is written to the security log.",
      ],
    },
    posts: {
      title: "News and events",
      paragraphs: [
        "Write in French (required) and, if possible, in English: without a translation, members reading in English see the French text. A draft is visible to administrators only; “Published” shows it to every member.",
      ],
    },
    newsletters: {
      title: "Newsletters",
      paragraphs: [
        "Write a newsletter, choose the group of recipients (alumni, organisations, countries…), then send it: it goes through the e-mail queue. Unsubscribed members do not receive it.",
      ],
    },
    matrix: {
      title: "Complete visibility and search grid",
      paragraphs: ["The two tables of the specification, as the server enforces them."],
    },
    fieldsCaption: "Profile fields visible to each type of user",
    searchCaption: "Search criteria open to each type of user",
  },
};

export const helpStrings: { fr: HelpStrings; en: HelpStrings } = { fr, en };
export type { HelpStrings };
