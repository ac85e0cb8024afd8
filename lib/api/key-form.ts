import { z } from "zod";

/** Bounds of a key's per-minute limit, shared by the form and the service. */
export const KEY_LIMIT_MIN = 1;
export const KEY_LIMIT_MAX = 100_000;

/** The back office's "new API key" form, used by react-hook-form and by the server action. */
export const createApiKeySchema = z.object({
  name: z
    .string()
    .trim()
    .min(3, "Indiquez le nom de l'application partenaire (3 caractères au moins).")
    .max(120, "120 caractères au plus."),
  contact: z
    .string()
    .trim()
    .min(3, "Indiquez un contact : une personne, une équipe ou une adresse électronique.")
    .max(200, "200 caractères au plus."),
  perMinute: z.coerce
    .number({ error: "Indiquez un nombre de requêtes par minute." })
    .int("Indiquez un nombre entier.")
    .min(KEY_LIMIT_MIN, `${KEY_LIMIT_MIN} requête par minute au moins.`)
    .max(KEY_LIMIT_MAX, `${KEY_LIMIT_MAX.toLocaleString("fr-FR")} requêtes par minute au plus.`),
});

export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;
export type CreateApiKeyFormValues = z.input<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ id: z.coerce.number().int().positive() });
