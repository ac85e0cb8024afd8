import type { AuditAction } from "@/lib/auth/audit";
import type { Role } from "@/lib/auth/roles";
import { ROLE_LABELS } from "./labels";

/** French labels of the audit actions, for the security journal and its filter. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "auth.sign_in": "Connexion",
  "auth.sign_in_failed": "Échec de connexion",
  "auth.sign_in_blocked": "Connexion bloquée (trop de tentatives)",
  "auth.sign_out": "Déconnexion",
  "account.registered": "Création de compte",
  "account.email_verified": "Adresse électronique confirmée",
  "account.password_reset_requested": "Demande de réinitialisation du mot de passe",
  "account.password_reset": "Mot de passe réinitialisé par lien",
  "account.password_changed": "Mot de passe modifié",
  "account.profile_updated": "Profil modifié",
  "account.data_exported": "Export des données personnelles",
  "account.deleted": "Suppression du compte (par son titulaire ou au terme de la conservation)",
  "admin.roles_changed": "Rôles modifiés",
  "admin.account_deactivated": "Compte désactivé",
  "admin.account_reactivated": "Compte réactivé",
  "admin.account_deleted": "Compte supprimé par un administrateur",
  "admin.password_reset_forced": "Mot de passe réinitialisé par un administrateur",
  "admin.api_key_created": "Clé d'API créée",
  "admin.api_key_revoked": "Clé d'API révoquée",
  "content.created": "Contenu créé",
  "content.updated": "Contenu modifié",
  "content.published": "Contenu publié",
  "content.scheduled": "Publication programmée",
  "content.unpublished": "Contenu dépublié (repassé en brouillon)",
  "content.archived": "Contenu archivé",
  "content.restored": "Version antérieure restaurée",
  "media.uploaded": "Image téléversée",
  "contact.sent": "Message du formulaire de contact",
  "network.member_applied": "Réseau : demande d'adhésion",
  "network.member_approved": "Réseau : adhésion acceptée",
  "network.member_refused": "Réseau : adhésion refusée",
  "network.profile_updated": "Réseau : profil modifié par un administrateur",
  "network.talent_featured": "Réseau : talent mis en avant",
  "network.talent_unfeatured": "Réseau : talent retiré de la mise en avant",
  "network.newsletter_sent": "Réseau : lettre d'information envoyée",
};

/** Rows written by an older version may carry an action no longer listed: show it as stored. */
export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? action;
}

const DETAIL_LABELS: Record<string, string> = {
  method: "Méthode",
  email: "Adresse saisie",
  sessionsClosed: "Sessions fermées",
  before: "Avant",
  after: "Après",
  requestedBy: "À la demande de",
  name: "Nom",
  prefix: "Préfixe",
  kind: "Type de contenu",
  title: "Titre",
  version: "Version",
  changedFields: "Champs modifiés",
  publishAt: "Publication prévue le",
  file: "Fichier",
  recipients: "Destinataires",
};

const REQUESTED_BY: Record<string, string> = { self: "la personne elle-même", admin: "un administrateur", retention: "fin de la durée de conservation" };

const METHOD_LABELS: Record<string, string> = { password: "mot de passe", "email-link": "lien par courriel" };

function roleList(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  if (value.length === 0) return "aucun rôle";
  return value.map((role) => (typeof role === "string" && role in ROLE_LABELS ? ROLE_LABELS[role as Role] : String(role))).join(", ");
}

/** The details of an entry as short French lines ("Avant : Éditeur"), for the journal. */
export function describeAuditDetails(details: Record<string, unknown>): string[] {
  // jsonb does not keep key order: known keys in a fixed order ("Avant" before "Après"), others after.
  const known = Object.keys(DETAIL_LABELS);
  const rank = (key: string) => (known.includes(key) ? known.indexOf(key) : known.length);
  const entries = Object.entries(details).sort(([a], [b]) => rank(a) - rank(b));
  return entries.map(([key, value]) => {
    const label = DETAIL_LABELS[key] ?? key;
    if (key === "before" || key === "after") return `${label} : ${roleList(value) ?? JSON.stringify(value)}`;
    if (key === "method" && typeof value === "string") return `${label} : ${METHOD_LABELS[value] ?? value}`;
    if (key === "requestedBy" && typeof value === "string") return `${label} : ${REQUESTED_BY[value] ?? value}`;
    return `${label} : ${typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value)}`;
  });
}
