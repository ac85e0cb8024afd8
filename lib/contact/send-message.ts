import "server-only";
import type { Db } from "@/db";
import { type ActionResult, fail, ok } from "@/lib/actions/result";
import { recordAudit } from "@/lib/auth/audit";
import { purgeExpiredCaptchaSolutions, verifyCaptcha } from "@/lib/captcha/verify";
import { sendEmail } from "@/lib/email/send";
import { contactMessageTemplate } from "@/lib/email/templates";
import { checkRateLimit, purgeRateLimitHits, type RateLimit, rateLimitKey, recordRateLimitHit } from "@/lib/rate-limit";
import { type ContactData, contactSubjectLabel } from "@/lib/validations/contact";
import type { ContactContext } from "./context";

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

/** Per network address, a short burst and a daily ceiling; per sender address, a daily ceiling. */
export const CONTACT_LIMITS: { perIp: RateLimit[]; perEmail: RateLimit[] } = {
  perIp: [
    { windowMs: 10 * MINUTE, max: 3 },
    { windowMs: DAY, max: 10 },
  ],
  perEmail: [{ windowMs: DAY, max: 5 }],
};

const BUCKET = "contact";
export const CONTACT_SENT = "Votre message a bien été envoyé.";

const clock = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "Europe/Paris" });

/** "dans 7 minutes, à partir de 14 h 32": French time as French typography writes it. */
export function retryDelayText(retryAfterMs: number, now: Date): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / MINUTE));
  const delay =
    minutes < 60 ? `${minutes} minute${minutes > 1 ? "s" : ""}` : `${Math.ceil(minutes / 60)} heure${Math.ceil(minutes / 60) > 1 ? "s" : ""}`;
  const parts = clock.formatToParts(new Date(now.getTime() + minutes * MINUTE));
  const hour = parts.find((p) => p.type === "hour")?.value ?? "";
  const minute = parts.find((p) => p.type === "minute")?.value ?? "";
  return `dans ${delay}, à partir de ${Number(hour)} h ${minute}`;
}

export function rateLimitedMessage(retryAfterMs: number, now: Date): string {
  return `Vous avez envoyé plusieurs messages en peu de temps. Pour nous protéger des envois automatiques, vous pourrez en envoyer un nouveau ${retryDelayText(retryAfterMs, now)}. Votre texte est conservé dans le formulaire.`;
}

type Meta = { ip: string; now?: Date; actor?: { id: string; label?: string | null } | null };

/**
 * Checks the captcha, then the rate limits, then hands the message to the outbox (sendEmail)
 * addressed to the team with Reply-To the visitor, and records "contact.sent" in the audit log
 * with the subject category only: the message itself stays out of the log.
 */
export async function sendContactMessage(db: Db, ctx: ContactContext, input: ContactData, meta: Meta): Promise<ActionResult<undefined>> {
  const now = meta.now ?? new Date();
  const keys = { ip: rateLimitKey(ctx.secret, "ip", meta.ip), email: rateLimitKey(ctx.secret, "email", input.email) };

  // Captcha and counters in one transaction: a replayed solution and a message over the limit are
  // refused consistently. Sending happens after it: a provider call must not hold the database.
  const refusal = await db.transaction(async (tx) => {
    const captcha = await verifyCaptcha(tx, ctx.secret, input.captcha, { now });
    if (!captcha.ok) return fail(captcha.message);
    const byIp = await checkRateLimit(tx, { bucket: BUCKET, key: keys.ip, limits: CONTACT_LIMITS.perIp, now });
    const byEmail = await checkRateLimit(tx, { bucket: BUCKET, key: keys.email, limits: CONTACT_LIMITS.perEmail, now });
    if (!byIp.allowed || !byEmail.allowed) return fail(rateLimitedMessage(Math.max(byIp.retryAfterMs, byEmail.retryAfterMs), now));
    await recordRateLimitHit(tx, { bucket: BUCKET, key: keys.ip, now });
    await recordRateLimitHit(tx, { bucket: BUCKET, key: keys.email, now });
    return null;
  });
  if (refusal) return refusal;

  const subjectLabel = contactSubjectLabel(input.subject);
  const email = contactMessageTemplate(ctx.siteName, {
    // Line breaks in a name would forge extra lines of the list.
    name: input.name.replace(/[\u0000-\u001f\u007f]+/g, " "),
    email: input.email,
    subjectLabel,
    message: input.message,
    originLink: input.depuis ? new URL(input.depuis, ctx.siteUrl).toString() : null,
  });
  await sendEmail(db, { ...email, to: ctx.recipient, replyTo: input.email, template: "contact" }, ctx.mail);
  await recordAudit(db, { action: "contact.sent", actor: meta.actor ?? null, ip: meta.ip, details: { subject: input.subject } });

  await purgeRateLimitHits(db, { bucket: BUCKET, olderThanMs: DAY, now });
  await purgeExpiredCaptchaSolutions(db, now);
  return ok(undefined, CONTACT_SENT);
}
