import type { ReactNode } from "react";
import type { Address, Contact } from "@/db/schema";
import { fr } from "@/lib/i18n/fr";

/** Feed URLs are third-party text: only web addresses become links ("www." ones get https). */
export function safeWebUrl(raw: string): string | null {
  const value = raw.trim();
  const candidate = /^www\./i.test(value) ? `https://${value}` : value;
  try {
    const url = new URL(candidate);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** "05 61 00 00 00" stays as written; the tel: link gets digits and a leading + only. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

export function addressLines(address: Address): string[] {
  const cityLine = [address.postcode, address.city].filter(Boolean).join(" ");
  return [...(address.name ? [address.name] : []), ...address.lines, ...(cityLine ? [cityLine] : [])];
}

/** One LHEO contact: who, then phones, e-mail and web sites, each a working link. */
export function ContactBlock({ contact }: { contact: Contact }) {
  const person = [contact.civility, contact.firstName, contact.lastName].filter(Boolean).join(" ");
  const urls = (contact.urls ?? []).map((url) => [url, safeWebUrl(url)] as const).filter(([, href]) => href);
  const rows: { label: string; value: ReactNode }[] = [];
  for (const phone of contact.phones ?? []) {
    rows.push({ label: fr.organisations.phone, value: <a href={telHref(phone)}>{phone}</a> });
  }
  for (const mobile of contact.mobiles ?? []) {
    rows.push({ label: fr.organisations.mobile, value: <a href={telHref(mobile)}>{mobile}</a> });
  }
  if (contact.email) {
    rows.push({ label: fr.organisations.email, value: <a href={`mailto:${contact.email}`}>{contact.email}</a> });
  }
  for (const [url, href] of urls) {
    rows.push({
      label: fr.organisations.website,
      value: (
        <a href={href!} rel="noopener noreferrer" target="_blank" className="break-all">
          {url}
          <span className="sr-only"> {fr.organisations.newWindow}</span>
        </a>
      ),
    });
  }
  const lines = [...(contact.lines ?? []), ...(contact.address ? addressLines(contact.address) : [])];

  return (
    <div className="space-y-1">
      {person && <p className="font-semibold text-ink">{person}</p>}
      {lines.length > 0 && (
        <address className="not-italic">
          {lines.map((line) => (
            <span key={line} className="block">
              {line}
            </span>
          ))}
        </address>
      )}
      {rows.length > 0 && (
        <dl className="space-y-1">
          {rows.map((row, index) => (
            <div key={index} className="flex flex-wrap gap-x-2">
              <dt className="text-ink-muted">{row.label}&nbsp;:</dt>
              <dd className="min-w-0 text-brand-700 [&_a]:underline">{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
