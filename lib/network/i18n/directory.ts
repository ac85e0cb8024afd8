import { ALUMNI_FIELD_LABELS } from "./profile";
import type { AlumniField } from "../matrix";

/**
 * Strings of the alumni directory (search page, profile page, PDF list, API notices), in both
 * languages of the network. Free of server imports: the PDF builder and the pages share them.
 */

type DirectoryStrings = {
  fields: Record<AlumniField, string>;
  title: string;
  intro: string;
  searchHeading: string;
  resultsHeading: string;
  anyOption: string;
  submit: string;
  clear: string;
  sortLabel: string;
  sorts: Record<"name" | "company" | "country" | "year", string>;
  resultCount: (total: number) => string;
  pageOf: (page: number, pages: number) => string;
  empty: string;
  emptyWithCriteria: string;
  refusedNotice: (labels: string[]) => string;
  invalidNotice: (labels: string[]) => string;
  printPdf: string;
  printPdfHint: string;
  tableCaption: string;
  tableScrollLabel: string;
  featured: string;
  viewProfile: (name: string) => string;
  pagination: string;
  previousPage: string;
  nextPage: string;
  pageLabel: (page: number) => string;
  currentPageLabel: (page: number, pages: number) => string;
  profileBack: string;
  profileTitle: string;
  notProvided: string;
  pdf: {
    title: string;
    generatedOn: (date: string) => string;
    criteria: (list: string) => string;
    noCriteria: string;
    count: (shown: number, total: number) => string;
    truncated: (cap: number, total: number) => string;
    page: (page: number, pages: number) => string;
    confidential: string;
  };
  api: { unauthenticated: string; forbidden: string; invalid: string };
};

const fr: DirectoryStrings = {
  fields: ALUMNI_FIELD_LABELS.fr,
  title: "Annuaire des alumni",
  intro: "Retrouvez les anciens des formations du Campus. Les critères proposés et les colonnes affichées dépendent de votre profil.",
  searchHeading: "Rechercher",
  resultsHeading: "Résultats",
  anyOption: "Tous",
  submit: "Rechercher",
  clear: "Effacer les critères",
  sortLabel: "Trier par",
  sorts: { name: "Nom", company: "Société", country: "Pays d'activité", year: "Année (récente d'abord)" },
  resultCount: (total) => (total === 0 ? "Aucun alumni trouvé" : total === 1 ? "1 alumni trouvé" : `${total.toLocaleString("fr-FR")} alumni trouvés`),
  pageOf: (page, pages) => `page ${page} sur ${pages}`,
  empty: "L'annuaire ne compte encore aucun alumni validé.",
  emptyWithCriteria: "Aucun alumni ne correspond à ces critères. Essayez d'en retirer un.",
  refusedNotice: (labels) =>
    `Ces critères ne sont pas disponibles pour votre profil et n'ont pas été appliqués : ${labels.join(", ")}.`,
  invalidNotice: (labels) => `Ces valeurs n'ont pas été reconnues et n'ont pas été appliquées : ${labels.join(", ")}.`,
  printPdf: "Imprimer la liste (PDF)",
  printPdfHint: "toutes les pages de résultats, avec les colonnes ci-dessus",
  tableCaption: "Alumni correspondant à votre recherche",
  tableScrollLabel: "Tableau des résultats (défilement horizontal)",
  featured: "Talent à la une",
  viewProfile: (name) => `Voir le profil de ${name}`,
  pagination: "Pages de résultats",
  previousPage: "Précédente",
  nextPage: "Suivante",
  pageLabel: (page) => `Page ${page}`,
  currentPageLabel: (page, pages) => `Page ${page} sur ${pages}, page actuelle`,
  profileBack: "Retour à l'annuaire",
  profileTitle: "Profil d'alumni",
  notProvided: "Non renseigné",
  pdf: {
    title: "Annuaire des alumni",
    generatedOn: (date) => `Liste éditée le ${date}`,
    criteria: (list) => `Critères : ${list}`,
    noCriteria: "aucun (tout l'annuaire)",
    count: (shown, total) => (total === 1 ? "1 alumni" : `${shown.toLocaleString("fr-FR")} alumni`),
    truncated: (cap, total) =>
      `Liste limitée aux ${cap.toLocaleString("fr-FR")} premiers résultats sur ${total.toLocaleString("fr-FR")} : affinez la recherche pour tout imprimer.`,
    page: (page, pages) => `Page ${page} / ${pages}`,
    confidential: "Document réservé aux membres du réseau : ne pas diffuser.",
  },
  api: {
    unauthenticated: "Connectez-vous avec un compte membre du réseau.",
    forbidden: "Votre compte n'a pas accès à l'annuaire du réseau.",
    invalid: "Valeur non reconnue.",
  },
};

const en: DirectoryStrings = {
  fields: ALUMNI_FIELD_LABELS.en,
  title: "Alumni directory",
  intro: "Find the alumni of the Campus trainings. The criteria offered and the columns shown depend on your profile.",
  searchHeading: "Search",
  resultsHeading: "Results",
  anyOption: "All",
  submit: "Search",
  clear: "Clear criteria",
  sortLabel: "Sort by",
  sorts: { name: "Name", company: "Company", country: "Country of activity", year: "Year (most recent first)" },
  resultCount: (total) => (total === 0 ? "No alumni found" : total === 1 ? "1 alumnus found" : `${total.toLocaleString("en-GB")} alumni found`),
  pageOf: (page, pages) => `page ${page} of ${pages}`,
  empty: "The directory has no approved alumni yet.",
  emptyWithCriteria: "No alumni match these criteria. Try removing one.",
  refusedNotice: (labels) => `These criteria are not available to your profile and were not applied: ${labels.join(", ")}.`,
  invalidNotice: (labels) => `These values were not recognised and were not applied: ${labels.join(", ")}.`,
  printPdf: "Print the list (PDF)",
  printPdfHint: "every page of results, with the columns above",
  tableCaption: "Alumni matching your search",
  tableScrollLabel: "Results table (scrolls horizontally)",
  featured: "Featured talent",
  viewProfile: (name) => `View the profile of ${name}`,
  pagination: "Result pages",
  previousPage: "Previous",
  nextPage: "Next",
  pageLabel: (page) => `Page ${page}`,
  currentPageLabel: (page, pages) => `Page ${page} of ${pages}, current page`,
  profileBack: "Back to the directory",
  profileTitle: "Alumni profile",
  notProvided: "Not provided",
  pdf: {
    title: "Alumni directory",
    generatedOn: (date) => `List printed on ${date}`,
    criteria: (list) => `Criteria: ${list}`,
    noCriteria: "none (whole directory)",
    count: (shown, total) => (total === 1 ? "1 alumnus" : `${shown.toLocaleString("en-GB")} alumni`),
    truncated: (cap, total) =>
      `List limited to the first ${cap.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} results: narrow the search to print them all.`,
    page: (page, pages) => `Page ${page} / ${pages}`,
    confidential: "For network members only: do not distribute.",
  },
  api: {
    unauthenticated: "Sign in with a network member account.",
    forbidden: "Your account has no access to the network directory.",
    invalid: "Unrecognised value.",
  },
};

export const directoryStrings: { fr: DirectoryStrings; en: DirectoryStrings } = { fr, en };
export type { DirectoryStrings };
