import { z } from "zod";
import { named } from "./registry";

/**
 * Shared shapes of the API's JSON answers. Names follow LHEO (hyphenated element names, French)
 * so Carif-Oref partners recognise them; values are normalised: ISO 8601 dates, booleans, numbers,
 * codes with their label, and null (never a placeholder like "-" or "00000000") when unknown.
 */

export const isoDate = z.iso.date().meta({ description: "Date ISO 8601 (AAAA-MM-JJ)." });
export const nullableText = z.string().nullable();

export const codeLabel = named(
  z.object({ code: z.string(), libelle: z.string().nullable() }),
  "CodeLibelle",
  "Un code et son libellé (null si le code est absent du référentiel).",
);

export const geolocation = named(
  z.object({ latitude: z.number(), longitude: z.number() }),
  "Geolocalisation",
  "Coordonnées WGS 84 en degrés décimaux.",
);

export const address = named(
  z.object({
    denomination: nullableText,
    ligne: z.array(z.string()),
    codepostal: nullableText,
    ville: nullableText,
    departement: nullableText,
    "code-INSEE-commune": nullableText,
    region: nullableText,
    pays: nullableText,
    geolocalisation: geolocation.nullable(),
  }),
  "Adresse",
  "Adresse LHEO (élément `adresse`).",
);

export const coordinates = named(
  z.object({
    civilite: nullableText,
    nom: nullableText,
    prenom: nullableText,
    ligne: z.array(z.string()),
    adresse: address.nullable(),
    telfixe: z.array(z.string()),
    portable: z.array(z.string()),
    courriel: nullableText,
    web: z.array(z.string()),
  }),
  "Coordonnees",
  "Coordonnées LHEO (élément `coordonnees`).",
);

export const contact = named(
  z.object({ "type-contact": codeLabel.nullable(), coordonnees: coordinates }),
  "Contact",
  "Contact LHEO (`contact-formation`, `contact-organisme`…) avec son type (dict-type-contact).",
);

export const pageLinks = named(
  z.object({ courant: z.string(), suivant: z.string().nullable(), precedent: z.string().nullable() }),
  "LiensPagination",
  "Liens absolus vers cette page et ses voisines (par curseur).",
);

/** The envelope of every list answer. */
export function listEnvelope<T extends z.ZodType>(item: T, id: string, description: string) {
  return named(
    z.object({
      total: z.number().int().min(0),
      page: z.number().int().min(1),
      "par-page": z.number().int().min(1),
      "curseur-suivant": z.string().nullable(),
      liens: pageLinks,
      resultats: z.array(item),
    }),
    id,
    description,
  );
}

export const problemSchema = named(
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ parameter: z.string(), detail: z.string() })).optional(),
  }),
  "Probleme",
  "Description d'erreur RFC 9457 (application/problem+json) ; `errors` nomme chaque paramètre refusé.",
);

export const extras = named(
  z.record(z.string(), z.array(z.string())).nullable(),
  "Extras",
  "Éléments `extras` du flux d'origine, aplatis : « groupe/info » → valeurs.",
);
