/**
 * Versions of the documents a visitor accepts at sign-up. Bump one when its page changes in
 * substance: the consent table then tells who accepted which text, and when.
 */
export const TERMS_VERSION = "2026-11-24";
export const PRIVACY_VERSION = "2026-11-24";
