/**
 * Strings of the network's presentation: what /reseau shows visitors and signed-in users who are
 * not (or not yet) members, instead of the members' home.
 */
const fr = {
  title: "Réseau international des alumni",
  intro:
    "Le réseau des anciens élèves internationaux et des organismes de formation du Campus des métiers et des qualifications d'excellence Aéronautique et Spatial d'Occitanie.",
  offersHeading: "Ce que le réseau vous apporte",
  offers: [
    "Un annuaire pour retrouver les alumni par pays, école, formation ou société.",
    "Les actualités et les événements du réseau : job datings, webinaires, rencontres.",
    "Des talents mis à l'honneur et des contacts dans toute la filière aéronautique et spatiale.",
  ],
  whoHeading: "Qui peut le rejoindre ?",
  who: [
    "Les anciens élèves étrangers des organismes de formation membres du Campus.",
    "Les personnes qui travaillent dans l'un de ces organismes.",
  ],
  privacy:
    "Chaque demande est examinée par les administrateurs du réseau. Les organismes de formation ne voient qu'une partie des profils des alumni : ni leurs coordonnées ni leur pays d'origine.",
  actionsHeading: "Rejoindre le réseau",
  apply: "Demander mon adhésion",
  alreadyMember: "Déjà membre ?",
  signIn: "Se connecter",
  pending: "Votre demande d'adhésion est en cours d'examen par les administrateurs du réseau. Vous recevrez leur décision par courriel.",
  refused: "Votre demande d'adhésion n'a pas été acceptée. Si vous pensez qu'il s'agit d'une erreur, contactez l'équipe du portail.",
  contact: "Contacter l'équipe",
};

export type PresentationStrings = typeof fr;

const en: PresentationStrings = {
  title: "International Alumni Network",
  intro: "The network of the international alumni and member training organisations of the Occitanie Aeronautics and Space Campus of Excellence.",
  offersHeading: "What the network offers",
  offers: [
    "A directory to find alumni by country, school, training or company.",
    "The network's news and events: job datings, webinars, meetups.",
    "Highlighted talents and contacts across the aeronautics and space industry.",
  ],
  whoHeading: "Who can join?",
  who: ["International alumni of the Campus's member training organisations.", "People working in one of these organisations."],
  privacy:
    "Every request is reviewed by the network administrators. Training organisations see only part of the alumni's profiles: neither their contact details nor their country of origin.",
  actionsHeading: "Join the network",
  apply: "Apply for membership",
  alreadyMember: "Already a member?",
  signIn: "Sign in",
  pending: "Your membership request is being reviewed by the network administrators. You will receive their decision by e-mail.",
  refused: "Your membership request was not accepted. If you think this is a mistake, please contact the portal's team.",
  contact: "Contact the team",
};

export const presentationStrings = { fr, en };
