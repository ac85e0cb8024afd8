import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { type Db, getDb } from "@/db";
import { type ActionResult, fail, fieldErrorsOf, formDataToObject } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth";
import { type Action, can, ForbiddenError } from "@/lib/auth/permissions";
import { getNetworkAccess } from "./access";
import type { NetworkContext } from "./guards";
import { getNetworkLocale, type NetworkLocale } from "./i18n";

/** The general messages of lib/actions/result.ts in both languages of the network. */
export const NETWORK_ACTION_MESSAGES = {
  fr: {
    invalid: "Le formulaire contient des erreurs : corrigez les champs signalés.",
    forbidden: "Vous n'avez pas les droits nécessaires pour cette action.",
    signedOut: "Votre session a expiré : reconnectez-vous pour continuer.",
    unexpected: "Une erreur inattendue est survenue. Vos données n'ont pas été modifiées ; réessayez dans un instant.",
  },
  en: {
    invalid: "The form contains errors: please correct the fields shown.",
    forbidden: "You do not have the rights needed for this action.",
    signedOut: "Your session has expired: please sign in again to continue.",
    unexpected: "An unexpected error occurred. Your data has not been changed; please try again in a moment.",
  },
} satisfies Record<NetworkLocale, Record<string, string>>;

type NetworkHandler<S extends z.ZodType, T> = (input: z.output<S>, ctx: NetworkContext & { db: Db }) => Promise<ActionResult<T>>;

/**
 * authedAction for the alumni network: besides the permission, the user must be an approved
 * member (getNetworkAccess), so a pending or refused applicant is refused by every action even
 * if a role were left behind. `permission` defaults to "network:use". `schema` is built for the
 * request's language, so field messages match the interface.
 */
export function networkAction<S extends z.ZodType, T>(
  options: { schema: S | ((locale: NetworkLocale) => S); permission?: Action },
  handler: NetworkHandler<S, T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    let locale: NetworkLocale = "fr";
    try {
      locale = await getNetworkLocale();
      const m = NETWORK_ACTION_MESSAGES[locale];
      const user = await getCurrentUser();
      if (!user) return fail(m.signedOut);
      if (user.mustChangePassword) return fail(m.forbidden);
      const db = getDb();
      const access = await getNetworkAccess(db, user);
      if (!access || !can(user, options.permission ?? "network:use")) return fail(m.forbidden);
      const schema = typeof options.schema === "function" ? options.schema(locale) : options.schema;
      const parsed = schema.safeParse(raw instanceof FormData ? formDataToObject(raw) : raw);
      if (!parsed.success) return fail(m.invalid, fieldErrorsOf(parsed.error));
      return await handler(parsed.data, { db, user, ...access, locale });
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof ForbiddenError) return fail(NETWORK_ACTION_MESSAGES[locale].forbidden);
      console.error("[network action]", error);
      return fail(NETWORK_ACTION_MESSAGES[locale].unexpected);
    }
  };
}
