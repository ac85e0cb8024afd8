import "server-only";
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { countNewsletterDeliveries, getNewsletter, listSegmentRecipients } from "@/db/queries/network-newsletters";
import { newsletterDeliveries, newsletters, networkMembers } from "@/db/schema";
import { getAccountContext } from "@/lib/auth/app-context";
import { recordAudit } from "@/lib/auth/audit";
import { type AccountContext, siteLink } from "@/lib/auth/context";
import { getAuthSecret } from "@/lib/auth/secret";
import { sendEmail } from "@/lib/email/send";
import type { NetworkLocale } from "./i18n/locale";
import { newsletterEmailTemplate, newsletterVersion } from "./newsletter-email";
import { signUnsubscribeToken } from "./unsubscribe-token";

export const UNSUBSCRIBE_PATH = "/reseau/desinscription";
/** Where mail clients POST a one-click unsubscribe (RFC 8058), named in the List-Unsubscribe header. */
export const ONE_CLICK_UNSUBSCRIBE_PATH = "/reseau/desinscription/un-clic";
export const NEWSLETTER_TEMPLATE = "network-newsletter";

/** What sending needs from the installation: links, the mail transport and the secret signing unsubscribe links. */
export type NewsletterMailContext = AccountContext & { secret: string };

export function getNewsletterMailContext(): NewsletterMailContext {
  return { ...getAccountContext(), secret: getAuthSecret() };
}

/**
 * A member's choice about newsletters (the unsubscribe link, the profile's toggle). Returns
 * false when the user is not a network member.
 */
export async function setNewsletterOptOut(db: DbOrTx, userId: string, value: boolean): Promise<boolean> {
  const rows = await db
    .update(networkMembers)
    .set({ newsletterOptOut: value })
    .where(eq(networkMembers.userId, userId))
    .returning({ userId: networkMembers.userId });
  return rows.length > 0;
}

/** The unsubscribe link of a member's newsletter body, opening the confirmation page in their language. */
export function unsubscribeLink(ctx: Pick<NewsletterMailContext, "siteUrl" | "secret">, userId: string, locale: NetworkLocale): string {
  return siteLink(ctx, UNSUBSCRIBE_PATH, { jeton: signUnsubscribeToken(ctx.secret, userId), lang: locale });
}

/**
 * The list headers of a member's newsletter (RFC 2369, RFC 2919, RFC 8058), which large mailbox
 * providers require from bulk senders: their "Unsubscribe" button POSTs to the one-click address,
 * and a client without one-click support opens it, which leads to the confirmation page.
 */
export function newsletterHeaders(ctx: Pick<NewsletterMailContext, "siteUrl" | "secret">, userId: string, locale: NetworkLocale): Record<string, string> {
  const oneClick = siteLink(ctx, ONE_CLICK_UNSUBSCRIBE_PATH, { jeton: signUnsubscribeToken(ctx.secret, userId), lang: locale });
  // A List-Id is a dot-atom: a host name qualifies once anything else (an IPv6 address's brackets) is replaced.
  const host = new URL(ctx.siteUrl).hostname.replace(/[^A-Za-z0-9.-]/g, "-").replace(/\.+$/, "");
  return {
    "List-Unsubscribe": `<${oneClick}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "List-Id": `<lettre.reseau.${host}>`,
  };
}

export type SendNewsletterResult =
  | { ok: true; recipients: number; deliveredNow: number }
  | { ok: false; reason: "not_found" | "already_sent" | "no_recipients" };

/**
 * Sends a draft to its segment: one outbox e-mail per approved, subscribed member, in their
 * language. Each member is claimed in newsletter_deliveries before their e-mail is written, in
 * the same transaction, so a retry after an interruption, or a second click racing the first,
 * skips those already served. The newsletter is marked sent (and frozen) at the end.
 */
export async function sendNewsletter(
  db: DbOrTx,
  params: { newsletterId: number; actor: { id: string; label?: string | null }; ctx: NewsletterMailContext },
): Promise<SendNewsletterResult> {
  const { newsletterId, actor, ctx } = params;
  const newsletter = await getNewsletter(db, newsletterId);
  if (!newsletter) return { ok: false, reason: "not_found" };
  if (newsletter.status === "sent") return { ok: false, reason: "already_sent" };

  const recipients = await listSegmentRecipients(db, newsletter.segment);
  const alreadyDelivered = await countNewsletterDeliveries(db, newsletterId);
  if (recipients.length === 0 && alreadyDelivered === 0) return { ok: false, reason: "no_recipients" };

  let deliveredNow = 0;
  for (const recipient of recipients) {
    await db.transaction(async (tx) => {
      const claimed = await tx
        .insert(newsletterDeliveries)
        .values({ newsletterId, userId: recipient.userId })
        .onConflictDoNothing()
        .returning({ userId: newsletterDeliveries.userId });
      if (claimed.length === 0) return;
      const email = newsletterEmailTemplate({
        siteName: ctx.siteName,
        siteUrl: ctx.siteUrl,
        version: newsletterVersion(newsletter, recipient.locale),
        unsubscribeUrl: unsubscribeLink(ctx, recipient.userId, recipient.locale),
      });
      const headers = newsletterHeaders(ctx, recipient.userId, recipient.locale);
      const sent = await sendEmail(tx, { to: recipient.email, ...email, headers, template: NEWSLETTER_TEMPLATE }, ctx.mail);
      await tx
        .update(newsletterDeliveries)
        .set({ outboxEmailId: sent.id })
        .where(and(eq(newsletterDeliveries.newsletterId, newsletterId), eq(newsletterDeliveries.userId, recipient.userId)));
      deliveredNow += 1;
    });
  }

  const total = await countNewsletterDeliveries(db, newsletterId);
  const finished = await db
    .update(newsletters)
    .set({ status: "sent", sentAt: new Date(), recipientCount: total })
    .where(and(eq(newsletters.id, newsletterId), eq(newsletters.status, "draft")))
    .returning({ id: newsletters.id });
  // A concurrent sending finished first: it recorded the sending, and this call served nobody twice.
  if (finished.length > 0) {
    await recordAudit(db, {
      action: "network.newsletter_sent",
      actor,
      target: { type: "newsletter", id: String(newsletterId) },
      details: { title: newsletter.subjectFr, recipients: total },
    });
  }
  return { ok: true, recipients: total, deliveredNow };
}
