import type { z } from "zod";

/** What every server action returns; actions throw only for bugs. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export function ok<T>(data: T, message?: string): ActionResult<T> {
  return { ok: true, data, ...(message ? { message } : {}) };
}

export function fail(error: string, fieldErrors?: Record<string, string[]>): ActionResult<never> {
  return { ok: false, error, ...(fieldErrors ? { fieldErrors } : {}) };
}

export const INVALID_FORM = "Le formulaire contient des erreurs : corrigez les champs signalés.";
export const FORBIDDEN = "Vous n'avez pas les droits nécessaires pour cette action.";
export const SIGNED_OUT = "Votre session a expiré : reconnectez-vous pour continuer.";
export const UNEXPECTED = "Une erreur inattendue est survenue. Vos données n'ont pas été modifiées ; réessayez dans un instant.";

/** Field errors keyed by field path, as react-hook-form and the forms expect them. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Turns FormData into a plain object; checkboxes ("on") become true, repeated keys arrays. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const v = value === "on" ? true : value;
    if (key in out) out[key] = ([] as unknown[]).concat(out[key], v);
    else out[key] = v;
  }
  return out;
}
