import { z } from "zod";
import { GRANTABLE_ROLES, ROLES } from "@/lib/auth/roles";

/**
 * Account administration forms: one schema per form, shared by react-hook-form in the browser
 * and by the server actions (app/admin/utilisateurs/actions.ts).
 */

const userId = z.string({ error: "Compte manquant." }).trim().min(1, "Compte manquant.").max(100);

const grantableRole = z
  .enum(ROLES, { error: "Rôle inconnu." })
  .refine((role) => (GRANTABLE_ROLES as readonly string[]).includes(role), { message: "Ce rôle ne peut pas être attribué." });

export const userRolesSchema = z.object({
  userId,
  // Checkboxes posted without JavaScript arrive as one string when a single box is ticked.
  roles: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(grantableRole)),
});
export type UserRolesInput = z.input<typeof userRolesSchema>;

export const userIdSchema = z.object({ userId });
export type UserIdInput = z.input<typeof userIdSchema>;

export const deleteUserSchema = z.object({
  userId,
  confirmation: z
    .string({ error: "Saisissez l'adresse électronique du compte pour confirmer." })
    .trim()
    .min(1, "Saisissez l'adresse électronique du compte pour confirmer.")
    .max(254, "Cette adresse est trop longue."),
});
export type DeleteUserInput = z.input<typeof deleteUserSchema>;
