import type { AlumniField } from "@/lib/network/matrix";

/** Labels of the 14 alumni profile fields (specification order), for forms, lists and exports. */
export const ALUMNI_FIELD_LABELS: { fr: Record<AlumniField, string>; en: Record<AlumniField, string> } = {
  fr: {
    countryOfOrigin: "Pays d'origine",
    countryOfActivity: "Pays d'activité",
    lastName: "Nom",
    firstName: "Prénom",
    schoolOfOrigin: "École d'origine",
    company: "Société",
    position: "Fonction",
    trainingType: "Type de formation",
    speciality: "Spécialité / titre de la formation",
    school: "École",
    year: "Année",
    internshipCompany: "Société de stage",
    contactEmail: "Adresse électronique de contact",
    contactPhone: "Téléphone de contact",
  },
  en: {
    countryOfOrigin: "Country of origin",
    countryOfActivity: "Country of activity",
    lastName: "Last name",
    firstName: "First name",
    schoolOfOrigin: "School of origin",
    company: "Company",
    position: "Position",
    trainingType: "Type of training",
    speciality: "Speciality / title of the training",
    school: "School",
    year: "Year",
    internshipCompany: "Internship company",
    contactEmail: "Contact e-mail",
    contactPhone: "Contact phone",
  },
};

/** Strings of the profile pages (own profile, and an administrator editing a member's). */
const fr = {
  title: "Mon profil",
  intro: "Tenez votre profil à jour : c'est ce que les autres membres voient de vous dans l'annuaire, selon leur profil.",
  visibilityNote: "Les organismes de formation ne voient que votre nom, votre pays d'activité, votre société et votre fonction ; la société de stage n'est visible que des administrateurs.",
  sections: { identity: "Identité", career: "Parcours professionnel", training: "Formation suivie", contact: "Coordonnées de contact" },
  hints: {
    countryOfActivity: "Le pays où vous travaillez aujourd'hui.",
    schoolOfOrigin: "L'établissement fréquenté dans votre pays avant de venir en France.",
    school: "L'organisme du Campus où vous avez suivi la formation.",
    year: "Année d'obtention (ou de fin) de la formation.",
    contactEmail: "Peut être différente de l'adresse de connexion.",
    contactPhone: "Avec l'indicatif international, par exemple +33 6 12 34 56 78.",
  },
  chooseCountry: "Choisissez un pays",
  noCountry: "Non renseigné",
  name: "Nom affiché",
  organisation: "Organisme de formation",
  organisationNote: "Pour changer d'organisme, adressez-vous aux administrateurs du réseau.",
  adminScope: "Périmètre d'administration",
  adminLevel: "Niveau",
  adminNote: "Le périmètre et le niveau sont attribués par les administrateurs.",
  accountEmail: "Adresse de connexion",
  lastUpdated: "Dernière mise à jour",
};

export type ProfileStrings = typeof fr;

const en: ProfileStrings = {
  title: "My profile",
  intro: "Keep your profile up to date: it is what other members see of you in the directory, depending on their profile.",
  visibilityNote: "Training organisations only see your name, country of activity, company and position; the internship company is seen by administrators only.",
  sections: { identity: "Identity", career: "Career", training: "Training followed", contact: "Contact details" },
  hints: {
    countryOfActivity: "The country where you work today.",
    schoolOfOrigin: "The school you attended in your country before coming to France.",
    school: "The Campus organisation where you followed the training.",
    year: "Year the training was completed.",
    contactEmail: "May differ from the address you sign in with.",
    contactPhone: "With the international prefix, for example +33 6 12 34 56 78.",
  },
  chooseCountry: "Choose a country",
  noCountry: "Not given",
  name: "Displayed name",
  organisation: "Training organisation",
  organisationNote: "To change organisation, please ask the network administrators.",
  adminScope: "Administration scope",
  adminLevel: "Level",
  adminNote: "Scope and level are set by the administrators.",
  accountEmail: "Sign-in address",
  lastUpdated: "Last updated",
};

export const profileStrings = { fr, en };
