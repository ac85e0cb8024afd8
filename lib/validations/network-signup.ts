import { z } from "zod";
import { isCountryCode } from "@/lib/network/countries";
import type { NetworkLocale } from "@/lib/network/i18n/locale";

/**
 * Membership requests of the alumni network (specification §1.3 f: every field mandatory). One
 * schema per language, built by the same function for the browser and the server action, so the
 * messages follow the interface language and both sides validate alike.
 */

const messages = {
  fr: {
    lastName: "Saisissez votre nom.",
    firstName: "Saisissez votre prénom.",
    tooLong: "100 caractères au plus.",
    country: "Choisissez votre pays d'origine.",
    company: "Saisissez votre société (ou « Sans emploi », « En formation »…).",
    organisation: "Choisissez votre organisme de formation dans la liste.",
    email: "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.",
    password:
      "Mot de passe trop faible : 12 caractères au moins, avec une minuscule, une majuscule et un chiffre (ou une phrase de passe de 16 caractères).",
    passwordMax: "128 caractères au plus.",
    passwordMismatch: "Les deux mots de passe ne sont pas identiques.",
    accept: "Vous devez accepter les mentions légales et les conditions d'utilisation.",
  },
  en: {
    lastName: "Enter your last name.",
    firstName: "Enter your first name.",
    tooLong: "100 characters at most.",
    country: "Choose your country of origin.",
    company: "Enter your company (or “Unemployed”, “In training”…).",
    organisation: "Choose your training organisation from the list.",
    email: "Enter a valid e-mail address, for example name@example.com.",
    password: "Password too weak: at least 12 characters with a lower-case letter, an upper-case letter and a digit (or a 16-character passphrase).",
    passwordMax: "128 characters at most.",
    passwordMismatch: "The two passwords are not the same.",
    accept: "You must accept the legal notice and the terms of use.",
  },
} satisfies Record<NetworkLocale, Record<string, string>>;

const text = (message: string, tooLong: string) => z.string({ error: message }).trim().min(1, message).max(100, tooLong);

export const NETWORK_APPLICATION_KINDS = ["alumni", "organisation_member"] as const;
export type NetworkApplicationKind = (typeof NETWORK_APPLICATION_KINDS)[number];

/** The request itself, without the account fields (a signed-in visitor applies with their account). */
export function networkApplicationSchema(locale: NetworkLocale) {
  const m = messages[locale];
  const person = {
    lastName: text(m.lastName, m.tooLong),
    firstName: text(m.firstName, m.tooLong),
    acceptTerms: z.literal(true, { error: m.accept }),
  };
  return z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("alumni"),
      ...person,
      countryOfOrigin: z.string({ error: m.country }).refine(isCountryCode, { message: m.country }),
      company: text(m.company, m.tooLong),
    }),
    z.object({
      kind: z.literal("organisation_member"),
      ...person,
      organisationId: z.coerce.number({ error: m.organisation }).int(m.organisation).positive(m.organisation),
    }),
  ]);
}

/** Account fields added for an anonymous applicant: the address to confirm and a password to sign in later. */
export function networkAccountSchema(locale: NetworkLocale) {
  const m = messages[locale];
  return z
    .object({
      email: z
        .string({ error: m.email })
        .trim()
        .toLowerCase()
        .min(1, m.email)
        .max(254, m.email)
        .pipe(z.email({ error: m.email })),
      password: z
        .string({ error: m.password })
        .max(128, m.passwordMax)
        .refine((v) => v.length >= 16 || (v.length >= 12 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v)), { message: m.password }),
      passwordConfirmation: z.string(),
    })
    .refine((v) => v.password === v.passwordConfirmation, { path: ["passwordConfirmation"], message: m.passwordMismatch });
}

/** The public sign-up form: request and account together. */
export function networkSignupSchema(locale: NetworkLocale) {
  return z.intersection(networkApplicationSchema(locale), networkAccountSchema(locale));
}

export type NetworkApplication = z.output<ReturnType<typeof networkApplicationSchema>>;
export type NetworkSignup = z.output<ReturnType<typeof networkSignupSchema>>;
export type NetworkSignupInput = z.input<ReturnType<typeof networkSignupSchema>>;
