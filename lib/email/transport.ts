import { Resend } from "resend";

export type EmailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Where replies go (a visitor's address for contact messages); unset: to the sender. */
  replyTo?: string;
  /** List headers only (lib/email/headers.ts); sendEmail refuses any other. */
  headers?: Record<string, string>;
};

export type DeliveryResult = { status: "sent"; providerId: string | null } | { status: "failed"; error: string };

/** Something that delivers a message; without one, messages stay in the outbox table. */
export type EmailTransport = {
  name: string;
  deliver: (from: string, message: EmailMessage) => Promise<DeliveryResult>;
};

export function createResendTransport(apiKey: string): EmailTransport {
  const client = new Resend(apiKey);
  return {
    name: "resend",
    async deliver(from, message) {
      try {
        const { data, error } = await client.emails.send({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
          ...(message.replyTo ? { replyTo: message.replyTo } : {}),
          ...(message.headers && Object.keys(message.headers).length > 0 ? { headers: message.headers } : {}),
        });
        if (error) return { status: "failed", error: `${error.name}: ${error.message}` };
        return { status: "sent", providerId: data?.id ?? null };
      } catch (error) {
        return { status: "failed", error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
