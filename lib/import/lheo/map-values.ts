import type { Address, Contact } from "@/db/schema";
import type { AnomalyRecorder } from "./anomalies";
import { isKnownCode, isObsoleteCode, type LheoDictName } from "./codes";
import { parseLheoDate } from "./dates";
import { cleanText } from "./text";
import { attr, child, childrenNamed, childText, childTexts, descend, textOf, type XmlElement } from "./xml-node";

/** Free text, HTML cleaned, with an info anomaly when markup had to be stripped. */
export function textField(el: XmlElement | undefined, name: string, rec: AnomalyRecorder, path: string): string | null {
  const { text, hadHtml } = cleanText(childText(el, name));
  if (hadHtml) rec.add("info", "html-in-text", `${path}/${name}`, `Texte contenant du HTML échappé, converti en texte brut (${name}).`);
  return text;
}

export function codeField(
  el: XmlElement | undefined,
  name: string,
  dict: LheoDictName,
  rec: AnomalyRecorder,
  path: string,
): string | null {
  const value = childText(el, name);
  if (value === undefined) return null;
  if (!isKnownCode(dict, value)) {
    rec.add("warning", "invalid-code", `${path}/${name}`, `Code « ${value} » inconnu dans la table ${dict} : valeur ignorée.`);
    return null;
  }
  if (isObsoleteCode(dict, value)) {
    rec.add("warning", "obsolete-code", `${path}/${name}`, `Code « ${value} » marqué obsolète dans la table ${dict}.`);
  }
  return value;
}

export function booleanField(el: XmlElement | undefined, name: string, rec: AnomalyRecorder, path: string): boolean | null {
  const value = codeField(el, name, "dict-boolean", rec, path);
  return value === null ? null : value === "1";
}

export function integerField(el: XmlElement | undefined, name: string, rec: AnomalyRecorder, path: string): number | null {
  const value = childText(el, name);
  if (value === undefined) return null;
  const n = Number(value.replace(/\s/g, ""));
  if (!Number.isInteger(n) || n < 0 || n > 2_000_000_000) {
    rec.add("warning", "invalid-number", `${path}/${name}`, `Nombre entier attendu pour ${name}, reçu « ${value} » : valeur ignorée.`);
    return null;
  }
  return n;
}

/** Prices are free text in LHEO ("1 234,50", "1234.5 €"). */
export function decimalField(el: XmlElement | undefined, name: string, rec: AnomalyRecorder, path: string): number | null {
  const value = childText(el, name);
  if (value === undefined) return null;
  const n = Number(value.replace(/[\s\u00a0€]/g, "").replace(",", "."));
  if (!Number.isFinite(n) || n < 0 || n >= 1e10) {
    rec.add("warning", "invalid-number", `${path}/${name}`, `Montant illisible pour ${name} : « ${value} ».`);
    return null;
  }
  return Math.round(n * 100) / 100;
}

export function dateField(el: XmlElement | undefined, name: string, rec: AnomalyRecorder, path: string): string | null {
  const raw = childText(el, name);
  const parsed = parseLheoDate(raw);
  if (parsed.issue === "day-zero") {
    rec.add("warning", "partial-date", `${path}/${name}`, `Date « ${raw} » sans jour précis : le 1er du mois est retenu.`);
  } else if (parsed.issue === "invalid") {
    rec.add("warning", "bad-date", `${path}/${name}`, `Date « ${raw} » invalide (format AAAAMMJJ attendu) : valeur ignorée.`);
  }
  return parsed.value;
}

export function attrDate(el: XmlElement, name: string, rec: AnomalyRecorder, path: string): string | null {
  const raw = attr(el, name);
  const parsed = parseLheoDate(raw);
  if (parsed.issue === "invalid") rec.add("warning", "bad-date", `${path}/@${name}`, `Date « ${raw} » invalide : valeur ignorée.`);
  return parsed.value;
}

const NULL_VALUES = new Set(["-", "00000", "0"]);

function meaningful(value: string | undefined): string | null {
  return value === undefined || NULL_VALUES.has(value) ? null : value;
}

/** Parses lat/lon; flags values that cannot be a position rather than storing them. */
function coordinates(geo: XmlElement | undefined, rec: AnomalyRecorder, path: string): { lat: number; lon: number } | null {
  const rawLat = childText(geo, "latitude");
  const rawLon = childText(geo, "longitude");
  if (rawLat === undefined || rawLon === undefined) return null;
  const lat = Number(rawLat.replace(",", "."));
  const lon = Number(rawLon.replace(",", "."));
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) {
    rec.add("warning", "bad-coordinates", `${path}/geolocalisation`, `Coordonnées invalides (${rawLat}, ${rawLon}) : ignorées.`);
    return null;
  }
  return { lat, lon };
}

export function mapAddress(el: XmlElement | undefined, rec: AnomalyRecorder, path: string): Address | null {
  if (!el) return null;
  const lines = childTexts(el, "ligne")
    .flatMap((l) => l.split("\n"))
    .map((l) => l.trim())
    .filter((l) => l && l !== "-");
  const geo = coordinates(child(el, "geolocalisation"), rec, `${path}`);
  const address: Address = {
    name: childText(el, "denomination") ?? null,
    lines,
    postcode: meaningful(childText(el, "codepostal")),
    city: meaningful(childText(el, "ville")),
    department: meaningful(childText(el, "departement")),
    inseeCode: meaningful(childText(el, "code-INSEE-commune")),
    region: meaningful(childText(el, "region")),
    country: childText(el, "pays") ?? null,
    lat: geo?.lat ?? null,
    lon: geo?.lon ?? null,
  };
  if (!lines.length && !address.postcode && !address.city && address.lat === null) return null;
  return address;
}

function numbers(el: XmlElement | undefined, name: string): string[] {
  return childTexts(child(el, name), "numtel");
}

export function mapContact(coordonnees: XmlElement | undefined, rec: AnomalyRecorder, path: string, type?: string): Contact | null {
  if (!coordonnees) return null;
  const contact: Contact = {
    type: type ?? null,
    civility: childText(coordonnees, "civilite") ?? null,
    lastName: childText(coordonnees, "nom") ?? null,
    firstName: childText(coordonnees, "prenom") ?? null,
    lines: childTexts(coordonnees, "ligne"),
    address: mapAddress(child(coordonnees, "adresse"), rec, `${path}/adresse`),
    phones: numbers(coordonnees, "telfixe"),
    mobiles: numbers(coordonnees, "portable"),
    email: childText(coordonnees, "courriel") ?? null,
    urls: childTexts(child(coordonnees, "web"), "urlweb"),
  };
  const filled = [contact.lastName, contact.firstName, contact.email, contact.address].some(Boolean) ||
    [contact.phones, contact.mobiles, contact.urls].some((list) => list?.length);
  return filled ? contact : null;
}

/** `contact-formation`, `contact-organisme`, ...: repeated in 2.3, each with an optional type. */
export function mapContacts(parent: XmlElement | undefined, name: string, rec: AnomalyRecorder, path: string): Contact[] | null {
  const contacts = childrenNamed(parent, name)
    .map((c) => mapContact(child(c, "coordonnees"), rec, `${path}/${name}/coordonnees`, childText(c, "type-contact")))
    .filter((c): c is Contact => c !== null);
  return contacts.length ? contacts : null;
}

export function urlsOf(parent: XmlElement | undefined, name: string): string[] {
  return childTexts(child(parent, name), "urlweb");
}

export function siretOf(parent: XmlElement | undefined, wrapper: string): string | undefined {
  return textOf(descend(parent, wrapper, "SIRET"))?.replace(/\s/g, "");
}

/**
 * `<extras info="dispositif"><extra info="contrat-apprentissage">1</extra></extras>` becomes
 * `{ "dispositif/contrat-apprentissage": ["1"] }`: Carif-specific data is kept (and searchable
 * later) without a column per Carif.
 */
export function flattenExtras(parent: XmlElement | undefined, into: Record<string, string[]> = {}, prefix = ""): Record<string, string[]> {
  for (const group of childrenNamed(parent, "extras")) {
    const name = `${prefix}${attr(group, "info") ?? "extras"}`;
    const numero = attr(group, "numero");
    if (numero) (into[`${name}/@numero`] ??= []).push(numero);
    for (const extra of childrenNamed(group, "extra")) {
      const value = textOf(extra);
      if (value !== undefined) (into[`${name}/${attr(extra, "info") ?? "extra"}`] ??= []).push(value);
    }
    flattenExtras(group, into, `${name}/`);
  }
  return into;
}

export function nonEmpty(record: Record<string, string[]>): Record<string, string[]> | null {
  return Object.keys(record).length ? record : null;
}
