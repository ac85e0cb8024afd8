import type { z } from "zod";
import type { Address, Contact } from "@/db/schema";
import { codeLabel as lheoCodeLabel, type LheoDictName } from "@/lib/import/lheo/codes";
import type { address, codeLabel, contact, coordinates } from "../schemas/common";

/** Stored addresses and contacts (lib/import/lheo/map-values) back into LHEO-named JSON. */

export type AddressJson = z.infer<typeof address>;
export type CoordinatesJson = z.infer<typeof coordinates>;
export type ContactJson = z.infer<typeof contact>;
export type CodeLabelJson = z.infer<typeof codeLabel>;

export function dictCode(dict: LheoDictName, code: string | null | undefined): CodeLabelJson | null {
  if (code === null || code === undefined || code === "") return null;
  return { code, libelle: lheoCodeLabel(dict, code) ?? null };
}

export function addressJson(value: Address | null | undefined): AddressJson | null {
  if (!value) return null;
  return {
    denomination: value.name ?? null,
    ligne: value.lines ?? [],
    codepostal: value.postcode ?? null,
    ville: value.city ?? null,
    departement: value.department ?? null,
    "code-INSEE-commune": value.inseeCode ?? null,
    region: value.region ?? null,
    pays: value.country ?? null,
    geolocalisation:
      value.lat !== null && value.lat !== undefined && value.lon !== null && value.lon !== undefined
        ? { latitude: value.lat, longitude: value.lon }
        : null,
  };
}

export function coordinatesJson(value: Contact | null | undefined): CoordinatesJson {
  return {
    civilite: value?.civility ?? null,
    nom: value?.lastName ?? null,
    prenom: value?.firstName ?? null,
    ligne: value?.lines ?? [],
    adresse: addressJson(value?.address),
    telfixe: value?.phones ?? [],
    portable: value?.mobiles ?? [],
    courriel: value?.email ?? null,
    web: value?.urls ?? [],
  };
}

export function contactJson(value: Contact): ContactJson {
  return { "type-contact": dictCode("dict-type-contact", value.type), coordonnees: coordinatesJson(value) };
}

export function contactsJson(values: Contact[] | null | undefined): ContactJson[] {
  return (values ?? []).map(contactJson);
}
