import { z } from "zod";
import type { ContentKind } from "@/lib/cms/kinds";
import { parsePortalDateTime } from "@/lib/dates";
import {
  AUDIENCES,
  EDITORIAL_STATUSES,
  EVENT_TYPES,
  FINANCING_KINDS,
  NEWS_THEMES,
  RESOURCE_KINDS,
  RESOURCE_THEMES,
  SLUG_PATTERN,
  TERRITORY_PATTERN,
} from "@/lib/editorial/vocabulary";

/**
 * The back-office content forms: one schema per kind, shared by react-hook-form in the browser
 * and by the save action (lib/cms/service.ts), so both sides accept exactly the same input.
 * Text inputs send "" for "nothing": optional fields turn it into null.
 */

const emptyToNull = (value: unknown) =>
  value === undefined || (typeof value === "string" && value.trim() === "") ? null : value;

const optionalText = (max: number, label: string) =>
  z.preprocess(emptyToNull, z.string().trim().max(max, `${label} : ${max} caractères au plus.`).nullable());

const optionalUrl = z.preprocess(
  emptyToNull,
  z
    .url({ protocol: /^https?$/, error: "Saisissez une adresse web complète, commençant par https://." })
    .max(2000, "Cette adresse est trop longue.")
    .nullable(),
);

const optionalNumber = (schema: z.ZodNumber) =>
  z.preprocess((value) => {
    const v = emptyToNull(value);
    if (v === null || v === undefined) return null;
    return typeof v === "string" ? Number(v.replace(",", ".")) : v;
  }, schema.nullable());

/** Checkboxes posted without JavaScript arrive as one string when a single box is ticked. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]), z.array(item));

const dateTime = (label: string) =>
  z
    .string({ error: `${label} : date et heure obligatoires.` })
    .trim()
    .min(1, `${label} : date et heure obligatoires.`)
    .refine((value) => parsePortalDateTime(value) !== null, `${label} : date ou heure invalide.`);

const optionalDateTime = (label: string) =>
  z.preprocess(emptyToNull, z.string().trim().refine((value) => parsePortalDateTime(value) !== null, `${label} : date ou heure invalide.`).nullable());

/** Fields every kind has: identity, texts, targeting and publication. */
const commonShape = {
  title: z
    .string({ error: "Le titre est obligatoire." })
    .trim()
    .min(3, "Le titre doit compter au moins 3 caractères.")
    .max(200, "Le titre : 200 caractères au plus."),
  /** Empty: derived from the title at creation, then kept so links survive edits. */
  slug: z.preprocess(
    emptyToNull,
    z
      .string()
      .trim()
      .max(120, "L'adresse : 120 caractères au plus.")
      .regex(SLUG_PATTERN, "L'adresse ne peut contenir que des lettres minuscules sans accents, des chiffres et des tirets.")
      .nullable(),
  ),
  summary: optionalText(500, "Le résumé"),
  /** HTML from the editor; sanitised on the server before it is stored. */
  body: z.preprocess(emptyToNull, z.string().max(300_000, "Le texte est trop long.").nullable()),
  audiences: list(z.enum(AUDIENCES, { error: "Public inconnu." })),
  territory: list(z.string().regex(TERRITORY_PATTERN, "Territoire inconnu.")),
  status: z.enum(EDITORIAL_STATUSES, { error: "Choisissez un état de publication." }),
  /** For "scheduled": when the content goes public (Paris time, datetime-local). */
  publishAt: optionalDateTime("Date de publication"),
};

function requireScheduleDate<T extends { status: string; publishAt: string | null }>(value: T, ctx: z.RefinementCtx) {
  if (value.status === "scheduled" && !value.publishAt) {
    ctx.addIssue({ code: "custom", path: ["publishAt"], message: "Indiquez la date et l'heure de publication programmée." });
  }
}

export const newsFormSchema = z
  .object({
    ...commonShape,
    themes: list(z.enum(NEWS_THEMES, { error: "Thème inconnu." })),
    imageId: z.preprocess(emptyToNull, z.string().max(100).nullable()),
    /** "" means decorative (no alternative text needed); null means not given yet. */
    imageAlt: z.preprocess(
      (value) => (value === undefined ? null : value),
      z.string().trim().max(300, "Le texte alternatif : 300 caractères au plus.").nullable(),
    ),
  })
  .superRefine((value, ctx) => {
    requireScheduleDate(value, ctx);
    if (value.imageId && value.imageAlt === null) {
      ctx.addIssue({ code: "custom", path: ["imageAlt"], message: "Décrivez l'image, ou indiquez qu'elle est décorative." });
    }
  });

export const eventFormSchema = z
  .object({
    ...commonShape,
    type: z.enum(EVENT_TYPES, { error: "Choisissez un type d'événement." }),
    startsAt: dateTime("Début"),
    endsAt: optionalDateTime("Fin"),
    online: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
    onlineUrl: optionalUrl,
    placeName: optionalText(200, "Le lieu"),
    address: optionalText(300, "L'adresse"),
    postcode: z.preprocess(emptyToNull, z.string().trim().regex(/^\d{5}$/, "Le code postal compte 5 chiffres.").nullable()),
    city: optionalText(120, "La commune"),
    lat: optionalNumber(z.number().min(-90, "Latitude invalide.").max(90, "Latitude invalide.")),
    lon: optionalNumber(z.number().min(-180, "Longitude invalide.").max(180, "Longitude invalide.")),
    registrationUrl: optionalUrl,
    capacity: optionalNumber(z.number().int("Nombre de places entier.").min(1, "Au moins une place.").max(1_000_000)),
    organiserName: optionalText(200, "L'organisateur"),
  })
  .superRefine((value, ctx) => {
    requireScheduleDate(value, ctx);
    const start = parsePortalDateTime(value.startsAt);
    const end = value.endsAt ? parsePortalDateTime(value.endsAt) : null;
    if (start && end && end.getTime() < start.getTime()) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: "La fin ne peut pas précéder le début." });
    }
    if (value.online && !value.onlineUrl) {
      ctx.addIssue({ code: "custom", path: ["onlineUrl"], message: "Indiquez le lien de connexion de l'événement en ligne." });
    }
    if (!value.online && !value.city) {
      ctx.addIssue({ code: "custom", path: ["city"], message: "Indiquez la commune où l'événement a lieu." });
    }
  });

export const infoPageFormSchema = z
  .object({
    ...commonShape,
    menuPosition: optionalNumber(z.number().int("Position entière.").min(0, "Position positive.").max(999, "999 au plus.")),
  })
  .superRefine(requireScheduleDate);

export const resourceFormSchema = z
  .object({
    ...commonShape,
    kind: z.enum(RESOURCE_KINDS, { error: "Choisissez un type de ressource." }),
    url: z
      .url({ protocol: /^https?$/, error: "Saisissez l'adresse de la ressource, commençant par https://." })
      .max(2000, "Cette adresse est trop longue."),
    publisher: optionalText(200, "L'éditeur"),
    themes: list(z.enum(RESOURCE_THEMES, { error: "Thème inconnu." })),
  })
  .superRefine(requireScheduleDate);

const code = z.string().trim().min(1).max(60);

export const structureFormSchema = z
  .object({
    ...commonShape,
    structureType: z.string({ error: "Choisissez un type de structure." }).trim().min(1, "Choisissez un type de structure.").max(60),
    services: list(code),
    themes: list(code),
    publics: list(code),
    address: optionalText(300, "L'adresse"),
    postcode: z.preprocess(emptyToNull, z.string().trim().regex(/^\d{5}$/, "Le code postal compte 5 chiffres.").nullable()),
    city: z.string({ error: "La commune est obligatoire." }).trim().min(1, "La commune est obligatoire.").max(120),
    lat: optionalNumber(z.number().min(-90, "Latitude invalide.").max(90, "Latitude invalide.")),
    lon: optionalNumber(z.number().min(-180, "Longitude invalide.").max(180, "Longitude invalide.")),
    phone: z.preprocess(emptyToNull, z.string().trim().regex(/^[+\d][\d .-]{5,19}$/, "Numéro de téléphone invalide.").nullable()),
    email: z.preprocess(emptyToNull, z.email("Adresse électronique invalide.").max(254).nullable()),
    website: optionalUrl,
    openingHours: optionalText(1000, "Les horaires"),
  })
  .superRefine(requireScheduleDate);

export const financingFormSchema = z
  .object({
    ...commonShape,
    acronym: optionalText(40, "Le sigle"),
    kind: z.enum(FINANCING_KINDS, { error: "Choisissez une catégorie de financement." }),
    tags: list(z.string().trim().min(1).max(60)),
    conditions: optionalText(5000, "Les conditions"),
    amounts: optionalText(5000, "Les montants"),
    cpfEligible: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
    website: optionalUrl,
  })
  .superRefine(requireScheduleDate);

export const CONTENT_FORM_SCHEMAS = {
  actualite: newsFormSchema,
  evenement: eventFormSchema,
  page: infoPageFormSchema,
  ressource: resourceFormSchema,
  structure: structureFormSchema,
  financement: financingFormSchema,
} as const satisfies Record<ContentKind, z.ZodType>;

export type ContentFormSchemas = typeof CONTENT_FORM_SCHEMAS;
export type ContentFormInput<K extends ContentKind> = z.input<ContentFormSchemas[K]>;
export type ContentFormValues<K extends ContentKind> = z.output<ContentFormSchemas[K]>;

/** Publication changes from the list (one or many rows) and the edit page. */
export const STATUS_CHANGES = ["publish", "unpublish", "archive"] as const;
export type StatusChange = (typeof STATUS_CHANGES)[number];

export const statusChangeSchema = z.object({
  ids: list(z.coerce.number().int().positive()).pipe(z.array(z.number()).min(1, "Sélectionnez au moins un contenu.").max(500)),
  change: z.enum(STATUS_CHANGES, { error: "Action inconnue." }),
});
export type StatusChangeInput = z.input<typeof statusChangeSchema>;

export const restoreRevisionSchema = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});
export type RestoreRevisionInput = z.input<typeof restoreRevisionSchema>;
