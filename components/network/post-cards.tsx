import { Card } from "@/components/ui/card";
import type { NetworkPost } from "@/db/schema";
import { htmlToPlainText } from "@/lib/agenda/ical";
import { type NetworkLocale, pick } from "@/lib/network/i18n/locale";
import { postStrings } from "@/lib/network/i18n/posts";
import { formatEventRange, formatPostDate } from "@/lib/network/post-format";
import { localizePost } from "@/lib/network/posts-view";

const EXCERPT = 220;

function excerpt(html: string): string {
  const text = htmlToPlainText(html).replace(/\s+/g, " ");
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1).trimEnd()}…` : text;
}

/**
 * Network items as cards, in the reader's language; a title or summary shown in French for lack
 * of a translation carries lang="fr" so screen readers switch voice. Only published items should
 * be passed here: the queries filter them.
 */
export function PostCards({ posts, locale, headingLevel = 3 }: { posts: NetworkPost[]; locale: NetworkLocale; headingLevel?: 2 | 3 | 4 }) {
  const t = pick(postStrings, locale);
  return (
    <ul className="grid gap-5 md:grid-cols-2 lg:grid-cols-3">
      {posts.map((post) => {
        const text = localizePost(post, locale);
        const when =
          post.kind === "event" && post.startsAt
            ? formatEventRange(post.startsAt, post.endsAt, locale)
            : post.publishedAt
              ? t.detail.publishedOn(formatPostDate(post.publishedAt, locale))
              : null;
        return (
          <li key={post.id}>
            <Card
              headingLevel={headingLevel}
              href={`/reseau/actualites/${post.id}`}
              eyebrow={t.kinds[post.kind]}
              title={<span lang={text.titleLang === locale ? undefined : text.titleLang}>{text.title}</span>}
              footer={
                <span className="text-sm text-ink-muted">
                  {when}
                  {post.kind === "event" && post.place ? ` · ${post.place}` : ""}
                </span>
              }
            >
              <p lang={text.bodyLang === locale ? undefined : text.bodyLang}>{excerpt(text.body)}</p>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
