import { z } from "zod";
import { isCountryCode } from "@/lib/network/countries";
import type { NetworkLocale } from "@/lib/network/i18n/locale";

/**
 * Profile forms of the alumni network, built per language like the sign-up schemas. Optional
 * text fields arrive as "" from forms and are stored as null.
 */

export const PROFILE_YEAR_MIN = 1950;
/** A training may still be under way: next year is accepted. */
export function profileYearMax(now = new Date()): number {
  return now.getFullYear() + 1;
}

const messages = {
  fr: {
    required: "Ce champ est obligatoire.",
    tooLong: "200 caractères au plus.",
    country: "Choisissez un pays de la liste.",
    year: (min: number, max: number) => `Saisissez une année entre ${min} et ${max}.`,
    email: "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.",
    phone: "Saisissez un numéro de téléphone valide (chiffres, espaces, +, points ou tirets ; 6 à 20 caractères).",
    name: "Saisissez votre nom (2 caractères au moins).",
    organisation: "Choisissez un organisme de formation dans la liste.",
  },
  en: {
    required: "This field is required.",
    tooLong: "200 characters at most.",
    country: "Choose a country from the list.",
    year: (min: number, max: number) => `Enter a year between ${min} and ${max}.`,
    email: "Enter a valid e-mail address, for example name@example.com.",
    phone: "Enter a valid phone number (digits, spaces, +, dots or dashes; 6 to 20 characters).",
    name: "Enter your name (at least 2 characters).",
    organisation: "Choose a training organisation from the list.",
  },
};

export function alumniProfileSchema(locale: NetworkLocale, now = new Date()) {
  const m = messages[locale];
  const required = z.string({ error: m.required }).trim().min(1, m.required).max(200, m.tooLong);
  const optional = z
    .string()
    .trim()
    .max(200, m.tooLong)
    .transform((v) => (v === "" ? null : v));
  const optionalCountry = z
    .string()
    .trim()
    .refine((v) => v === "" || isCountryCode(v), { message: m.country })
    .transform((v) => (v === "" ? null : v));
  const max = profileYearMax(now);
  return z.object({
    countryOfOrigin: z.string({ error: m.country }).refine(isCountryCode, { message: m.country }),
    countryOfActivity: optionalCountry,
    lastName: required,
    firstName: required,
    schoolOfOrigin: optional,
    company: required,
    position: optional,
    trainingType: optional,
    speciality: optional,
    school: optional,
    year: z
      .union([z.literal(""), z.coerce.number({ error: m.year(PROFILE_YEAR_MIN, max) })])
      .transform((v) => (v === "" ? null : v))
      .refine((v) => v === null || (Number.isInteger(v) && v >= PROFILE_YEAR_MIN && v <= max), { message: m.year(PROFILE_YEAR_MIN, max) }),
    internshipCompany: optional,
    contactEmail: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, m.email)
      .refine((v) => v === "" || z.email().safeParse(v).success, { message: m.email })
      .transform((v) => (v === "" ? null : v)),
    contactPhone: z
      .string()
      .trim()
      .refine((v) => v === "" || /^\+?[0-9][0-9 ().-]{4,18}[0-9]$/.test(v), { message: m.phone })
      .transform((v) => (v === "" ? null : v)),
  });
}

/** An organisation member or an administrator: their display name (the organisation is set by administrators). */
export function memberNameSchema(locale: NetworkLocale) {
  const m = messages[locale];
  return z.object({ name: z.string({ error: m.name }).trim().min(2, m.name).max(100, m.tooLong) });
}

/** What a network administrator sets on any member: the organisation, and for administrators their scope. */
export function memberAdminSchema(locale: NetworkLocale) {
  const m = messages[locale];
  return z.object({
    userId: z.string().min(1).max(100),
    name: z.string({ error: m.name }).trim().min(2, m.name).max(100, m.tooLong),
    organisationId: z
      .union([z.literal(""), z.coerce.number().int().positive()])
      .transform((v) => (v === "" ? null : v)),
    adminScope: z
      .union([z.literal(""), z.enum(["bricks", "campus"])])
      .transform((v) => (v === "" ? null : v)),
  });
}

export type AlumniProfileValues = z.output<ReturnType<typeof alumniProfileSchema>>;
export type AlumniProfileInput = z.input<ReturnType<typeof alumniProfileSchema>>;
