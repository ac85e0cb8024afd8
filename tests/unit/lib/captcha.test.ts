import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captchaSolutions } from "@/db/schema";
import { CAPTCHA_DIFFICULTY, CAPTCHA_TTL_MS, createCaptchaChallenge } from "@/lib/captcha/challenge";
import { CAPTCHA_MESSAGES } from "@/lib/captcha/messages";
import { purgeExpiredCaptchaSolutions, verifyCaptcha } from "@/lib/captcha/verify";
import { decodePayload, encodePayload, freshPayload, solvePayload } from "../../helpers/captcha";
import { createTestDatabase, describeDatabaseKind, type TestDatabase } from "../../helpers/db";

const SECRET = "test-secret-of-the-installation-0123456789";

describe(`proof-of-work captcha on ${describeDatabaseKind()}`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("issues signed challenges that expire in 10 minutes, in the widget's v2 format", async () => {
    const now = new Date("2026-03-02T10:00:00Z");
    const challenge = await createCaptchaChallenge(SECRET, { now });
    expect(challenge.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(challenge.parameters).toMatchObject({
      algorithm: CAPTCHA_DIFFICULTY.algorithm,
      cost: CAPTCHA_DIFFICULTY.cost,
      expiresAt: (now.getTime() + CAPTCHA_TTL_MS) / 1000,
    });
    expect(challenge.parameters.keySignature).toMatch(/^[0-9a-f]{64}$/);
    // The secret counter is not in the challenge, only the key prefix it yields.
    expect(JSON.stringify(challenge)).not.toMatch(/counter/);
  });

  it("accepts a genuine solution once, then refuses it as replayed", async () => {
    const payload = await freshPayload(SECRET);
    expect(await verifyCaptcha(t.db, SECRET, payload)).toEqual({ ok: true });
    expect(await verifyCaptcha(t.db, SECRET, payload)).toEqual({ ok: false, reason: "replayed", message: CAPTCHA_MESSAGES.replayed });
  });

  it("refuses a missing or malformed payload", async () => {
    expect(await verifyCaptcha(t.db, SECRET, "")).toMatchObject({ ok: false, reason: "missing" });
    expect(await verifyCaptcha(t.db, SECRET, "not base64 json")).toMatchObject({ ok: false, reason: "invalid" });
    expect(await verifyCaptcha(t.db, SECRET, encodePayload({ challenge: null, solution: null, test: true }))).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("refuses a solution whose derived key was altered", async () => {
    const payload = decodePayload(await freshPayload(SECRET));
    const key: string = payload.solution.derivedKey;
    payload.solution.derivedKey = `${key.slice(0, -2)}${key.endsWith("00") ? "01" : "00"}`;
    expect(await verifyCaptcha(t.db, SECRET, encodePayload(payload))).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("refuses a challenge whose parameters were altered (easier cost, later expiry)", async () => {
    for (const tamper of [(p: { cost: number }) => (p.cost = 1), (p: { expiresAt: number }) => (p.expiresAt += 3600)]) {
      const payload = decodePayload(await freshPayload(SECRET));
      tamper(payload.challenge.parameters);
      expect(await verifyCaptcha(t.db, SECRET, encodePayload(payload))).toMatchObject({ ok: false, reason: "invalid" });
    }
  });

  it("refuses a challenge signed with another secret, or not signed", async () => {
    expect(await verifyCaptcha(t.db, SECRET, await freshPayload("another-installation-secret-0123456789"))).toMatchObject({ ok: false, reason: "invalid" });
    const unsigned = decodePayload(await freshPayload(SECRET));
    delete unsigned.challenge.signature;
    expect(await verifyCaptcha(t.db, SECRET, encodePayload(unsigned))).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("refuses an expired challenge, even correctly solved", async () => {
    const payload = await freshPayload(SECRET, { now: new Date(Date.now() - CAPTCHA_TTL_MS - 1000) });
    expect(await verifyCaptcha(t.db, SECRET, payload)).toEqual({ ok: false, reason: "expired", message: CAPTCHA_MESSAGES.expired });
  });

  it("the real difficulty is solvable and verifiable", async () => {
    const payload = await solvePayload(await createCaptchaChallenge(SECRET));
    expect(await verifyCaptcha(t.db, SECRET, payload)).toEqual({ ok: true });
  });

  it("purges used solutions once they would have expired anyway", async () => {
    await verifyCaptcha(t.db, SECRET, await freshPayload(SECRET));
    const before = await t.db.$count(captchaSolutions);
    expect(before).toBeGreaterThan(0);
    await purgeExpiredCaptchaSolutions(t.db, new Date(Date.now() + CAPTCHA_TTL_MS - 60_000));
    expect(await t.db.$count(captchaSolutions)).toBe(before);
    await purgeExpiredCaptchaSolutions(t.db, new Date(Date.now() + CAPTCHA_TTL_MS + 60_000));
    expect(await t.db.$count(captchaSolutions)).toBe(0);
  });
});
