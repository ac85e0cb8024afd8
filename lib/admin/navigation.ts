import { type Action, type Actor, can } from "@/lib/auth/permissions";
import { adminContentPath, CONTENT_KIND_META, CONTENT_KINDS } from "@/lib/cms/kinds";

/**
 * The back office's side navigation. Each entry names the permission its page checks, so the
 * menu never offers a page that would answer 403; the page still checks it itself.
 */

/** Groups of the side navigation, in display order. */
export const ADMIN_AREAS = [
  { id: "overview", label: "Pilotage" },
  { id: "catalogue", label: "Offre de formation" },
  // One entry per content kind (lib/cms/kinds), each with permission "content:edit"; the menu and
  // the dashboard cards follow, and tests/unit/lib/admin/navigation.test.ts lists what each role sees.
  { id: "content", label: "Contenus éditoriaux" },
  { id: "accounts", label: "Comptes" },
  { id: "security", label: "Sécurité et RGPD" },
] as const;

export type AdminArea = (typeof ADMIN_AREAS)[number]["id"];

export type AdminNavEntry = {
  href: string;
  label: string;
  /** The permission the page at `href` requires (its requirePermission call). */
  permission: Action;
  area: AdminArea;
  /** One line for the dashboard card. */
  description: string;
};

export const ADMIN_HOME = "/admin";

export const adminNavigation: readonly AdminNavEntry[] = [
  {
    href: ADMIN_HOME,
    label: "Tableau de bord",
    permission: "backoffice:access",
    area: "overview",
    description: "Les chiffres clés des espaces auxquels vous avez accès.",
  },
  {
    href: "/admin/imports",
    label: "Imports",
    permission: "imports:read",
    area: "catalogue",
    description: "Rapports des imports LHEO de l'offre de formation et dépôt de fichiers.",
  },
  {
    href: "/admin/cles-api",
    label: "Clés d'API",
    permission: "api_keys:manage",
    area: "catalogue",
    description: "Les clés des applications partenaires qui lisent le catalogue par l'API publique.",
  },
  ...CONTENT_KINDS.map(
    (kind): AdminNavEntry => ({
      href: adminContentPath(kind),
      label: CONTENT_KIND_META[kind].plural,
      permission: "content:edit",
      area: "content",
      description: CONTENT_KIND_META[kind].description,
    }),
  ),
  {
    href: "/admin/utilisateurs",
    label: "Utilisateurs",
    permission: "users:read",
    area: "accounts",
    description: "Comptes, rôles, désactivation et suppression.",
  },
  {
    href: "/admin/courriels",
    label: "Courriels sortants",
    permission: "outbox:read",
    area: "security",
    description: "Les messages envoyés par le portail, avec leur statut.",
  },
  {
    href: "/admin/journal",
    label: "Journal de sécurité",
    permission: "audit:read",
    area: "security",
    description: "Connexions, échecs, changements de rôle et suppressions de comptes.",
  },
  {
    href: "/admin/effacements",
    label: "Effacements RGPD",
    permission: "erasure:read",
    area: "security",
    description: "La trace des comptes effacés, sans leurs données personnelles.",
  },
];

/** The entries this user may open. */
export function listAdminNavigation(user: Actor | null | undefined): AdminNavEntry[] {
  return adminNavigation.filter((entry) => can(user, entry.permission));
}

export type AdminNavGroup = { area: AdminArea; label: string; entries: AdminNavEntry[] };

/** Entries grouped by area, empty areas left out. */
export function groupAdminNavigation(entries: readonly AdminNavEntry[]): AdminNavGroup[] {
  return ADMIN_AREAS.map((area) => ({
    area: area.id,
    label: area.label,
    entries: entries.filter((entry) => entry.area === area.id),
  })).filter((group) => group.entries.length > 0);
}

/** The dashboard is current only on itself; every other entry also on its sub-pages. */
export function isCurrentAdminEntry(href: string, pathname: string): boolean {
  if (href === ADMIN_HOME) return pathname === ADMIN_HOME;
  return pathname === href || pathname.startsWith(`${href}/`);
}
