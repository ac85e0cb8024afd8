import { Feed } from "feed";
import sanitizeHtml from "sanitize-html";
import type { FeedNewsItem } from "@/db/queries/news";
import { fr } from "@/lib/i18n/fr";
import { mediaUrl } from "@/lib/media/url";

export const NEWS_FEED_PATH = "/actualites/rss.xml";

const DESCRIPTION_LENGTH = 400;

/** The summary, else the start of the body as plain text: feed readers show it as the teaser. */
function teaser(item: FeedNewsItem): string {
  if (item.summary?.trim()) return item.summary.trim();
  const text = sanitizeHtml((item.body ?? "").replace(/<\/(p|h[2-4]|li)>/g, "$& "), { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, " ")
    .trim();
  return text.length > DESCRIPTION_LENGTH ? `${text.slice(0, DESCRIPTION_LENGTH - 1).trimEnd()}…` : text;
}

/**
 * RSS 2.0 of the newest articles, every address absolute (readers resolve nothing). The body is
 * left out: its links are relative to the site, and the teaser leads to the article.
 */
export function buildNewsFeed(items: FeedNewsItem[], site: { siteUrl: string; siteName: string; regionName: string }): string {
  const absolute = (path: string) => new URL(path, site.siteUrl).toString();
  const feed = new Feed({
    title: fr.news.feedTitle(site.siteName),
    description: fr.news.feedDescription(site.regionName),
    id: absolute("/actualites"),
    link: absolute("/actualites"),
    feed: absolute(NEWS_FEED_PATH),
    language: "fr",
    updated: items[0]?.date ?? new Date(0),
    generator: site.siteName,
  });
  for (const item of items) {
    feed.addItem({
      title: item.title,
      link: absolute(`/actualites/${item.slug}`),
      date: item.date,
      published: item.date,
      description: teaser(item),
      category: item.themes.map((theme) => ({ name: fr.resources.themes[theme] ?? theme })),
      enclosure: item.image
        ? { url: absolute(mediaUrl(item.image.id)), type: item.image.mimeType, length: item.image.size }
        : undefined,
    });
  }
  return feed.rss2();
}
