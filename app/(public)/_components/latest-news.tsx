import Link from "next/link";
import type { NewsListItem } from "@/db/queries/news";
import { fr } from "@/lib/i18n/fr";
import { NewsCard } from "./news-card";
import { SectionHeading } from "./section-heading";

/** The newest articles on the home page; the section is left out while there are none. */
export function LatestNews({ items }: { items: NewsListItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="actualites-titre" className="page-container">
      <SectionHeading id="actualites-titre" title={fr.news.latest} intro={fr.news.latestIntro} />
      <ul role="list" className="mt-8 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => (
          <li key={item.id}>
            <NewsCard item={item} />
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link href="/actualites" className="font-semibold text-brand-700 underline underline-offset-4">
          {fr.news.seeAll}
        </Link>
      </p>
    </section>
  );
}
