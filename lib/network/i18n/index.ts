import "server-only";
import { eq } from "drizzle-orm";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db";
import { networkMembers } from "@/db/schema";
import { getCurrentUser } from "@/lib/auth";
import { isNetworkLocale, localeFromAcceptLanguage, NETWORK_LOCALE_COOKIE, type NetworkLocale } from "./locale";

export {
  DEFAULT_NETWORK_LOCALE,
  intlLocale,
  isNetworkLocale,
  localeFromAcceptLanguage,
  NETWORK_LOCALE_COOKIE,
  NETWORK_LOCALES,
  type NetworkLocale,
  pick,
} from "./locale";
export { setNetworkLocaleAction } from "./actions";

const memberLocale = cache(async (userId: string): Promise<NetworkLocale | null> => {
  const [row] = await getDb()
    .select({ locale: networkMembers.locale })
    .from(networkMembers)
    .where(eq(networkMembers.userId, userId));
  return row?.locale ?? null;
});

/**
 * The language of this request in the network area: an explicit choice (`?lang=` passed by the
 * page, then the switcher's cookie), then the member's saved language, then the browser's
 * Accept-Language, then French.
 */
export async function getNetworkLocale(explicit?: string | string[] | null): Promise<NetworkLocale> {
  const requested = Array.isArray(explicit) ? explicit[0] : explicit;
  if (isNetworkLocale(requested)) return requested;
  const fromCookie = (await cookies()).get(NETWORK_LOCALE_COOKIE)?.value;
  if (isNetworkLocale(fromCookie)) return fromCookie;
  const user = await getCurrentUser();
  if (user) {
    const saved = await memberLocale(user.id);
    if (saved) return saved;
  }
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? "fr";
}
