import "server-only";
import type { DbOrTx } from "@/db";
import { outboxEmails } from "@/db/schema";
import { checkEmailHeaders } from "./headers";
import type { EmailMessage, EmailTransport } from "./transport";

export type OutgoingEmail = EmailMessage & {
  template: string;
  /**
   * The message carries a one-time link (sign-in, reset, verification). When a provider delivered
   * it, the outbox keeps only a note, so administrators reading the outbox cannot use the link.
   */
  sensitive?: boolean;
};

export type SendOptions = { from: string; transport: EmailTransport | null };

const MASKED = "[Contenu masqué : ce message contenait un lien à usage unique, remis par le fournisseur d'envoi.]";

/**
 * Sends one email and records it in the outbox. Without a transport (no RESEND_API_KEY) the
 * outbox row is the delivery: administrators read it in the back office. Throws, before anything
 * is sent or stored, when a header is not allowed or its value could inject a line.
 */
export async function sendEmail(db: DbOrTx, email: OutgoingEmail, options: SendOptions) {
  const { template, sensitive, headers: givenHeaders, ...rest } = email;
  let headers: Record<string, string> | null = null;
  if (givenHeaders && Object.keys(givenHeaders).length > 0) {
    const checked = checkEmailHeaders(givenHeaders);
    if (!checked.ok) throw new Error(checked.error);
    headers = checked.headers;
  }
  const message = headers ? { ...rest, headers } : rest;
  if (!options.transport) {
    const [row] = await db
      .insert(outboxEmails)
      .values({ ...rest, html: rest.html ?? null, replyTo: rest.replyTo ?? null, headers, template, status: "stored" })
      .returning({ id: outboxEmails.id });
    return { id: row!.id, status: "stored" as const };
  }
  const result = await options.transport.deliver(options.from, message);
  const kept = sensitive && result.status === "sent" ? { text: MASKED, html: null } : { text: message.text, html: message.html ?? null };
  const [row] = await db
    .insert(outboxEmails)
    .values({
      to: message.to,
      subject: message.subject,
      replyTo: message.replyTo ?? null,
      headers,
      ...kept,
      template,
      status: result.status,
      providerId: result.status === "sent" ? result.providerId : null,
      error: result.status === "failed" ? result.error : null,
    })
    .returning({ id: outboxEmails.id });
  return { id: row!.id, status: result.status };
}
