import "server-only";
import { hkdfSync, randomInt } from "node:crypto";
import { type Challenge, createChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";

/**
 * Self-hosted proof-of-work captcha (ALTCHA v2 format, shared by the `altcha` 3.x widget and
 * `altcha-lib` 2.x): the server signs a challenge, the visitor's browser searches the counter that
 * yields the signed key prefix, and the server checks the answer against a second signature.
 * No third-party service is contacted, nothing is stored about the visitor.
 */

/** A challenge must be solved and used within this time. */
export const CAPTCHA_TTL_MS = 10 * 60 * 1000;

export type CaptchaDifficulty = {
  algorithm: "PBKDF2/SHA-256";
  /** PBKDF2 iterations per attempt. */
  cost: number;
  /** The secret counter is drawn in [counterMin, counterMax]: the browser tries every value up to it. */
  counterMin: number;
  counterMax: number;
};

/**
 * "Deterministic" mode: the server picks the counter, so the work is bounded and predictable
 * (no unlucky visitor waiting ten times longer) and checking an answer costs one HMAC, not one
 * key derivation. The widget's workers share the search. Measured with headless Chromium on a
 * 2-core machine: about 3 million PBKDF2 iterations per second per core, so 300-700 attempts of
 * 5,000 iterations take 0.25-0.6 s there; a mid-range phone (4 workers, each 3-4 times slower)
 * needs about a second, an old one a few. Bots pay the same price for every message.
 */
export const CAPTCHA_DIFFICULTY: CaptchaDifficulty = {
  algorithm: "PBKDF2/SHA-256",
  cost: 5_000,
  counterMin: 300,
  counterMax: 700,
};

export type CaptchaSecrets = { signature: string; keySignature: string };

/** Two HMAC keys derived from the installation's secret (HKDF), one per use; never the secret itself. */
export function captchaSecrets(masterSecret: string): CaptchaSecrets {
  const derive = (label: string) => Buffer.from(hkdfSync("sha256", masterSecret, "", `passerelle/captcha/${label}`, 32)).toString("hex");
  return { signature: derive("challenge-signature"), keySignature: derive("key-signature") };
}

export async function createCaptchaChallenge(
  masterSecret: string,
  { now = new Date(), difficulty = CAPTCHA_DIFFICULTY }: { now?: Date; difficulty?: CaptchaDifficulty } = {},
): Promise<Challenge> {
  const secrets = captchaSecrets(masterSecret);
  return createChallenge({
    algorithm: difficulty.algorithm,
    cost: difficulty.cost,
    counter: randomInt(difficulty.counterMin, difficulty.counterMax + 1),
    deriveKey,
    expiresAt: new Date(now.getTime() + CAPTCHA_TTL_MS),
    hmacSignatureSecret: secrets.signature,
    hmacKeySignatureSecret: secrets.keySignature,
  });
}
