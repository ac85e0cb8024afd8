import type { AccountStatus, Role } from "@/lib/auth/roles";

/**
 * French labels of the back office's fixed vocabularies, shared by tables, filters and forms.
 * Kept out of components so a second locale is one module of the same shape.
 */

export const ROLE_LABELS: Record<Role, string> = {
  visitor: "Visiteur inscrit",
  editor: "Éditeur",
  content_manager: "Gestionnaire de l'offre",
  admin: "Administrateur",
  alumni: "Ancien stagiaire",
  organisation_member: "Membre d'un organisme",
  moderator: "Modérateur",
  network_admin: "Administrateur du réseau des anciens",
  network_editor: "Administrateur partiel du réseau des anciens",
  network_reader: "Lecteur du réseau des anciens",
};

/** What each grantable role lets its holder do, shown next to the role checkboxes. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  visitor: "Espace personnel : favoris, recherches enregistrées, alertes.",
  editor: "Rédige et publie les actualités, l'agenda, les pages et les ressources.",
  content_manager: "Suit les imports de l'offre de formation et dépose des fichiers LHEO.",
  admin: "Gère les comptes et les rôles, lit le journal de sécurité, les courriels et les effacements.",
  alumni: "Participe au réseau des anciens stagiaires.",
  organisation_member: "Représente un organisme de formation dans le réseau.",
  moderator: "Modère les échanges du réseau.",
  network_admin: "Réseau des anciens : valide les adhésions, gère les profils, publie et envoie les lettres d'information.",
  network_editor: "Réseau des anciens : publie les actualités, les profils mis en avant et les lettres d'information.",
  network_reader: "Réseau des anciens : consulte tout l'annuaire, sans rien modifier.",
};

export const STATUS_LABELS: Record<AccountStatus, string> = {
  active: "Actif",
  deactivated: "Désactivé",
};

export const ERASURE_REQUESTED_BY_LABELS = {
  self: "La personne elle-même",
  admin: "Un administrateur",
  retention: "Fin de la durée de conservation (automatique)",
} as const;

export const OUTBOX_STATUS_LABELS = {
  stored: "Conservé (sans envoi)",
  sent: "Envoyé",
  failed: "Échec d'envoi",
} as const;

/** Known email templates; an unknown one is shown by its technical name. */
export const EMAIL_TEMPLATE_LABELS: Record<string, string> = {
  "verify-email": "Confirmation d'adresse",
  "already-registered": "Compte déjà existant",
  "reset-password": "Réinitialisation du mot de passe",
  "admin-reset": "Réinitialisation par un administrateur",
  "admin-password-reset-notice": "Avis de réinitialisation par un administrateur",
  "sign-in-link": "Lien de connexion",
  "sign-in-no-account": "Lien de connexion sans compte",
  "search-alert": "Alerte de recherche",
  contact: "Formulaire de contact",
};

export function templateLabel(template: string): string {
  return EMAIL_TEMPLATE_LABELS[template] ?? template;
}

/** Counters of the erasure log ("removed" column), in the order they are shown. */
export const ERASURE_COUNT_LABELS: Record<string, { one: string; other: string }> = {
  account: { one: "compte", other: "comptes" },
  sessions: { one: "session", other: "sessions" },
  consents: { one: "consentement", other: "consentements" },
  savedItems: { one: "favori", other: "favoris" },
  savedSearches: { one: "recherche enregistrée", other: "recherches enregistrées" },
  recentViews: { one: "consultation récente", other: "consultations récentes" },
  emails: { one: "courriel", other: "courriels" },
  signInAttempts: { one: "tentative de connexion", other: "tentatives de connexion" },
};
