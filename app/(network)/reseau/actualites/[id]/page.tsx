import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RichText } from "@/components/rich-text";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db";
import { getPublishedPost } from "@/db/queries/network-posts";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { postStrings } from "@/lib/network/i18n/posts";
import { formatEventRange, formatPostDate } from "@/lib/network/post-format";
import { localizePost } from "@/lib/network/posts-view";

type PostPageProps = { params: Promise<{ id: string }>; searchParams: Promise<{ lang?: string | string[] }> };

function parseId(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ searchParams }: PostPageProps): Promise<Metadata> {
  const locale = await getNetworkLocale((await searchParams).lang);
  // The title stays generic: metadata is computed apart from the page's access check.
  return { title: pick(postStrings, locale).list.title, robots: { index: false, follow: false } };
}

/** One published item in the reader's language (French when not translated); drafts answer 404. */
export default async function NetworkPostPage({ params, searchParams }: PostPageProps) {
  const [{ id: rawId }, query] = await Promise.all([params, searchParams]);
  await requireNetworkAccess(`/reseau/actualites/${encodeURIComponent(rawId)}`);
  const id = parseId(rawId);
  const post = id ? await getPublishedPost(getDb(), { id }) : undefined;
  if (!post) notFound();
  const locale = await getNetworkLocale(query.lang);
  const t = pick(postStrings, locale);
  const text = localizePost(post, locale);
  const event = post.kind === "event" && post.startsAt;
  const foreign = (lang: string) => (lang === locale ? undefined : lang);

  return (
    <div lang={locale} className="page-container py-8">
      <p>
        <Link href="/reseau/actualites">{t.detail.back}</Link>
      </p>
      <article className="mt-6 max-w-3xl space-y-6">
        <header className="space-y-2">
          <p className="font-semibold text-brand-600">{t.kinds[post.kind]}</p>
          <h1 className="text-3xl font-extrabold tracking-tight text-brand-900" lang={foreign(text.titleLang)}>
            {text.title}
          </h1>
          {!event && post.publishedAt && <p className="text-ink-muted">{t.detail.publishedOn(formatPostDate(post.publishedAt, locale))}</p>}
        </header>
        {event && (
          <dl className="grid gap-x-4 gap-y-2 rounded-lg border border-line bg-surface p-4 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t.detail.when}</dt>
            <dd>{formatEventRange(post.startsAt!, post.endsAt, locale)}</dd>
            {(post.place || post.onlineUrl) && (
              <>
                <dt className="font-semibold">{t.detail.where}</dt>
                <dd>
                  {post.place}
                  {post.onlineUrl && (
                    <span className="block">
                      {post.place ? null : `${t.detail.online} – `}
                      <a href={post.onlineUrl} rel="noopener noreferrer">
                        {t.detail.onlineLink}
                      </a>
                    </span>
                  )}
                </dd>
              </>
            )}
          </dl>
        )}
        {event && (
          <p>
            <a href={`/reseau/actualites/${post.id}/evenement.ics`} download className="font-semibold">
              {t.detail.addToCalendar} <span className="font-normal">({t.detail.addToCalendarHint})</span>
            </a>
          </p>
        )}
        {locale === "en" && text.bodyLang === "fr" && <Alert tone="info">{t.detail.frenchOnly}</Alert>}
        <div lang={foreign(text.bodyLang)}>
          <RichText html={text.body} className="max-w-none" />
        </div>
      </article>
    </div>
  );
}
