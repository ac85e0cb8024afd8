/**
 * Whether a state-changing request comes from a page of this site. The session cookie is
 * SameSite=Lax, which already keeps it off cross-site POSTs; checking the Origin as well guards
 * against a misconfigured cookie (what server actions do on their own).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  // Behind a reverse proxy the public host is the first x-forwarded-host entry.
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host"))?.split(",")[0]?.trim();
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
