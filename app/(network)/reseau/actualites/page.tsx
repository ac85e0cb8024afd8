import type { Metadata } from "next";
import { PostCards } from "@/components/network/post-cards";
import { getDb } from "@/db";
import { listPastEvents, listPublishedNews, listUpcomingEvents } from "@/db/queries/network-posts";
import { requireNetworkAccess } from "@/lib/network/guards";
import { getNetworkLocale, pick } from "@/lib/network/i18n";
import { postStrings } from "@/lib/network/i18n/posts";

type PostsPageProps = { searchParams: Promise<{ lang?: string | string[] }> };

export async function generateMetadata({ searchParams }: PostsPageProps): Promise<Metadata> {
  const locale = await getNetworkLocale((await searchParams).lang);
  return { title: pick(postStrings, locale).list.title, robots: { index: false, follow: false } };
}

/** The network's published news and events, for every approved member. */
export default async function NetworkPostsPage({ searchParams }: PostsPageProps) {
  await requireNetworkAccess("/reseau/actualites");
  const locale = await getNetworkLocale((await searchParams).lang);
  const t = pick(postStrings, locale).list;
  const db = getDb();
  const [upcoming, news, past] = await Promise.all([
    listUpcomingEvents(db, { limit: 30 }),
    listPublishedNews(db, { limit: 60 }),
    listPastEvents(db, { limit: 12 }),
  ]);

  return (
    <div lang={locale} className="page-container space-y-12 py-8">
      <header>
        <h1 className="text-3xl font-extrabold tracking-tight text-brand-900">{t.title}</h1>
        <p className="mt-3 max-w-3xl text-lg text-ink-muted">{t.intro}</p>
      </header>
      <section aria-labelledby="evenements-a-venir">
        <h2 id="evenements-a-venir" className="text-2xl font-bold text-brand-900">
          {t.upcomingHeading}
        </h2>
        <div className="mt-5">{upcoming.length > 0 ? <PostCards posts={upcoming} locale={locale} /> : <p>{t.noUpcoming}</p>}</div>
      </section>
      <section aria-labelledby="actualites-reseau">
        <h2 id="actualites-reseau" className="text-2xl font-bold text-brand-900">
          {t.newsHeading}
        </h2>
        <div className="mt-5">{news.length > 0 ? <PostCards posts={news} locale={locale} /> : <p>{t.noNews}</p>}</div>
      </section>
      {past.length > 0 && (
        <section aria-labelledby="evenements-passes">
          <h2 id="evenements-passes" className="text-2xl font-bold text-brand-900">
            {t.pastHeading}
          </h2>
          <div className="mt-5">
            <PostCards posts={past} locale={locale} />
          </div>
        </section>
      )}
    </div>
  );
}
