/**
 * The client address, for the per-address limits and the audit log. Under `npm start`,
 * scripts/forwarded-for.cjs has already rewritten X-Forwarded-For to the one address it can
 * trust (the socket's peer, or what the outermost of TRUSTED_PROXY_HOPS proxies saw); the
 * first entry is read so that `next dev`, which keeps the header as sent, behaves alike.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const first = forwarded.split(",")[0]?.trim();
    if (first) return first.slice(0, 64);
  }
  return headers.get("x-real-ip")?.trim().slice(0, 64) || "inconnue";
}
