/**
 * The client address as seen by the first proxy, for the per-address sign-in limit and the
 * audit log. Without a proxy in front, Next.js sets x-forwarded-for itself.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const first = forwarded.split(",")[0]?.trim();
    if (first) return first.slice(0, 64);
  }
  return headers.get("x-real-ip")?.trim().slice(0, 64) || "inconnue";
}
