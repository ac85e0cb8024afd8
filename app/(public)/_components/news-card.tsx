import Image from "next/image";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { NewsImage, NewsListItem } from "@/db/queries/news";
import { isoDateInTimeZone } from "@/lib/dates";
import { fr } from "@/lib/i18n/fr";
import { formatDate } from "@/lib/i18n/format";
import { mediaUrl } from "@/lib/media/url";

/** The article's own alternative text, else the upload's; "" marks the image decorative. */
export function newsImageAlt(imageAlt: string | null, image: NewsImage): string {
  return imageAlt ?? image.alt ?? "";
}

/** A publication date as a machine-readable <time> ("24 novembre 2026"). */
export function NewsDate({ date }: { date: Date }) {
  return <time dateTime={isoDateInTimeZone(date)}>{formatDate(date)}</time>;
}

type NewsCardProps = {
  item: NewsListItem;
  headingLevel?: 2 | 3;
  /** Leaves out the image and the summary (home page, side lists). */
  compact?: boolean;
};

/**
 * One article in a list: image, date, title (the card's only link, stretched over it), summary
 * and themes. The image comes after the title in the markup so screen readers hear the title
 * first; the grid puts it back on top.
 */
export function NewsCard({ item, headingLevel = 3, compact = false }: NewsCardProps) {
  const Heading = `h${headingLevel}` as const;
  const image = compact ? null : item.image;
  return (
    <article className="relative flex h-full flex-col overflow-hidden rounded-card border border-line bg-white shadow-card transition-shadow focus-within:shadow-card-hover hover:shadow-card-hover">
      <div className="flex flex-1 flex-col p-5">
        <p className="text-sm font-semibold text-brand-700">
          <span className="sr-only">{fr.news.publishedOn} </span>
          <NewsDate date={item.date} />
        </p>
        <Heading className="mt-1 text-lg leading-snug font-bold text-brand-900">
          <Link href={`/actualites/${item.slug}`} className="underline-offset-4 after:absolute after:inset-0 hover:underline">
            {item.title}
          </Link>
        </Heading>
        {!compact && item.summary && <p className="mt-2 line-clamp-3 text-ink-muted">{item.summary}</p>}
        {item.themes.length > 0 && (
          <ul role="list" className="mt-auto flex flex-wrap gap-2 pt-4">
            {item.themes.map((theme) => (
              <li key={theme}>
                <Badge tone="brand">{fr.resources.themes[theme] ?? theme}</Badge>
              </li>
            ))}
          </ul>
        )}
      </div>
      {image && (
        <Image
          src={mediaUrl(image.id)}
          alt={newsImageAlt(item.imageAlt, image)}
          width={image.width ?? 1200}
          height={image.height ?? 675}
          unoptimized
          className="order-first aspect-video w-full bg-surface object-cover"
        />
      )}
    </article>
  );
}
