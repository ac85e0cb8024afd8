import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The token of a newsletter's one-click unsubscribe link: the member's id and an HMAC of it. It
 * needs no table and no expiry (a link in an old newsletter must keep working), and cannot be
 * forged or moved to another member without the installation secret.
 */

// A purpose-bound key: the same secret signs sessions, and a session signature must never be
// accepted as an unsubscribe token or the other way round.
const PURPOSE = "passerelle:network-newsletter-unsubscribe:v1";

const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

function keyOf(secret: string): Buffer {
  return createHmac("sha256", secret).update(PURPOSE).digest();
}

function signatureOf(secret: string, userId: string): Buffer {
  return createHmac("sha256", keyOf(secret)).update(userId).digest();
}

export function signUnsubscribeToken(secret: string, userId: string): string {
  if (!USER_ID.test(userId)) throw new Error("Unexpected user id format");
  return `${userId}.${signatureOf(secret, userId).toString("base64url")}`;
}

/** The member's id when the token is intact, otherwise null. */
export function verifyUnsubscribeToken(secret: string, token: unknown): string | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const userId = token.slice(0, dot);
  const given = token.slice(dot + 1);
  if (!USER_ID.test(userId) || !/^[A-Za-z0-9_-]{43}$/.test(given)) return null;
  const expected = signatureOf(secret, userId);
  const actual = Buffer.from(given, "base64url");
  // The length check comes first because timingSafeEqual throws on buffers of different sizes.
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  // base64url has several spellings of the last character's spare bits: accept only the canonical one.
  if (actual.toString("base64url") !== given) return null;
  return userId;
}
