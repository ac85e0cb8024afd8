import { z } from "zod";
import { SEARCH_KINDS } from "@/lib/search/types";

/**
 * Forms of the personal space (save buttons, notes, history). The item's title and link are never
 * part of a form: the server reads them from the database.
 */

export const NOTE_MAX_LENGTH = 1000;

const kind = z.enum(SEARCH_KINDS, { error: "Type d'élément inconnu." });
const itemId = z
  .string({ error: "Élément manquant." })
  .trim()
  .min(1, "Élément manquant.")
  .max(64, "Identifiant d'élément invalide.");

export const itemRefSchema = z.object({ kind, itemId });
export type ItemRefInput = z.input<typeof itemRefSchema>;

/** "true"/"false" from a hidden input, or a boolean when called from code. */
const flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]);

/** A save button sends the state it asks for, so a double submission cannot undo itself. */
export const setItemSavedSchema = itemRefSchema.extend({ saved: flag });
export type SetItemSavedInput = z.input<typeof setItemSavedSchema>;

/** A blank note removes it. */
export const noteText = z
  .string({ error: "Saisissez une note." })
  .trim()
  .max(NOTE_MAX_LENGTH, `La note ne peut pas dépasser ${new Intl.NumberFormat("fr-FR").format(NOTE_MAX_LENGTH)} caractères.`)
  .transform((value) => (value.length > 0 ? value : null));

export const savedItemNoteSchema = itemRefSchema.extend({ note: noteText });
export type SavedItemNoteInput = z.input<typeof savedItemNoteSchema>;

export const clearHistorySchema = z.object({});
