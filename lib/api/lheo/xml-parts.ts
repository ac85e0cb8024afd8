import type { Address, Contact } from "@/db/schema";
import { isKnownCode } from "@/lib/import/lheo/codes";
import { fit, type XmlOut } from "./xml-out";

/**
 * Pieces shared by every level of the LHEO XML export: addresses, coordinates, contacts, URLs,
 * dates and `extras`. Mandatory LHEO elements whose value is unknown get the placeholders feeds
 * use and the import pipeline reads back as "nothing" ("-" for text, 00000 for a postcode,
 * 00000000 for a date, blanks for a SIRET), so an exported file re-imports to the same records.
 */

export const UNKNOWN_TEXT = "-";
export const UNKNOWN_DATE = "00000000";
/** xs:string facets count characters, so blanks fill a fixed-length element the importer reads as absent. */
export const blanks = (length: number) => " ".repeat(length);

/** ISO date → LHEO AAAAMMJJ. */
export function lheoDate(value: string | null | undefined): string | null {
  return value ? value.replaceAll("-", "") : null;
}

/** A value of exactly `length` characters, or null. */
export function exact(value: string | null | undefined, length: number): string | null {
  const compact = value?.replace(/\s/g, "") ?? "";
  return compact.length === length ? compact : null;
}

function urls(values: readonly string[] | null | undefined): string[] {
  return (values ?? []).map((url) => url.trim()).filter((url) => url.length >= 3 && url.length <= 400).slice(0, 3);
}

/** `<name><urlweb>…</urlweb></name>`, when there is at least one usable URL. */
export function writeUrls(out: XmlOut, name: string, values: readonly string[] | null | undefined): void {
  const list = urls(values);
  if (list.length > 0) out.node(name, undefined, () => list.forEach((url) => out.leaf("urlweb", url)));
}

export function hasAddress(address: Address | null | undefined): address is Address {
  return Boolean(address && (address.lines.length > 0 || address.postcode || address.city || address.lat != null));
}

/** `<adresse>`: its lines, postcode and town are mandatory, so unknown ones get placeholders. */
export function writeAddress(out: XmlOut, address: Address | null | undefined, denomination?: string | null): void {
  out.node("adresse", undefined, () => {
    out.text("denomination", denomination ?? address?.name ?? null, 255);
    const lines = (address?.lines ?? []).map((line) => fit(line, 50).trim()).filter(Boolean).slice(0, 4);
    if (lines.length === 0) lines.push(UNKNOWN_TEXT);
    lines.forEach((line) => out.leaf("ligne", line));
    out.leaf("codepostal", exact(address?.postcode, 5) ?? "00000");
    out.text("ville", address?.city || UNKNOWN_TEXT, 50);
    const department = address?.department?.trim();
    if (department && department.length >= 2 && department.length <= 3) out.leaf("departement", department);
    out.leaf("code-INSEE-commune", exact(address?.inseeCode, 5));
    out.leaf("region", exact(address?.region, 2));
    out.leaf("pays", exact(address?.country, 2));
    if (address?.lat != null && address.lon != null) {
      out.node("geolocalisation", undefined, () => {
        out.leaf("latitude", String(address.lat));
        out.leaf("longitude", String(address.lon));
      });
    }
  });
}

/** An `<adresse>` that stays absent on re-import (every mandatory child a placeholder). */
export function writeUnknownAddress(out: XmlOut): void {
  writeAddress(out, null);
}

function phones(out: XmlOut, name: string, numbers: readonly string[] | undefined): void {
  const list = (numbers ?? []).map((n) => fit(n, 25).trim()).filter(Boolean).slice(0, 3);
  if (list.length > 0) out.node(name, undefined, () => list.forEach((n) => out.leaf("numtel", n)));
}

/** `<coordonnees>`; `name` overrides the contact's last name (a place's name lives there). */
export function writeCoordinates(out: XmlOut, contact: Contact | null | undefined, options: { name?: string | null; address?: Address | null } = {}): void {
  const address = options.address !== undefined ? options.address : contact?.address;
  out.node("coordonnees", undefined, () => {
    out.text("civilite", contact?.civility, 50);
    out.text("nom", options.name !== undefined ? options.name : contact?.lastName, 50);
    out.text("prenom", contact?.firstName, 50);
    (contact?.lines ?? []).slice(0, 3).forEach((line) => out.text("ligne", line, 50));
    if (hasAddress(address)) writeAddress(out, address);
    phones(out, "telfixe", contact?.phones);
    phones(out, "portable", contact?.mobiles);
    const email = contact?.email?.trim();
    if (email && email.length >= 3 && email.length <= 160) out.leaf("courriel", email);
    writeUrls(out, "web", contact?.urls);
  });
}

/** Repeated contact elements (`contact-formation`…); at least one when the schema requires it. */
export function writeContacts(out: XmlOut, name: string, contacts: readonly Contact[] | null | undefined, required: boolean): void {
  const list = contacts ?? [];
  if (list.length === 0 && required) {
    out.node(name, undefined, () => writeCoordinates(out, null));
    return;
  }
  for (const contact of list) {
    out.node(name, undefined, () => {
      if (contact.type && isKnownCode("dict-type-contact", contact.type)) out.leaf("type-contact", contact.type);
      writeCoordinates(out, contact);
    });
  }
}

type ExtrasGroup = { numero?: string; values: [string, string[]][]; groups: Map<string, ExtrasGroup> };

/**
 * Rebuilds `<extras info="a"><extra info="b">v</extra></extras>` from the importer's flattened
 * form ({ "a/b": ["v"], "a/@numero": ["n"] }), so feed-specific data survives an export.
 */
export function writeExtras(out: XmlOut, extras: Record<string, string[]> | null | undefined): void {
  if (!extras) return;
  const root: ExtrasGroup = { values: [], groups: new Map() };
  for (const [key, values] of Object.entries(extras)) {
    const path = key.split("/");
    const last = path.pop();
    if (!last || path.length === 0) continue;
    let group = root;
    for (const segment of path) {
      let next = group.groups.get(segment);
      if (!next) {
        next = { values: [], groups: new Map() };
        group.groups.set(segment, next);
      }
      group = next;
    }
    if (last === "@numero") group.numero = values[0];
    else group.values.push([last, values]);
  }
  const write = (info: string, group: ExtrasGroup) =>
    out.node("extras", { info, numero: group.numero }, () => {
      for (const [name, values] of group.values) values.forEach((value) => out.leaf("extra", value, { info: name }));
      for (const [name, child] of group.groups) write(name, child);
    });
  for (const [info, group] of root.groups) write(info, group);
}
