import type { Commune } from "./generator-places";

/** Minimal XML writing helpers for the generator: strings only, one element per line. */
export function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

type Attrs = Record<string, string | undefined>;

function attributes(attrs?: Attrs): string {
  if (!attrs) return "";
  return Object.entries(attrs)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
}

/** A leaf element; skipped when the value is undefined. */
export function leaf(name: string, value: string | number | undefined, attrs?: Attrs): string {
  if (value === undefined) return "";
  return `<${name}${attributes(attrs)}>${escapeXml(String(value))}</${name}>\n`;
}

export function node(name: string, children: string | string[], attrs?: Attrs): string {
  const inner = Array.isArray(children) ? children.join("") : children;
  return `<${name}${attributes(attrs)}>\n${inner}</${name}>\n`;
}

export type GeneratedAddress = { lines: string[]; commune: Commune; lat: number; lon: number };

export function addressXml(a: GeneratedAddress): string {
  return node("adresse", [
    ...a.lines.map((l) => leaf("ligne", l)),
    leaf("codepostal", a.commune.postcode),
    leaf("ville", a.commune.city),
    leaf("departement", a.commune.department),
    leaf("code-INSEE-commune", a.commune.insee),
    leaf("region", a.commune.region),
    leaf("pays", "FR"),
    node("geolocalisation", [leaf("latitude", a.lat.toFixed(6)), leaf("longitude", a.lon.toFixed(6))]),
  ]);
}

export type GeneratedPerson = { civility: string; lastName: string; firstName: string; phone: string; email: string };

type CoordonneesParts = { name?: string; person?: GeneratedPerson; address?: GeneratedAddress; phone?: string; email?: string; url?: string };

export function coordonneesXml(parts: CoordonneesParts): string {
  const p = parts.person;
  const phone = parts.phone ?? p?.phone;
  return node("coordonnees", [
    p ? leaf("civilite", p.civility) : "",
    leaf("nom", p?.lastName ?? parts.name),
    p ? leaf("prenom", p.firstName) : "",
    parts.address ? addressXml(parts.address) : "",
    phone ? node("telfixe", leaf("numtel", phone)) : "",
    leaf("courriel", parts.email ?? p?.email),
    parts.url ? node("web", leaf("urlweb", parts.url)) : "",
  ]);
}
