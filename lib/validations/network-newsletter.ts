import { z } from "zod";
import type { NewsletterSegment } from "@/db/schema/network";
import { isCountryCode } from "@/lib/network/countries";
import type { NetworkLocale } from "@/lib/network/i18n/locale";

/**
 * The newsletter composition form (network administrators). One schema per interface language,
 * built by the same function for the browser and the server action, so both validate alike.
 */

const messages = {
  fr: {
    subject: "Saisissez l'objet en français.",
    subjectTooLong: "L'objet est trop long : 200 caractères au plus.",
    body: "Écrivez le texte de la lettre en français.",
    bodyTooLong: "Le texte est trop long.",
    englishPair: "Pour la version anglaise, remplissez l'objet et le texte, ou laissez les deux vides.",
    kinds: "Choisissez au moins un type de destinataires.",
    invalid: "Valeur non reconnue.",
  },
  en: {
    subject: "Enter the subject in French.",
    subjectTooLong: "The subject is too long: 200 characters at most.",
    body: "Write the text of the newsletter in French.",
    bodyTooLong: "The text is too long.",
    englishPair: "For the English version, fill in both the subject and the text, or leave both empty.",
    kinds: "Choose at least one kind of recipients.",
    invalid: "Unrecognised value.",
  },
} satisfies Record<NetworkLocale, Record<string, string>>;

/** The schema's NEWSLETTER_MEMBER_KINDS, repeated so the browser bundle does not pull the table definitions. */
export const NEWSLETTER_KINDS = ["alumni", "organisation_member"] as const satisfies readonly NewsletterSegment["kinds"][number][];

export const NEWSLETTER_SUBJECT_MAX = 200;
const BODY_MAX = 200_000;
const LIST_MAX = 300;

/** Whether rich text has something to read: the editor sends "" or empty paragraphs for nothing. */
export function hasRichText(html: string | null | undefined): boolean {
  if (!html) return false;
  if (/<(img|iframe)\b/i.test(html)) return true;
  return html.replace(/<[^>]*>/g, "").replace(/&nbsp;/g, " ").trim().length > 0;
}

export function newsletterSegmentSchema(locale: NetworkLocale) {
  const m = messages[locale];
  return z.object({
    kinds: z.array(z.enum(NEWSLETTER_KINDS, { error: m.invalid })).min(1, m.kinds).max(2),
    countriesOfOrigin: z.array(z.string().refine(isCountryCode, { message: m.invalid })).max(LIST_MAX).default([]),
    countriesOfActivity: z.array(z.string().refine(isCountryCode, { message: m.invalid })).max(LIST_MAX).default([]),
    schools: z.array(z.string().trim().min(1).max(200)).max(LIST_MAX).default([]),
    years: z.array(z.number({ error: m.invalid }).int().min(1900).max(2200)).max(LIST_MAX).default([]),
    organisationIds: z.array(z.number({ error: m.invalid }).int().positive()).max(LIST_MAX).default([]),
  });
}

export function newsletterSchema(locale: NetworkLocale) {
  const m = messages[locale];
  return z
    .object({
      subjectFr: z.string({ error: m.subject }).trim().min(1, m.subject).max(NEWSLETTER_SUBJECT_MAX, m.subjectTooLong),
      subjectEn: z.string().trim().max(NEWSLETTER_SUBJECT_MAX, m.subjectTooLong).default(""),
      bodyFr: z.string({ error: m.body }).max(BODY_MAX, m.bodyTooLong).refine(hasRichText, { message: m.body }),
      bodyEn: z.string().max(BODY_MAX, m.bodyTooLong).default(""),
      segment: newsletterSegmentSchema(locale),
    })
    .superRefine((value, ctx) => {
      // Half a translation would send an English subject over a French text (or the reverse).
      const subject = value.subjectEn !== "";
      const body = hasRichText(value.bodyEn);
      if (subject && !body) ctx.addIssue({ code: "custom", path: ["bodyEn"], message: m.englishPair });
      if (body && !subject) ctx.addIssue({ code: "custom", path: ["subjectEn"], message: m.englishPair });
    });
}

export type NewsletterValues = z.output<ReturnType<typeof newsletterSchema>>;
export type NewsletterInput = z.input<ReturnType<typeof newsletterSchema>>;
export type NewsletterSegmentValues = z.output<ReturnType<typeof newsletterSegmentSchema>>;
