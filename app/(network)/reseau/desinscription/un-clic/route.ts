import { getDb } from "@/db";
import { getAuthSecret } from "@/lib/auth/secret";
import { isNetworkLocale, pick } from "@/lib/network/i18n/locale";
import { newsletterStrings } from "@/lib/network/i18n/newsletters";
import { setNewsletterOptOut, UNSUBSCRIBE_PATH } from "@/lib/network/newsletters";
import { verifyUnsubscribeToken } from "@/lib/network/unsubscribe-token";

/**
 * The address of a newsletter's List-Unsubscribe header. A mailbox provider's "Unsubscribe"
 * button POSTs `List-Unsubscribe=One-Click` here (RFC 8058), with the signed token in the query:
 * no session and no same-origin check (the token is the proof), and an answer without redirect.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  const t = pick(newsletterStrings, isNetworkLocale(lang) ? lang : "fr");
  const userId = verifyUnsubscribeToken(getAuthSecret(), url.searchParams.get("jeton"));
  if (!userId) return plainText(400, t.unsubscribeInvalid);
  let form: FormData | null = null;
  try {
    form = await request.formData();
  } catch {
    // Neither form encoding: handled below as a request that is not a one-click unsubscribe.
  }
  if (form?.get("List-Unsubscribe") !== "One-Click") {
    return plainText(400, "Requête de désinscription en un clic attendue : List-Unsubscribe=One-Click, en application/x-www-form-urlencoded ou multipart/form-data.");
  }
  // A member who left the network meanwhile receives no newsletter either: the answer is the same.
  await setNewsletterOptOut(getDb(), userId, true);
  return plainText(200, t.unsubscribeDone);
}

/**
 * A mail client without one-click support opens the address: a followed link never unsubscribes
 * anyone (mail scanners follow links too), so it leads to the confirmation page and its button.
 */
export function GET(request: Request) {
  const url = new URL(request.url);
  const target = new URLSearchParams();
  const token = url.searchParams.get("jeton");
  const lang = url.searchParams.get("lang");
  if (token) target.set("jeton", token);
  if (isNetworkLocale(lang)) target.set("lang", lang);
  const query = target.toString();
  return new Response(null, {
    status: 303,
    headers: { Location: query ? `${UNSUBSCRIBE_PATH}?${query}` : UNSUBSCRIBE_PATH, "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" },
  });
}

function plainText(status: number, body: string) {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
}
