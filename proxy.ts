import { type NextRequest, NextResponse } from "next/server";

// Auth.js names the cookie with the __Secure- prefix on HTTPS.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Only a convenience: visitors without a session cookie who open the personal space or the back
 * office go straight to the sign-in page. Whether the session is valid and what the user may do
 * is checked by every page, action and route handler (lib/auth/guards.ts, lib/auth/permissions.ts).
 */
export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const url = request.nextUrl.clone();
  const retour = request.nextUrl.pathname + request.nextUrl.search;
  url.pathname = "/connexion";
  url.search = new URLSearchParams({ retour }).toString();
  return NextResponse.redirect(url);
}

export const config = {
  // The upload endpoint is left out: a proxy would buffer its body (cut at 10 MB), and the route
  // checks the session and the permission itself.
  matcher: ["/espace/:path*", "/espace", "/admin/((?!imports/televerser/envoi).*)", "/admin"],
};
