import Link from "next/link";
import type { InfoPageMenuItem, NewsListItem } from "@/db/queries/news";
import { fr } from "@/lib/i18n/fr";
import { NewsDate } from "../../../_components/news-card";

type ProfileEditorialProps = { profile: string; pages: InfoPageMenuItem[]; news: NewsListItem[] };

const link = "font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900";

/** The Infos+ pages and latest news for one profile, under its entry points; left out when both are empty. */
export function ProfileEditorial({ profile, pages, news }: ProfileEditorialProps) {
  if (pages.length === 0 && news.length === 0) return null;
  const t = fr.profileContent;
  return (
    <section aria-labelledby="profil-contenus-titre" className="mt-14">
      <h2 id="profil-contenus-titre" className="text-2xl font-extrabold tracking-tight text-brand-900">
        {t.heading}
      </h2>
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        {pages.length > 0 && (
          <div>
            <h3 className="text-lg font-bold text-brand-900">{t.infoHeading}</h3>
            <ul role="list" className="mt-3 space-y-2">
              {pages.map((page) => (
                <li key={page.id}>
                  <Link href={`/infos/${page.slug}`} className={link}>
                    {page.title}
                  </Link>
                </li>
              ))}
            </ul>
            <p className="mt-4">
              <Link href={`/infos?profil=${profile}`} className="text-[0.9375rem] text-brand-700 underline">
                {t.allInfoPages}
              </Link>
            </p>
          </div>
        )}
        {news.length > 0 && (
          <div>
            <h3 className="text-lg font-bold text-brand-900">{t.newsHeading}</h3>
            <ul role="list" className="mt-3 space-y-3">
              {news.map((item) => (
                <li key={item.id}>
                  <Link href={`/actualites/${item.slug}`} className={link}>
                    {item.title}
                  </Link>
                  <p className="text-sm text-ink-muted">
                    <NewsDate date={item.date} />
                  </p>
                </li>
              ))}
            </ul>
            <p className="mt-4">
              <Link href={`/actualites?profil=${profile}`} className="text-[0.9375rem] text-brand-700 underline">
                {t.allNews}
              </Link>
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
