import { createHash, randomBytes } from "node:crypto";

/**
 * API keys look like `psr_` + 43 base64url characters (256 random bits). The prefix makes them
 * recognisable in a leaked file or a secret scanner; the hash is what the database keeps.
 */
export const API_KEY_PREFIX = "psr_";
const KEY_PATTERN = /^psr_[A-Za-z0-9_-]{43}$/;
/** Characters shown in the back office to tell keys apart ("psr_AbCd1234…"). */
const DISPLAY_LENGTH = API_KEY_PREFIX.length + 8;

export function generateApiKey(): { secret: string; hash: string; prefix: string } {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, hash: hashApiKey(secret), prefix: secret.slice(0, DISPLAY_LENGTH) };
}

export function hashApiKey(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function isWellFormedApiKey(value: string): boolean {
  return KEY_PATTERN.test(value);
}

/**
 * The key a request carries: `Authorization: Bearer <key>` or `X-API-Key: <key>`. Undefined when
 * neither header is present; an empty or non-bearer Authorization is returned as given, so the
 * caller answers 401 instead of silently serving the request anonymously.
 */
export function apiKeyFromHeaders(headers: Headers): string | undefined {
  const header = headers.get("x-api-key");
  if (header !== null) return header.trim();
  const authorization = headers.get("authorization");
  if (authorization === null) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  return match?.[1]?.trim() ?? authorization.trim();
}
