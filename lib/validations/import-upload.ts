import { z } from "zod";

/**
 * The LHEO upload form: checked in the browser before sending (no point in sending 300 MB to be
 * told it is too big) and again by the route handler and the service.
 */

/** Larger deliveries go through the drop folder or `npm run import`, which hold no HTTP body. */
export const UPLOAD_MAX_BYTES = 200 * 1024 * 1024;
export const UPLOAD_MAX_LABEL = "200 Mo";
/** For the file input's `accept`: the extensions, and the types browsers give them. */
export const UPLOAD_ACCEPT = ".xml,.gz,application/xml,text/xml,application/gzip";

export const NOT_XML_MESSAGE = "Ce fichier n'est pas un flux LHEO : seuls les fichiers .xml ou .xml.gz sont acceptés.";
export const tooLargeMessage = (limit = UPLOAD_MAX_LABEL) =>
  `Le fichier dépasse la taille maximale de ${limit}. Compressez-le au format .xml.gz, ou déposez-le dans le dossier d'import automatique.`;

export function isImportableName(name: string): boolean {
  return /\.xml(\.gz)?$/i.test(name);
}

export const IMPORT_MODES = ["full", "partial"] as const;

export const importUploadSchema = z.object({
  nom: z.string().trim().min(1, "Choisissez un fichier LHEO à importer.").max(500).refine(isImportableName, NOT_XML_MESSAGE),
  mode: z.enum(IMPORT_MODES, { error: "Choisissez le mode d'import : complet ou partiel." }),
});

export type ImportUploadInput = z.infer<typeof importUploadSchema>;

/** The browser-side check of the chosen file; null when it may be sent. */
export function checkUploadFile(file: { name: string; size: number } | null | undefined): string | null {
  if (!file) return "Choisissez un fichier LHEO à importer.";
  if (!isImportableName(file.name)) return NOT_XML_MESSAGE;
  if (file.size > UPLOAD_MAX_BYTES) return tooLargeMessage();
  if (file.size === 0) return "Ce fichier est vide.";
  return null;
}
