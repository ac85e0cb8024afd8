import ical, { ICalCalendarMethod } from "ical-generator";
import type { NetworkPost } from "@/db/schema";
import { htmlToPlainText } from "@/lib/agenda/ical";
import { type NetworkLocale, pick } from "./i18n/locale";
import { postStrings } from "./i18n/posts";
import { localizePost } from "./posts-view";

/**
 * "Add to my calendar" for a network event (RFC 5545), in the reader's language. Times are
 * written in UTC: every calendar converts them to its own zone, and the members live in many.
 * The portal agenda's builder (lib/agenda/ical.ts) is tied to its public event pages; only its
 * HTML-to-text step is shared.
 */
export function buildNetworkEventIcs(
  post: Pick<NetworkPost, "id" | "titleFr" | "titleEn" | "bodyFr" | "bodyEn" | "startsAt" | "endsAt" | "place" | "onlineUrl" | "updatedAt">,
  options: { siteUrl: string; locale: NetworkLocale; now?: Date },
): string {
  if (!post.startsAt) throw new Error(`Network item ${post.id} has no start date`);
  const t = pick(postStrings, options.locale).ical;
  const text = localizePost(post, options.locale);
  const pageUrl = new URL(`/reseau/actualites/${post.id}`, options.siteUrl).toString();
  const host = new URL(options.siteUrl).hostname;
  const end = post.endsAt && post.endsAt.getTime() > post.startsAt.getTime() ? post.endsAt : post.startsAt;
  const location = post.place?.trim() || (post.onlineUrl ? `${t.online} – ${post.onlineUrl}` : null);
  const description = [htmlToPlainText(text.body), post.onlineUrl, t.details(pageUrl)].filter(Boolean).join("\n\n");

  const calendar = ical({ prodId: { company: host, product: "Passerelle reseau", language: options.locale.toUpperCase() } });
  calendar.method(ICalCalendarMethod.PUBLISH);
  calendar.createEvent({
    id: `reseau-evenement-${post.id}@${host}`,
    stamp: options.now ?? new Date(),
    lastModified: post.updatedAt,
    start: post.startsAt,
    end,
    summary: text.title,
    description: description.slice(0, 8_000),
    location: location ? { title: location } : null,
    url: pageUrl,
  });
  const out = calendar.toString();
  return out.endsWith("\r\n") ? out : `${out}\r\n`;
}
