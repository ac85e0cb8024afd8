import { FORBIDDEN, INVALID_FORM, SIGNED_OUT, UNEXPECTED } from "@/lib/actions/result";
import type { NetworkLocale } from "./locale";

/**
 * The shared action wrappers answer in French (lib/actions/result.ts); members reading the
 * network in English get those general messages in English. Other messages pass unchanged.
 */
const ENGLISH: Record<string, string> = {
  [FORBIDDEN]: "You do not have the rights needed for this action.",
  [INVALID_FORM]: "The form has errors: correct the fields shown.",
  [SIGNED_OUT]: "Your session has expired: sign in again to continue.",
  [UNEXPECTED]: "An unexpected error occurred. Your data was not changed; try again in a moment.",
};

export function translateActionError(message: string, locale: NetworkLocale): string {
  return locale === "en" ? (ENGLISH[message] ?? message) : message;
}
