import "server-only";
import type { DbOrTx } from "@/db";
import { getEnv } from "@/lib/env";
import { type OutgoingEmail, sendEmail } from "./send";
import { createResendTransport, type EmailTransport } from "./transport";

export type { OutgoingEmail } from "./send";

let transport: EmailTransport | null | undefined;

export function getEmailTransport(): EmailTransport | null {
  if (transport === undefined) {
    const key = getEnv().RESEND_API_KEY;
    transport = key ? createResendTransport(key) : null;
  }
  return transport;
}

/** Sends through Resend when RESEND_API_KEY is set, otherwise keeps the message in the outbox. */
export function deliverEmail(db: DbOrTx, email: OutgoingEmail) {
  return sendEmail(db, email, { from: getEnv().EMAIL_FROM, transport: getEmailTransport() });
}
