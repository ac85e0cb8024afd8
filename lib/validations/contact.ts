import { z } from "zod";
import { CAPTCHA_MESSAGES } from "@/lib/captcha/messages";
import { email } from "./auth";

/** Subjects of the contact form; `value` travels in URLs (`/contact?sujet=site`) and the audit log. */
export const CONTACT_SUBJECTS = [
  { value: "formation", label: "Une formation" },
  { value: "organisme", label: "Un organisme" },
  { value: "metier", label: "Un métier" },
  { value: "site", label: "Le site (problème technique, accessibilité)" },
  { value: "autre", label: "Autre" },
] as const;

export type ContactSubject = (typeof CONTACT_SUBJECTS)[number]["value"];

const SUBJECT_VALUES = CONTACT_SUBJECTS.map((s) => s.value) as [ContactSubject, ...ContactSubject[]];

export function contactSubjectLabel(value: ContactSubject): string {
  return CONTACT_SUBJECTS.find((s) => s.value === value)?.label ?? value;
}

export function isContactSubject(value: unknown): value is ContactSubject {
  return typeof value === "string" && (SUBJECT_VALUES as string[]).includes(value);
}

export const MESSAGE_MIN = 20;
export const MESSAGE_MAX = 5000;

/**
 * A path of this site ("/formations/123", "/recherche?q=…"), never an absolute or
 * protocol-relative address: the page of origin is shown to the team as a link of the portal.
 */
export function isSameSitePath(value: string): boolean {
  if (value.length === 0 || value.length > 500) return false;
  if (!value.startsWith("/") || value.startsWith("//")) return false;
  // Backslashes and control characters: browsers read "/\evil.example" as another host.
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return false;
  try {
    const base = "https://passerelle.invalid";
    return new URL(value, base).origin === base;
  } catch {
    return false;
  }
}

export const contactSchema = z.object({
  name: z
    .string({ error: "Saisissez votre nom." })
    .trim()
    .min(2, "Saisissez votre nom (2 caractères au moins).")
    .max(100, "Votre nom est trop long : 100 caractères au plus."),
  email,
  subject: z.enum(SUBJECT_VALUES, { error: "Choisissez le sujet de votre message." }),
  message: z
    .string({ error: "Écrivez votre message." })
    .trim()
    .min(MESSAGE_MIN, `Votre message est trop court : ${MESSAGE_MIN} caractères au moins.`)
    .max(MESSAGE_MAX, "Votre message est trop long : 5 000 caractères au plus."),
  /** The page the visitor came from (`?depuis=`), when there is one. */
  depuis: z
    .string()
    .trim()
    .refine((v) => v === "" || isSameSitePath(v), "La page d'origine doit être une page de ce site.")
    .optional(),
  /** The proof-of-work payload of the captcha widget. */
  captcha: z.string({ error: CAPTCHA_MESSAGES.missing }).min(1, CAPTCHA_MESSAGES.missing).max(4000, CAPTCHA_MESSAGES.invalid),
});

export type ContactInput = z.input<typeof contactSchema>;
export type ContactData = z.output<typeof contactSchema>;
