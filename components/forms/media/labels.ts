import { FORBIDDEN, INVALID_FORM, SIGNED_OUT, UNEXPECTED } from "@/lib/actions/result";
import { ALT_MAX_LENGTH, IMAGE_HINT, MEDIA_MAX_MB, MEDIA_MESSAGES } from "@/lib/validations/media";
import { RECENT_FAILED, UPLOAD_FAILED } from "./media-client";

/**
 * Words of the image picker and the alternative text fields. French by default (the back
 * office); English for the alumni network's editors, whose interface may be in English.
 */
export const EDITOR_LOCALES = ["fr", "en"] as const;
export type EditorLocale = (typeof EDITOR_LOCALES)[number];

export type AltTextLabels = {
  label: string;
  required: string;
  hint: string;
  decorative: string;
  decorativeHint: string;
  errorPrefix: string;
  /** Shown when neither a text nor "decorative" was given. */
  missing: string;
};

export type MediaChooserLabels = {
  chosen: string;
  currentImage: string;
  noneChosen: string;
  uploadNew: string;
  fileHint: string;
  recentLegend: string;
  loading: string;
  noneYet: string;
  checked: string;
  quote: (alt: string) => string;
  tooLarge: string;
};

export type MediaLabels = {
  alt: AltTextLabels;
  chooser: MediaChooserLabels;
  /**
   * The media routes and the upload client answer in French (lib/actions/result.ts,
   * lib/validations/media.ts): each known message in this language; others pass unchanged.
   */
  messages: Readonly<Record<string, string>>;
};

const fr: MediaLabels = {
  alt: {
    label: "Texte alternatif",
    required: "(obligatoire)",
    hint: "Ce que l'image apporte au contenu, en une phrase courte, pour qui ne la voit pas. Inutile de commencer par « Image de ».",
    decorative: "Image décorative",
    decorativeHint: "Elle n'apporte aucune information : les lecteurs d'écran l'ignoreront.",
    errorPrefix: "Erreur : ",
    missing: "Saisissez le texte alternatif de l'image, ou cochez « Image décorative ».",
  },
  chooser: {
    chosen: "Image choisie : ",
    currentImage: "image actuelle",
    noneChosen: "Aucune image choisie.",
    uploadNew: "Envoyer une nouvelle image",
    fileHint: IMAGE_HINT,
    recentLegend: "Ou choisir une image envoyée récemment",
    loading: "Chargement des images…",
    noneYet: "Aucune image n'a encore été envoyée.",
    checked: "✓ Choisie",
    quote: (alt) => `« ${alt} »`,
    tooLarge: MEDIA_MESSAGES.tooLarge,
  },
  messages: {},
};

const en: MediaLabels = {
  alt: {
    label: "Alternative text",
    required: "(required)",
    hint: "What the image brings to the content, in one short sentence, for those who cannot see it. No need to start with “Image of”.",
    decorative: "Decorative image",
    decorativeHint: "It carries no information: screen readers will skip it.",
    errorPrefix: "Error: ",
    missing: "Enter the alternative text of the image, or tick “Decorative image”.",
  },
  chooser: {
    chosen: "Chosen image: ",
    currentImage: "current image",
    noneChosen: "No image chosen.",
    uploadNew: "Upload a new image",
    fileHint: `JPEG, PNG, WebP or GIF, ${MEDIA_MAX_MB} MB at most.`,
    recentLegend: "Or choose a recently uploaded image",
    loading: "Loading images…",
    noneYet: "No image has been uploaded yet.",
    checked: "✓ Chosen",
    quote: (alt) => `“${alt}”`,
    tooLarge: `The image is larger than ${MEDIA_MAX_MB} MB.`,
  },
  messages: {
    [FORBIDDEN]: "You do not have the rights needed for this action.",
    [INVALID_FORM]: "The form has errors: correct the fields shown.",
    [SIGNED_OUT]: "Your session has expired: sign in again to continue.",
    [UNEXPECTED]: "An unexpected error occurred. Your data was not changed; try again in a moment.",
    [MEDIA_MESSAGES.notAnImage]: "This file is not a JPEG, PNG, WebP or GIF image.",
    [MEDIA_MESSAGES.tooLarge]: `The image is larger than ${MEDIA_MAX_MB} MB.`,
    [MEDIA_MESSAGES.missingFile]: "No file was received. Choose an image and try again.",
    [MEDIA_MESSAGES.altTooLong]: `The alternative text must not be longer than ${ALT_MAX_LENGTH} characters.`,
    [UPLOAD_FAILED]: "The upload failed: check your connection and try again.",
    [RECENT_FAILED]: "The recent images could not be loaded.",
  },
};

export const MEDIA_LABELS: { fr: MediaLabels; en: MediaLabels } = { fr, en };

/** A French message of the media routes in the labels' language. */
export function mediaMessage(labels: MediaLabels, message: string): string {
  return labels.messages[message] ?? message;
}
