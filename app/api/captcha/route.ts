import { NextResponse } from "next/server";
import { getAuthSecret } from "@/lib/auth/secret";
import { createCaptchaChallenge } from "@/lib/captcha/challenge";

export const dynamic = "force-dynamic";

/**
 * A fresh proof-of-work challenge for the captcha widget (components/forms/captcha-field.tsx).
 * Signed and self-contained: nothing is stored until a solution is used. Never cached, since each
 * challenge is good for one message.
 */
export async function GET() {
  const challenge = await createCaptchaChallenge(getAuthSecret());
  return NextResponse.json(challenge, { headers: { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" } });
}
