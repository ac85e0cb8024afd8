import type { EditorialKind } from "@/lib/search/editorial-documents";

/**
 * The kinds of content editors write in the back office. Every kind gets the same list, form,
 * publication workflow and history; this table says only what differs: names, addresses, and
 * which search engine kind (if any) shows it.
 */
export const CONTENT_KINDS = ["actualite", "evenement", "page", "ressource", "structure", "financement"] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export type ContentKindMeta = {
  kind: ContentKind;
  /** Back-office address: /admin/contenus/<segment>. */
  segment: string;
  /** "Actualités": the list's title and menu entry. */
  plural: string;
  /** "une actualité": in sentences ("Créer une actualité"). */
  indefinite: string;
  /** "Actualité": a column value or a badge. */
  singular: string;
  /** Public page of one published record. */
  publicPath: (slug: string) => string;
  /** Public list. */
  publicListPath: string;
  /** Kind in the search index, for kinds the public engines show. */
  searchKind: EditorialKind | null;
  /** One line for the dashboard and the menu. */
  description: string;
};

export const CONTENT_KIND_META: Record<ContentKind, ContentKindMeta> = {
  actualite: {
    kind: "actualite",
    segment: "actualites",
    plural: "Actualités",
    indefinite: "une actualité",
    singular: "Actualité",
    publicPath: (slug) => `/actualites/${slug}`,
    publicListPath: "/actualites",
    searchKind: null,
    description: "Articles d'actualité, avec image, thèmes, publics et territoire.",
  },
  evenement: {
    kind: "evenement",
    segment: "agenda",
    plural: "Agenda",
    indefinite: "un événement",
    singular: "Événement",
    publicPath: (slug) => `/evenements/${slug}`,
    publicListPath: "/evenements",
    searchKind: "evenement",
    description: "Journées portes ouvertes, salons, réunions d'information, webinaires.",
  },
  page: {
    kind: "page",
    segment: "pages",
    plural: "Pages Infos+",
    indefinite: "une page d'information",
    singular: "Page Infos+",
    publicPath: (slug) => `/infos/${slug}`,
    publicListPath: "/infos",
    searchKind: null,
    description: "Pages d'information par profil, avec leur place dans le menu Infos+.",
  },
  ressource: {
    kind: "ressource",
    segment: "ressources",
    plural: "Ressources",
    indefinite: "une ressource",
    singular: "Ressource",
    publicPath: (slug) => `/ressources/${slug}`,
    publicListPath: "/ressources",
    searchKind: "ressource",
    description: "Guides, vidéos, fiches et sites utiles.",
  },
  structure: {
    kind: "structure",
    segment: "structures",
    plural: "Structures d'accompagnement",
    indefinite: "une structure",
    singular: "Structure",
    publicPath: (slug) => `/structures/${slug}`,
    publicListPath: "/structures",
    searchKind: "structure",
    description: "Missions locales, CIO, agences France Travail, points information jeunesse.",
  },
  financement: {
    kind: "financement",
    segment: "financements",
    plural: "Financements",
    indefinite: "un financement",
    singular: "Financement",
    publicPath: (slug) => `/financements/${slug}`,
    publicListPath: "/financements",
    searchKind: "financement",
    description: "Dispositifs de financement de la formation.",
  },
};

export function contentKindFromSegment(segment: string): ContentKind | null {
  return CONTENT_KINDS.find((kind) => CONTENT_KIND_META[kind].segment === segment) ?? null;
}

export function adminContentPath(kind: ContentKind, rest = ""): string {
  return `/admin/contenus/${CONTENT_KIND_META[kind].segment}${rest}`;
}
