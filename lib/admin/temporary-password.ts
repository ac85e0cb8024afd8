import "server-only";
import { randomInt } from "node:crypto";

// No look-alike characters (0/O, 1/l/I): the administrator reads it out or copies it by hand.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * A one-time password an administrator hands over by another channel: 4 groups of 5 characters
 * (about 115 bits), over the 16 characters that the password rule accepts without other conditions.
 */
export function generateTemporaryPassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}
