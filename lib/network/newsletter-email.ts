import type { Newsletter } from "@/db/schema";
import { sanitizeRichText } from "@/lib/cms/sanitize";
import type { RenderedEmail } from "@/lib/email/templates";
import { hasRichText } from "@/lib/validations/network-newsletter";
import { pick } from "./i18n/locale";
import type { NetworkLocale } from "./i18n/locale";
import { newsletterStrings } from "./i18n/newsletters";

/**
 * A newsletter as an e-mail, in the style of lib/email/templates.ts: a plain-text version and a
 * minimal HTML one, absolute links only, and the one-click unsubscribe link at the end of both.
 */

export type NewsletterVersion = { locale: NetworkLocale; subject: string; bodyHtml: string };

/**
 * The version a member reads: English when they chose English and the newsletter has an English
 * subject and text, French otherwise (French is the one version that is always written).
 */
export function newsletterVersion(newsletter: Pick<Newsletter, "subjectFr" | "subjectEn" | "bodyFr" | "bodyEn">, locale: NetworkLocale): NewsletterVersion {
  if (locale === "en" && newsletter.subjectEn?.trim() && hasRichText(newsletter.bodyEn)) {
    return { locale: "en", subject: newsletter.subjectEn.trim(), bodyHtml: newsletter.bodyEn ?? "" };
  }
  return { locale: "fr", subject: newsletter.subjectFr, bodyHtml: newsletter.bodyFr };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp|#39);/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " } as Record<string, string>)[lower] ?? entity;
  });
}

/**
 * The stored body made fit for a mailbox: sanitised again (it was when stored, but the e-mail is
 * what leaves the site), site-relative links made absolute, and embedded videos (which no mail
 * client plays) replaced by a link. sanitize-html writes every attribute in double quotes, which
 * is what the patterns below rely on.
 */
export function emailBodyHtml(bodyHtml: string, siteUrl: string, videoLabel: string): string {
  const origin = new URL(siteUrl).origin;
  return sanitizeRichText(bodyHtml)
    .replace(/<iframe\b[^>]*\bsrc="([^"]*)"[^>]*>\s*<\/iframe>/gi, (_match, src: string) => `<p><a href="${src}">${escapeHtml(videoLabel)}</a></p>`)
    .replace(/\b(href|src)="\/(?!\/)/g, `$1="${origin}/`);
}

/** The plain-text version of e-mail HTML produced by emailBodyHtml. */
export function htmlToText(html: string): string {
  const strip = (s: string) => s.replace(/<[^>]*>/g, "");
  return decodeEntities(
    html
      .replace(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_match, href: string, inner: string) => {
        const label = decodeEntities(strip(inner)).trim();
        const url = decodeEntities(href);
        return label && label !== url ? `${strip(inner).trim()} (${href})` : href;
      })
      .replace(/<img\b[^>]*?\balt="([^"]+)"[^>]*>/gi, "[$1]")
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<li\b[^>]*>/gi, "\n- ")
      .replace(/<\/(td|th)>/gi, " | ")
      .replace(/<\/(tr|figcaption|caption)>/gi, "\n")
      .replace(/<\/(p|h2|h3|h4|blockquote|ul|ol|table|figure|div)>/gi, "\n\n")
      .replace(/<hr\s*\/?>/gi, "\n----\n")
      .replace(/<[^>]*>/g, ""),
  )
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function newsletterEmailTemplate(params: {
  siteName: string;
  siteUrl: string;
  version: NewsletterVersion;
  unsubscribeUrl: string;
}): RenderedEmail {
  const { siteName, siteUrl, version, unsubscribeUrl } = params;
  const t = pick(newsletterStrings, version.locale).email;
  const body = emailBodyHtml(version.bodyHtml, siteUrl, t.video);
  const text = [htmlToText(body), "—", t.reason(siteName), `${t.unsubscribeText}\n${unsubscribeUrl}`].join("\n\n");
  const html =
    `<!doctype html><html lang="${version.locale}"><head><meta charset="utf-8"><title>${escapeHtml(version.subject)}</title>` +
    `<style>img{max-width:100%;height:auto}</style></head>` +
    `<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1b1b1b">${body}` +
    `<hr style="border:0;border-top:1px solid #ccc;margin:2em 0 1em">` +
    `<p style="color:#555;font-size:14px">${escapeHtml(t.reason(siteName))}<br>` +
    `<a href="${escapeHtml(unsubscribeUrl)}" style="color:#555">${escapeHtml(t.unsubscribe)}</a></p></body></html>`;
  return { subject: version.subject, text, html };
}
