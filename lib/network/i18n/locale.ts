/**
 * Languages of the alumni network area (its members are international). Free of server imports:
 * client components read their strings with `pick` too.
 */
export const NETWORK_LOCALES = ["fr", "en"] as const;
export type NetworkLocale = (typeof NETWORK_LOCALES)[number];
export const DEFAULT_NETWORK_LOCALE: NetworkLocale = "fr";

/** The cookie holding the language chosen with the switcher. */
export const NETWORK_LOCALE_COOKIE = "reseau_lang";

export function isNetworkLocale(value: unknown): value is NetworkLocale {
  return typeof value === "string" && (NETWORK_LOCALES as readonly string[]).includes(value);
}

/**
 * The strings of one language from a `{ fr, en }` dictionary. Each area keeps its own dictionary
 * (lib/network/i18n/<area>.ts); typing `en` as the type of `fr` makes a missing translation a
 * type error.
 */
export function pick<T>(dict: { fr: T; en: T }, locale: NetworkLocale): T {
  return dict[locale] ?? dict.fr;
}

/** The first supported language of an Accept-Language header, by quality, or null. */
export function localeFromAcceptLanguage(header: string | null | undefined): NetworkLocale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { lang: tag.trim().toLowerCase().split("-")[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const entry of ranked) if (isNetworkLocale(entry.lang)) return entry.lang;
  return null;
}

/** BCP 47 tag for Intl formatting (dates, country names). */
export function intlLocale(locale: NetworkLocale): string {
  return locale === "en" ? "en-GB" : "fr-FR";
}
