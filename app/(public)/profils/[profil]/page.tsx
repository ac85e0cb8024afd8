import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/layout/page-header";
import { getDb } from "@/db";
import { listLatestNews, listPublishedInfoPages } from "@/db/queries/news";
import { profileLinkQuery } from "@/lib/catalog/profile-links";
import { getProfile } from "@/lib/catalog/profiles";
import { formatNumber } from "@/lib/i18n/format";
import { getSearchEngine } from "@/lib/search/app";
import { ProfileEditorial } from "./_components/profile-editorial";

type Props = { params: Promise<{ profil: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = getProfile((await params).profil);
  return profile ? { title: `Vous êtes ${profile.short}`, description: profile.intro } : {};
}

async function countResults(href: string): Promise<number | null> {
  const query = profileLinkQuery(href);
  if (!query) return null;
  try {
    const result = await getSearchEngine().search({ ...query, facets: [], perPage: 1 });
    return result.total;
  } catch {
    // A count is a hint: the link stays useful without it.
    return null;
  }
}

export default async function ProfilePage({ params }: Props) {
  const profile = getProfile((await params).profil);
  if (!profile) notFound();
  const db = getDb();
  const [counts, pages, news] = await Promise.all([
    Promise.all(profile.links.map((link) => countResults(link.href))),
    listPublishedInfoPages(db, { audience: profile.slug, menuOnly: true }),
    listLatestNews(db, { limit: 3, audience: profile.slug }),
  ]);

  return (
    <>
      <PageHeader
        title={`Vous êtes ${profile.short}`}
        breadcrumbs={[{ label: "Vous êtes…", href: "/#profils" }, { label: profile.label }]}
        intro={profile.intro}
      />
      <div className="page-container py-12">
        <ul role="list" className="grid gap-5 sm:grid-cols-2">
          {profile.links.map((link, index) => {
            const count = counts[index];
            return (
              <li key={link.href}>
                <Card
                  title={link.label}
                  headingLevel={2}
                  href={link.href}
                  footer={
                    count !== null && count !== undefined ? (
                      <span className="text-sm font-semibold text-brand-700">
                        {formatNumber(count)} résultat{count > 1 ? "s" : ""}
                      </span>
                    ) : undefined
                  }
                >
                  <p>{link.description}</p>
                </Card>
              </li>
            );
          })}
        </ul>
        <ProfileEditorial profile={profile.slug} pages={pages} news={news} />
      </div>
    </>
  );
}
