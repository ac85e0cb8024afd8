/**
 * Where to go after signing in: only a path of this site ("/espace", "/formations?q=…"), never
 * an absolute or protocol-relative URL, so a crafted link cannot send people elsewhere.
 */
export function safeReturnPath(value: unknown, fallback = "/espace"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  // Never bounce back to the account pages themselves.
  if (/^\/(connexion|inscription|mot-de-passe-oublie|reinitialiser-mot-de-passe|verifier-adresse)(\/|\?|$)/.test(value)) return fallback;
  return value;
}
