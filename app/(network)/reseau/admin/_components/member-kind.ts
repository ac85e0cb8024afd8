import type { MemberRow } from "@/db/queries/network-members";
import { countryLabel } from "@/lib/network/countries";
import { coreStrings } from "@/lib/network/i18n/core";
import { intlLocale, type NetworkLocale, pick } from "@/lib/network/i18n/locale";

/** The kind of a row in words: administrators may have no member row, only a role. */
export function kindLabel(row: Pick<MemberRow, "kind" | "roles">, locale: NetworkLocale): string {
  const t = pick(coreStrings, locale);
  if (row.kind) return t.kinds[row.kind];
  return t.kinds.network_admin;
}

/** Organisation for organisation members, country of origin for alumni. */
export function detailLabel(row: Pick<MemberRow, "organisationName" | "countryOfOrigin">, locale: NetworkLocale): string {
  return row.organisationName ?? (row.countryOfOrigin ? countryLabel(row.countryOfOrigin, locale) : "—");
}

export function formatDate(date: Date | string | null, locale: NetworkLocale): string {
  if (!date) return "—";
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "Europe/Paris" }).format(new Date(date));
}
