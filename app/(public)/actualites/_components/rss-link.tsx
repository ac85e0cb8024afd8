import { fr } from "@/lib/i18n/fr";
import { NEWS_FEED_PATH } from "@/lib/news/rss";

/** A visible way to the news feed (app/(public)/actualites/rss.xml/route.ts), for readers whose browser does not show the <link rel="alternate">. */
export function RssLink({ href = NEWS_FEED_PATH }: { href?: string }) {
  return (
    <a
      href={href}
      type="application/rss+xml"
      className="inline-flex min-h-11 items-center gap-2 font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900"
    >
      <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="size-5 shrink-0" fill="currentColor">
        <circle cx="4.5" cy="15.5" r="2" />
        <path d="M3 8.5a8.5 8.5 0 0 1 8.5 8.5H9.3A6.3 6.3 0 0 0 3 10.7z" />
        <path d="M3 3a14 14 0 0 1 14 14h-2.2A11.8 11.8 0 0 0 3 5.2z" />
      </svg>
      {fr.news.rss}
    </a>
  );
}
