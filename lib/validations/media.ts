import { z } from "zod";

/**
 * Rules of an image upload, shared by the upload service, its route and the file inputs of the
 * back office (accept attribute, hint), so the browser and the server announce the same limits.
 */

/** Types recognised from the file's bytes; SVG is refused because it can carry script. */
export const IMAGE_TYPES = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/gif": "gif",
} as const;

export type ImageMimeType = keyof typeof IMAGE_TYPES;

export const MEDIA_MAX_MB = 5;
export const MEDIA_MAX_BYTES = MEDIA_MAX_MB * 1024 * 1024;
export const ALT_MAX_LENGTH = 300;

export const IMAGE_ACCEPT = Object.keys(IMAGE_TYPES).join(",");
export const IMAGE_HINT = `JPEG, PNG, WebP ou GIF, ${MEDIA_MAX_MB} Mo au plus.`;

export const MEDIA_MESSAGES = {
  notAnImage: "Ce fichier n'est pas une image JPEG, PNG, WebP ou GIF.",
  tooLarge: `L'image dépasse ${MEDIA_MAX_MB} Mo.`,
  missingFile: "Aucun fichier n'a été reçu. Choisissez une image puis recommencez.",
  altTooLong: `Le texte alternatif ne doit pas dépasser ${ALT_MAX_LENGTH} caractères.`,
} as const;

/** Suggested alternative text sent with an upload; blank means "none suggested". */
export const mediaAltSchema = z
  .string()
  .trim()
  .max(ALT_MAX_LENGTH, MEDIA_MESSAGES.altTooLong)
  .transform((alt) => alt || null);
