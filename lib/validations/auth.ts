import { z } from "zod";

/**
 * Account forms: one schema per form, used by react-hook-form in the browser and by the server
 * action, so both validate the same way. Messages are French (shown to users as they are).
 */

export const email = z
  .string({ error: "Saisissez votre adresse électronique." })
  .trim()
  .toLowerCase()
  .min(1, "Saisissez votre adresse électronique.")
  .max(254, "Cette adresse est trop longue.")
  .pipe(z.email({ error: "Saisissez une adresse électronique valide, par exemple nom@exemple.fr." }));

export const PASSWORD_RULE =
  "12 caractères au moins, avec une minuscule, une majuscule et un chiffre (ou une phrase de passe de 16 caractères).";

/** CNIL recommendation (délibération 2022-100): about 80 bits, as 12 mixed characters or a long passphrase. */
export const newPassword = z
  .string({ error: "Choisissez un mot de passe." })
  .min(1, "Choisissez un mot de passe.")
  .max(128, "128 caractères au plus.")
  .refine(
    (value) => value.length >= 16 || (value.length >= 12 && /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value)),
    { message: `Mot de passe trop faible : ${PASSWORD_RULE}` },
  );

export const displayName = z
  .string({ error: "Saisissez votre nom." })
  .trim()
  .min(2, "Saisissez votre nom (2 caractères au moins).")
  .max(100, "100 caractères au plus.");

export const signUpSchema = z
  .object({
    name: displayName,
    email,
    password: newPassword,
    passwordConfirmation: z.string(),
    acceptTerms: z.literal(true, { error: "Vous devez accepter les conditions d'utilisation et la politique de confidentialité." }),
  })
  .refine((v) => v.password === v.passwordConfirmation, {
    path: ["passwordConfirmation"],
    message: "Les deux mots de passe ne sont pas identiques.",
  });
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "Saisissez votre mot de passe.").max(128, "128 caractères au plus."),
});
export type SignInInput = z.input<typeof signInSchema>;

export const magicLinkSchema = z.object({ email });
export type MagicLinkInput = z.input<typeof magicLinkSchema>;

export const passwordResetRequestSchema = z.object({ email });
export type PasswordResetRequestInput = z.input<typeof passwordResetRequestSchema>;

export const passwordResetSchema = z
  .object({
    token: z.string().min(1),
    password: newPassword,
    passwordConfirmation: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirmation, {
    path: ["passwordConfirmation"],
    message: "Les deux mots de passe ne sont pas identiques.",
  });
export type PasswordResetInput = z.input<typeof passwordResetSchema>;

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().max(128),
    password: newPassword,
    passwordConfirmation: z.string(),
  })
  .refine((v) => v.password === v.passwordConfirmation, {
    path: ["passwordConfirmation"],
    message: "Les deux mots de passe ne sont pas identiques.",
  });
export type PasswordChangeInput = z.input<typeof passwordChangeSchema>;

export const profileSchema = z.object({
  name: displayName,
  alertsEnabled: z.boolean(),
});
export type ProfileInput = z.input<typeof profileSchema>;

export const deleteAccountSchema = z.object({
  confirmation: z.literal("SUPPRIMER", { error: "Saisissez SUPPRIMER en majuscules pour confirmer." }),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
