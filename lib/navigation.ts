import { fr } from "@/lib/i18n/fr";

export type NavItem = {
  href: string;
  label: string;
  /**
   * False until the route's page exists in app/: the item stays out of menus and the site map
   * instead of leading to a 404. tests/unit/lib/navigation.test.ts fails when this flag and the
   * app/ tree disagree, so landing a page is what turns its link on.
   */
  available: boolean;
};

export const primaryNavigation: readonly NavItem[] = [
  { href: "/", label: fr.nav.home, available: true },
  { href: "/formations", label: fr.nav.formations, available: true },
  { href: "/metiers", label: fr.nav.trades, available: true },
  { href: "/organismes", label: fr.nav.organisations, available: true },
  { href: "/evenements", label: fr.nav.events, available: true },
  { href: "/financements", label: fr.nav.funding, available: true },
  { href: "/structures", label: fr.nav.structures, available: true },
  { href: "/ressources", label: fr.nav.resources, available: true },
  { href: "/actualites", label: fr.nav.news, available: true },
  { href: "/infos", label: fr.nav.info, available: true },
];

export type StaticPage = NavItem & { footerLabel?: string };

/** Institutional pages linked from the footer on every page. */
export const staticPages: readonly StaticPage[] = [
  { href: "/accessibilite", label: fr.pages.accessibility, footerLabel: fr.pages.accessibilityFooter, available: true },
  { href: "/mentions-legales", label: fr.pages.legalNotice, available: true },
  { href: "/donnees-personnelles", label: fr.pages.privacy, available: true },
  { href: "/conditions-utilisation", label: fr.pages.terms, available: true },
  { href: "/plan-du-site", label: fr.pages.sitemap, available: true },
  { href: "/api", label: fr.pages.api, available: true },
  { href: "/contact", label: fr.pages.contact, available: true },
];

export function listPrimaryNavigation(): NavItem[] {
  return primaryNavigation.filter((item) => item.available);
}

export function listStaticPages(): StaticPage[] {
  return staticPages.filter((item) => item.available);
}

/** The nav item a path belongs to: "/formations/123" highlights "Formations". */
export function isCurrentSection(itemHref: string, pathname: string): boolean {
  if (itemHref === "/") return pathname === "/";
  return pathname === itemHref || pathname.startsWith(`${itemHref}/`);
}
