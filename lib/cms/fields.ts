import { fr } from "@/lib/i18n/fr";
import {
  AUDIENCES,
  EVENT_TYPES,
  FINANCING_KINDS,
  NEWS_THEMES,
  RESOURCE_KINDS,
  RESOURCE_THEMES,
} from "@/lib/editorial/vocabulary";
import { CONTENT_KINDS, type ContentKind } from "./kinds";
import { CONTENT_STATUS_LABELS } from "./labels";

/**
 * What the back-office form shows for each kind of content: one descriptor per field of the
 * kind's zod schema (lib/validations/content.ts), with its French label, hint, input type and
 * section. The form renders these generically so every kind has the same gestures; the history
 * page names changed fields with FIELD_LABELS. Client-safe: no database, no server imports.
 */

export type FieldType =
  | "text"
  | "textarea"
  | "richtext"
  | "url"
  | "email"
  | "tel"
  | "number"
  | "datetime"
  | "checkbox"
  | "select"
  | "checkboxes"
  /** Free keywords typed as one comma-separated line, stored as a list. */
  | "tags"
  /** Main image and its alternative text (`name` is the image id, `altName` its text). */
  | "image"
  | "territory"
  /** Public address of the record, with its URL preview. */
  | "slug"
  /** State radios of the publication panel. */
  | "status";

export type FieldOption = { value: string; label: string };

/** Lists of data·inclusion codes kept in the editorial_codes table, passed to the form as props. */
export type CodeDictionary = "typologie" | "service" | "public" | "thematique";
export type CodeOptions = Record<CodeDictionary, FieldOption[]>;

export type FieldSection = "content" | "details" | "place" | "audience" | "publication";

export type FieldDescriptor = {
  name: string;
  label: string;
  hint?: string;
  type: FieldType;
  section: FieldSection;
  required?: boolean;
  /** Fixed choices (select, checkboxes). */
  options?: readonly FieldOption[];
  /** Choices read from the database (structures). */
  codes?: CodeDictionary;
  /** Second form field the same control edits (the image's alternative text). */
  altName?: string;
  /** Events: shown only for an online event (true) or an event with a place (false). */
  whenOnline?: boolean;
  /** Number inputs: decimals allowed (coordinates) or whole numbers only. */
  step?: string;
};

/** Section headings; the details section names the kind ("Détails de l'événement"). */
export const SECTION_TITLES: Record<Exclude<FieldSection, "details">, string> = {
  content: "Contenu",
  place: "Lieu",
  audience: "Public et territoire",
  publication: "Publication",
};

export const DETAILS_SECTION_TITLES: Record<ContentKind, string> = {
  actualite: "Détails de l'actualité",
  evenement: "Détails de l'événement",
  page: "Détails de la page",
  ressource: "Détails de la ressource",
  structure: "Détails de la structure",
  financement: "Détails du financement",
};

export function sectionTitle(kind: ContentKind, section: FieldSection): string {
  return section === "details" ? DETAILS_SECTION_TITLES[kind] : SECTION_TITLES[section];
}

const options = (values: readonly string[], labels: Record<string, string>): FieldOption[] =>
  values.map((value) => ({ value, label: labels[value] ?? value }));

export const STATUS_OPTIONS: readonly (FieldOption & { description: string })[] = [
  { value: "draft", label: CONTENT_STATUS_LABELS.draft, description: "Invisible du public. Vous pouvez y revenir autant que nécessaire." },
  {
    value: "scheduled",
    label: CONTENT_STATUS_LABELS.scheduled,
    description: "Publié automatiquement à la date et à l'heure choisies (heure de Paris).",
  },
  { value: "published", label: CONTENT_STATUS_LABELS.published, description: "Visible de tous sur le portail et dans la recherche." },
  {
    value: "archived",
    label: CONTENT_STATUS_LABELS.archived,
    description: "Retiré du portail mais conservé avec son historique ; vous pourrez le republier.",
  },
];

const common = {
  title: { name: "title", label: "Titre", type: "text", section: "content", required: true } as FieldDescriptor,
  slug: {
    name: "slug",
    label: "Adresse de la page",
    hint: "Lettres minuscules sans accents, chiffres et tirets. Laissée vide, elle est tirée du titre à la création, puis conservée pour que les liens restent valables.",
    type: "slug",
    section: "content",
  } as FieldDescriptor,
  summary: {
    name: "summary",
    label: "Résumé",
    hint: "Deux ou trois phrases montrées dans les listes et les résultats de recherche (500 caractères au plus).",
    type: "textarea",
    section: "content",
  } as FieldDescriptor,
  body: { name: "body", label: "Texte", type: "richtext", section: "content" } as FieldDescriptor,
  audiences: {
    name: "audiences",
    label: "Publics",
    hint: "Les profils de visiteurs à qui ce contenu s'adresse. Aucun coché : tous les publics.",
    type: "checkboxes",
    section: "audience",
    options: options(AUDIENCES, fr.editorial.audiences),
  } as FieldDescriptor,
  territory: {
    name: "territory",
    label: "Territoire",
    hint: "Où ce contenu s'applique. Aucun choix : partout.",
    type: "territory",
    section: "audience",
  } as FieldDescriptor,
  status: { name: "status", label: "État de publication", type: "status", section: "publication", required: true, options: STATUS_OPTIONS } as FieldDescriptor,
  publishAt: {
    name: "publishAt",
    label: "Date et heure de publication",
    hint: "Heure de Paris. Le contenu sera publié automatiquement à ce moment-là.",
    type: "datetime",
    section: "publication",
  } as FieldDescriptor,
};

const opening: FieldDescriptor[] = [common.title, common.slug, common.summary, common.body];
const closing: FieldDescriptor[] = [common.audiences, common.territory, common.status, common.publishAt];

const coordinates = (section: FieldSection, whenOnline?: boolean): FieldDescriptor[] => [
  {
    name: "lat",
    label: "Latitude",
    hint: "Facultative, ex. : 43,6045. Laissée vide, calculée d'après la commune.",
    type: "number",
    step: "any",
    section,
    whenOnline,
  },
  {
    name: "lon",
    label: "Longitude",
    hint: "Facultative, ex. : 1,4440. Laissée vide, calculée d'après la commune.",
    type: "number",
    step: "any",
    section,
    whenOnline,
  },
];

const address = (whenOnline?: boolean, cityRequired = false): FieldDescriptor[] => [
  { name: "address", label: "Adresse", hint: "Numéro et voie, un élément par ligne, ex. : 12 rue des Lilas", type: "textarea", section: "place", whenOnline },
  { name: "postcode", label: "Code postal", type: "text", section: "place", whenOnline },
  { name: "city", label: "Commune", type: "text", section: "place", whenOnline, required: cityRequired },
];

export const CONTENT_FIELDS: Record<ContentKind, readonly FieldDescriptor[]> = {
  actualite: [
    ...opening,
    {
      name: "imageId",
      altName: "imageAlt",
      label: "Image principale",
      hint: "Montrée en tête de l'article et dans les listes.",
      type: "image",
      section: "details",
    },
    {
      name: "themes",
      label: "Thèmes",
      type: "checkboxes",
      section: "details",
      options: options(NEWS_THEMES, fr.resources.themes),
    },
    ...closing,
  ],
  evenement: [
    ...opening,
    {
      name: "type",
      label: "Type d'événement",
      type: "select",
      section: "details",
      required: true,
      options: options(EVENT_TYPES, fr.events.types),
    },
    { name: "startsAt", label: "Début", hint: "Date et heure (heure de Paris).", type: "datetime", section: "details", required: true },
    { name: "endsAt", label: "Fin", hint: "Facultative (heure de Paris).", type: "datetime", section: "details" },
    { name: "organiserName", label: "Organisateur", type: "text", section: "details" },
    {
      name: "registrationUrl",
      label: "Lien d'inscription",
      hint: "Laissé vide : l'événement est annoncé en entrée libre, sans inscription.",
      type: "url",
      section: "details",
    },
    { name: "capacity", label: "Nombre de places", type: "number", step: "1", section: "details" },
    {
      name: "online",
      label: "Événement en ligne",
      hint: "Cochez pour un webinaire ou une réunion à distance : un lien de connexion remplace le lieu.",
      type: "checkbox",
      section: "place",
    },
    {
      name: "onlineUrl",
      label: "Lien de connexion",
      hint: "Adresse complète, commençant par https://.",
      type: "url",
      section: "place",
      required: true,
      whenOnline: true,
    },
    { name: "placeName", label: "Nom du lieu", hint: "Ex. : Parc des expositions, CFA du bâtiment", type: "text", section: "place", whenOnline: false },
    ...address(false, true),
    ...coordinates("place", false),
    ...closing,
  ],
  page: [
    ...opening,
    {
      name: "menuPosition",
      label: "Position dans le menu Infos+",
      hint: "Les pages sont classées par ordre croissant. Laissée vide : la page n'apparaît pas dans le menu.",
      type: "number",
      step: "1",
      section: "details",
    },
    ...closing,
  ],
  ressource: [
    ...opening,
    {
      name: "kind",
      label: "Type de ressource",
      type: "select",
      section: "details",
      required: true,
      options: options(RESOURCE_KINDS, fr.resources.kinds),
    },
    { name: "url", label: "Adresse de la ressource", hint: "Adresse complète, commençant par https://.", type: "url", section: "details", required: true },
    { name: "publisher", label: "Éditeur", hint: "Qui publie la ressource, ex. : Onisep", type: "text", section: "details" },
    {
      name: "themes",
      label: "Thèmes",
      type: "checkboxes",
      section: "details",
      options: options(RESOURCE_THEMES, fr.resources.themes),
    },
    ...closing,
  ],
  structure: [
    ...opening,
    { name: "structureType", label: "Type de structure", type: "select", section: "details", required: true, codes: "typologie" },
    { name: "services", label: "Services proposés", type: "checkboxes", section: "details", codes: "service" },
    { name: "themes", label: "Thématiques d'accompagnement", type: "checkboxes", section: "details", codes: "thematique" },
    { name: "publics", label: "Publics accueillis", type: "checkboxes", section: "details", codes: "public" },
    { name: "phone", label: "Téléphone", hint: "Ex. : 05 61 00 00 00", type: "tel", section: "details" },
    { name: "email", label: "Courriel", type: "email", section: "details" },
    { name: "website", label: "Site web", hint: "Adresse complète, commençant par https://.", type: "url", section: "details" },
    {
      name: "openingHours",
      label: "Horaires d'ouverture",
      hint: "Ex. : du lundi au vendredi, de 9 h à 12 h 30 et de 13 h 30 à 17 h",
      type: "textarea",
      section: "details",
    },
    ...address(undefined, true),
    ...coordinates("place"),
    ...closing,
  ],
  financement: [
    ...opening,
    { name: "acronym", label: "Sigle", hint: "Ex. : AIF, CPF, PTP", type: "text", section: "details" },
    {
      name: "kind",
      label: "Catégorie de financement",
      type: "select",
      section: "details",
      required: true,
      options: options(FINANCING_KINDS, fr.financing.kinds),
    },
    {
      name: "cpfEligible",
      label: "Mobilisable avec le CPF",
      hint: "Le dispositif peut être complété par le compte personnel de formation.",
      type: "checkbox",
      section: "details",
    },
    {
      name: "tags",
      label: "Mots-clés",
      hint: "Séparés par des virgules, ex. : reconversion, demandeur d'emploi",
      type: "tags",
      section: "details",
    },
    { name: "conditions", label: "Conditions", hint: "Qui peut en bénéficier et comment.", type: "textarea", section: "details" },
    { name: "amounts", label: "Montants et prise en charge", type: "textarea", section: "details" },
    { name: "website", label: "Site du financeur", hint: "Adresse complète, commençant par https://.", type: "url", section: "details" },
    ...closing,
  ],
};

/** Every form field name a descriptor edits (the image edits two). */
export function descriptorFieldNames(kind: ContentKind): string[] {
  return CONTENT_FIELDS[kind].flatMap((field) => (field.altName ? [field.name, field.altName] : [field.name]));
}

/** Columns the server fills itself, which the history may list among changed fields. */
const COMPUTED_LABELS: Record<string, string> = {
  department: "Département (calculé)",
  region: "Région (calculée)",
  publishedAt: "Date de publication",
  imageAlt: "Texte alternatif de l'image",
};

/** Field name → French label, per kind, for the history page ("Champs modifiés : Titre, Résumé"). */
export const FIELD_LABELS: Record<ContentKind, Record<string, string>> = Object.fromEntries(
  CONTENT_KINDS.map((kind) => [
    kind,
    {
      ...COMPUTED_LABELS,
      ...Object.fromEntries(CONTENT_FIELDS[kind].map((field) => [field.name, field.label])),
    },
  ]),
) as Record<ContentKind, Record<string, string>>;

export function fieldLabel(kind: ContentKind, name: string): string {
  return FIELD_LABELS[kind][name] ?? name;
}
