import { z } from "zod";
import type { NetworkPost } from "@/db/schema";
import { parsePortalDateTime } from "@/lib/dates";
import type { NetworkLocale } from "@/lib/network/i18n/locale";

/**
 * The network news and events form, built per language like the other network forms, shared by
 * react-hook-form and the save action. Dates are `datetime-local` values meaning Paris time; the
 * bodies are HTML from the rich text editor, sanitised by the server before they are stored.
 */

export const NETWORK_POST_KIND_VALUES = ["news", "event"] as const satisfies readonly NetworkPost["kind"][];
export const NETWORK_POST_STATUS_VALUES = ["draft", "published"] as const satisfies readonly NetworkPost["status"][];

const messages = {
  fr: {
    required: "Ce champ est obligatoire.",
    tooLong: (max: number) => `${max} caractères au plus.`,
    bodyTooLong: "Le texte est trop long.",
    choice: "Choisissez une valeur de la liste.",
    startsAt: "Indiquez la date et l'heure de début de l'événement.",
    date: "Saisissez une date et une heure valides.",
    endBeforeStart: "La fin doit suivre le début de l'événement.",
    url: "Saisissez une adresse web complète, commençant par https://.",
  },
  en: {
    required: "This field is required.",
    tooLong: (max: number) => `${max} characters at most.`,
    bodyTooLong: "The text is too long.",
    choice: "Choose a value from the list.",
    startsAt: "Enter the date and time the event starts.",
    date: "Enter a valid date and time.",
    endBeforeStart: "The end must come after the start of the event.",
    url: "Enter a full web address, starting with https://.",
  },
} satisfies Record<NetworkLocale, unknown>;

/** Whether rich text holds anything (the editor sends "" or empty paragraphs for nothing). */
export function richTextHasText(html: string | null | undefined): boolean {
  if (!html) return false;
  if (/<(img|iframe)\b/i.test(html)) return true;
  return html.replace(/<[^>]*>/g, "").replace(/&nbsp;|&#160;/g, " ").trim().length > 0;
}

const MAX_BODY = 100_000;

export function networkPostSchema(locale: NetworkLocale) {
  const m = messages[locale];
  // Nullable on input too: the form hands the action the values its own parse produced.
  const optionalText = (max: number) =>
    z
      .string()
      .trim()
      .max(max, m.tooLong(max))
      .nullable()
      .transform((v) => (v ? v : null));
  return z
    .object({
      /** Absent for a new post. */
      id: z.number().int().positive().optional(),
      kind: z.enum(NETWORK_POST_KIND_VALUES, { error: m.choice }),
      status: z.enum(NETWORK_POST_STATUS_VALUES, { error: m.choice }),
      titleFr: z.string({ error: m.required }).trim().min(1, m.required).max(200, m.tooLong(200)),
      titleEn: optionalText(200),
      bodyFr: z.string({ error: m.required }).max(MAX_BODY, m.bodyTooLong).refine(richTextHasText, m.required),
      bodyEn: z
        .string()
        .max(MAX_BODY, m.bodyTooLong)
        .nullable()
        .transform((v) => (richTextHasText(v) ? v : null)),
      startsAt: z.string().trim(),
      endsAt: z.string().trim(),
      place: optionalText(200),
      onlineUrl: z
        .string()
        .trim()
        .max(2000, m.tooLong(2000))
        .nullable()
        .refine((v) => !v || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v), m.url)
        .transform((v) => (v ? v : null)),
    })
    .superRefine((value, ctx) => {
      if (value.kind !== "event") return;
      const starts = value.startsAt ? parsePortalDateTime(value.startsAt) : null;
      if (!value.startsAt) ctx.addIssue({ code: "custom", path: ["startsAt"], message: m.startsAt });
      else if (!starts) ctx.addIssue({ code: "custom", path: ["startsAt"], message: m.date });
      if (!value.endsAt) return;
      const ends = parsePortalDateTime(value.endsAt);
      if (!ends) ctx.addIssue({ code: "custom", path: ["endsAt"], message: m.date });
      else if (starts && ends.getTime() < starts.getTime()) ctx.addIssue({ code: "custom", path: ["endsAt"], message: m.endBeforeStart });
    });
}

export type NetworkPostInput = z.input<ReturnType<typeof networkPostSchema>>;
export type NetworkPostValues = z.output<ReturnType<typeof networkPostSchema>>;
