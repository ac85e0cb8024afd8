import type { Action } from "@/lib/auth/permissions";

/**
 * The network area's menu. Each area adds its entry here; `permission` hides an entry from those
 * who may not use it (pages check again on the server: this is only the menu).
 */
export type NetworkNavItem = {
  href: string;
  label: { fr: string; en: string };
  permission?: Action;
};

export const NETWORK_NAV: readonly NetworkNavItem[] = [
  { href: "/reseau", label: { fr: "Accueil", en: "Home" } },
  { href: "/reseau/annuaire", label: { fr: "Annuaire", en: "Directory" } },
  { href: "/reseau/profil", label: { fr: "Mon profil", en: "My profile" } },
  { href: "/reseau/actualites", label: { fr: "Actualités", en: "News" } },
  { href: "/reseau/aide", label: { fr: "Aide", en: "Help" } },
];

export const NETWORK_ADMIN_NAV: readonly NetworkNavItem[] = [
  { href: "/reseau/admin/demandes", label: { fr: "Demandes d'adhésion", en: "Membership requests" }, permission: "network:read_all" },
  { href: "/reseau/admin/membres", label: { fr: "Membres", en: "Members" }, permission: "network:read_all" },
  { href: "/reseau/admin/lettres", label: { fr: "Lettres d'information", en: "Newsletters" }, permission: "network:read_all" },
  { href: "/reseau/admin/talents", label: { fr: "Talents à l'honneur", en: "Featured talents" }, permission: "network:publish" },
  { href: "/reseau/admin/actualites", label: { fr: "Publications", en: "Publications" }, permission: "network:read_all" },
];
