import { getDb } from "@/db";
import { getAuthSecret } from "@/lib/auth/secret";
import { isNetworkLocale } from "@/lib/network/i18n/locale";
import { setNewsletterOptOut, UNSUBSCRIBE_PATH } from "@/lib/network/newsletters";
import { verifyUnsubscribeToken } from "@/lib/network/unsubscribe-token";

/**
 * Unsubscribes the member named by a signed token, on POST only: the confirmation page's form,
 * or a mail client's one-click request (RFC 8058, token in the query). Not same-origin checked:
 * the token is the proof, and one-click requests come from mail providers.
 */
export async function POST(request: Request) {
  const url = new URL(request.url);
  let form: FormData | null = null;
  try {
    form = await request.formData();
  } catch {
    // A one-click request may come without a form body: the query has the token.
  }
  const token = form?.get("jeton") ?? url.searchParams.get("jeton");
  const lang = form?.get("lang") ?? url.searchParams.get("lang");
  const locale = isNetworkLocale(lang) ? lang : "fr";
  const userId = verifyUnsubscribeToken(getAuthSecret(), token);
  if (!userId) return redirectTo(`${UNSUBSCRIBE_PATH}?${new URLSearchParams({ etat: "invalide", lang: locale })}`);
  await setNewsletterOptOut(getDb(), userId, true);
  return redirectTo(`${UNSUBSCRIBE_PATH}?${new URLSearchParams({ etat: "fait", lang: locale })}`);
}

/** A link that is followed (GET) never unsubscribes anyone. */
export function GET() {
  return new Response("Method Not Allowed", { status: 405, headers: { Allow: "POST" } });
}

function redirectTo(location: string) {
  // 303: the browser follows with a GET, so reloading the result page does not post again.
  return new Response(null, { status: 303, headers: { Location: location, "Referrer-Policy": "no-referrer" } });
}
