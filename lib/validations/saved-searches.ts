import { z } from "zod";

/**
 * Saved-search forms: one schema per form, shared by the server actions and the forms of the
 * search pages and of /espace/recherches. Messages are French (shown to users as they are).
 */

/** Engines whose searches can be saved, by path ("/formations" is "formations"). */
export const SAVED_SEARCH_ENGINES = [
  "recherche",
  "formations",
  "metiers",
  "organismes",
  "evenements",
  "structures",
  "financements",
  "ressources",
] as const;

export type SavedSearchEngine = (typeof SAVED_SEARCH_ENGINES)[number];

export const SAVED_SEARCH_LABEL_MAX = 120;

/** A checkbox sends "on" (turned into true by the action wrapper) or nothing; a button "true"/"false". */
const flag = z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]);

const savedSearchId = z.coerce
  .number({ error: "Recherche introuvable." })
  .int("Recherche introuvable.")
  .positive("Recherche introuvable.");

export const saveSearchSchema = z.object({
  engine: z.enum(SAVED_SEARCH_ENGINES, { error: "Ce moteur de recherche ne peut pas être enregistré." }),
  /** The engine's query string, with or without "?"; normalised by the service. */
  query: z.string().max(4000, "Cette recherche est trop longue pour être enregistrée.").default(""),
  alert: flag.default(false),
});

export const renameSavedSearchSchema = z.object({
  id: savedSearchId,
  label: z
    .string({ error: "Donnez un nom à cette recherche." })
    .trim()
    .min(1, "Donnez un nom à cette recherche.")
    .max(SAVED_SEARCH_LABEL_MAX, `${SAVED_SEARCH_LABEL_MAX} caractères au plus.`),
});

export const setSavedSearchAlertSchema = z.object({ id: savedSearchId, alert: flag });

export const deleteSavedSearchSchema = z.object({ id: savedSearchId });

export type SaveSearchInput = z.input<typeof saveSearchSchema>;
