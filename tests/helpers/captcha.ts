import type { Challenge } from "altcha-lib";
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { type CaptchaDifficulty, createCaptchaChallenge } from "@/lib/captcha/challenge";

/** Cheap enough for tests; verification does not depend on the difficulty (it is signed in). */
export const EASY: CaptchaDifficulty = { algorithm: "PBKDF2/SHA-256", cost: 10, counterMin: 5, counterMax: 20 };

/** Solves a challenge as the browser widget does and encodes the payload the same way. */
export async function solvePayload(challenge: Challenge): Promise<string> {
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("challenge not solved");
  return encodePayload({ challenge: { parameters: challenge.parameters, signature: challenge.signature }, solution });
}

export function encodePayload(payload: unknown): string {
  return Buffer.from(JSON.stringify(payload)).toString("base64");
}

export function decodePayload(payload: string) {
  return JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
}

export async function freshPayload(secret: string, options: { now?: Date } = {}): Promise<string> {
  return solvePayload(await createCaptchaChallenge(secret, { difficulty: EASY, now: options.now }));
}
