import "server-only";
import { getAuthSecret } from "@/lib/auth/secret";
import { getEmailTransport } from "@/lib/email";
import type { SendOptions } from "@/lib/email/send";
import { type Env, getEnv } from "@/lib/env";

/** What the contact form needs from the installation; tests build one by hand. */
export type ContactContext = {
  siteUrl: string;
  siteName: string;
  /** The team's mailbox that receives the messages. */
  recipient: string;
  /** The installation's secret, from which the captcha and rate-limit keys are derived. */
  secret: string;
  mail: SendOptions;
};

/**
 * CONTACT_EMAIL when set; otherwise ADMIN_EMAIL (someone reads it: it is the administrator's);
 * otherwise contact@ the public domain. On a local address (localhost, an IP) there is no domain
 * to guess, so the messages go to contact@passerelle.localhost, read in the outbox
 * (/admin/courriels) like every e-mail while no provider is configured.
 */
export function contactRecipient(env: Pick<Env, "CONTACT_EMAIL" | "ADMIN_EMAIL" | "SITE_URL">): string {
  if (env.CONTACT_EMAIL) return env.CONTACT_EMAIL;
  if (env.ADMIN_EMAIL) return env.ADMIN_EMAIL;
  const host = new URL(env.SITE_URL).hostname.replace(/^www\./, "");
  const local = host === "localhost" || host.endsWith(".localhost") || /^[\d.]+$/.test(host) || host.startsWith("[") || !host.includes(".");
  return `contact@${local ? "passerelle.localhost" : host}`;
}

export function getContactContext(): ContactContext {
  const env = getEnv();
  return {
    siteUrl: env.SITE_URL,
    siteName: env.SITE_NAME,
    recipient: contactRecipient(env),
    secret: getAuthSecret(),
    mail: { from: env.EMAIL_FROM, transport: getEmailTransport() },
  };
}
