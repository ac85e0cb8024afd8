import { type NextRequest, NextResponse } from "next/server";

// Auth.js names the cookie with the __Secure- prefix on HTTPS.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Only a convenience: visitors without a session cookie who open the personal space or the back
 * office go straight to the sign-in page. Whether the session is valid and what the user may do
 * is checked by every page, action and route handler (lib/auth/guards.ts, lib/auth/permissions.ts).
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === "/reseau" || request.nextUrl.pathname.startsWith("/reseau/")) return networkLanguage(request);
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  const retour = request.nextUrl.pathname + request.nextUrl.search;
  url.pathname = "/connexion";
  url.search = new URLSearchParams({ retour }).toString();
  return NextResponse.redirect(url);
}

// lib/network/i18n/locale.ts NETWORK_LOCALE_COOKIE; the proxy cannot import server modules.
const NETWORK_LOCALE_COOKIE = "reseau_lang";
const ONE_YEAR_S = 365 * 24 * 60 * 60;

/**
 * A shared link with `?lang=en` opens the whole network area (layout included, which cannot
 * read the query) in that language: the choice becomes the switcher's cookie, for this request
 * and the following ones. The network pages check access themselves.
 */
function networkLanguage(request: NextRequest) {
  const lang = request.nextUrl.searchParams.get("lang");
  if ((lang !== "fr" && lang !== "en") || request.cookies.get(NETWORK_LOCALE_COOKIE)?.value === lang) return NextResponse.next();
  request.cookies.set(NETWORK_LOCALE_COOKIE, lang);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(NETWORK_LOCALE_COOKIE, lang, { path: "/", maxAge: ONE_YEAR_S, sameSite: "lax" });
  return response;
}

export const config = {
  // The upload endpoint is left out: a proxy would buffer its body (cut at 10 MB), and the route
  // checks the session and the permission itself.
  matcher: ["/espace/:path*", "/espace", "/admin/((?!imports/televerser/envoi).*)", "/admin", "/reseau", "/reseau/:path*"],
};
