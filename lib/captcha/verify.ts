import "server-only";
import { verifySolution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { lt } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/db";
import { captchaSolutions } from "@/db/schema";
import { captchaSecrets } from "./challenge";
import { CAPTCHA_MESSAGES, type CaptchaFailure } from "./messages";

export type CaptchaResult = { ok: true } | { ok: false; reason: CaptchaFailure; message: string };

const hex = z.string().regex(/^[0-9a-f]+$/i).max(512);
// The widget's payload: base64 of { challenge: { parameters, signature }, solution }. Parsed
// strictly so a malformed one is a refusal, never an exception inside the verifier.
const payloadSchema = z.object({
  challenge: z.object({
    // Loose: every key the client sent stays in, so the signature check covers it.
    parameters: z.looseObject({
      algorithm: z.string().max(32),
      nonce: hex,
      salt: hex,
      cost: z.number().int().positive(),
      keyLength: z.number().int().positive().max(64),
      keyPrefix: hex.min(2),
      keySignature: hex.optional(),
      memoryCost: z.number().int().positive().optional(),
      parallelism: z.number().int().positive().optional(),
      expiresAt: z.number().int().positive(),
      data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
    }),
    signature: hex.min(64),
  }),
  solution: z.object({ counter: z.number().int().min(0), derivedKey: hex, time: z.number().optional() }),
});

function decode(payload: string) {
  if (!payload || payload.length > 4000) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, "base64").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const refuse = (reason: CaptchaFailure): CaptchaResult => ({ ok: false, reason, message: CAPTCHA_MESSAGES[reason] });

/**
 * Checks a widget payload: our signature on the challenge, not expired, the right answer, and
 * never used before (its signature goes into captcha_solutions until it would have expired
 * anyway). Run it inside the transaction of the action it protects, so a failed action frees it.
 */
export async function verifyCaptcha(db: DbOrTx, masterSecret: string, payload: string | undefined, { now = new Date() } = {}): Promise<CaptchaResult> {
  if (!payload) return refuse("missing");
  const decoded = decode(payload);
  if (!decoded) return refuse("invalid");
  const { challenge, solution } = decoded;
  if (challenge.parameters.expiresAt * 1000 <= now.getTime()) return refuse("expired");
  const secrets = captchaSecrets(masterSecret);
  let verified = false;
  try {
    const result = await verifySolution({
      challenge,
      solution,
      deriveKey,
      hmacSignatureSecret: secrets.signature,
      hmacKeySignatureSecret: secrets.keySignature,
    });
    if (result.expired) return refuse("expired");
    verified = result.verified;
  } catch {
    // An unsupported algorithm or a malformed hex string in a forged challenge.
    verified = false;
  }
  if (!verified) return refuse("invalid");

  const used = await db
    .insert(captchaSolutions)
    .values({ signature: challenge.signature, expiresAt: new Date(challenge.parameters.expiresAt * 1000) })
    .onConflictDoNothing()
    .returning({ signature: captchaSolutions.signature });
  if (used.length === 0) return refuse("replayed");
  return { ok: true };
}

export async function purgeExpiredCaptchaSolutions(db: DbOrTx, now = new Date()) {
  await db.delete(captchaSolutions).where(lt(captchaSolutions.expiresAt, now));
}
