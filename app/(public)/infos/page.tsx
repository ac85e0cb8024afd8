import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { listPublishedInfoPages } from "@/db/queries/news";
import { audienceLabel } from "@/lib/editorial/labels";
import { AUDIENCES } from "@/lib/editorial/vocabulary";
import { fr } from "@/lib/i18n/fr";
import { formatNumber, pluralize } from "@/lib/i18n/format";
import { getSiteConfig } from "@/lib/site-config";
import { EmptyState } from "../_components/empty-state";
import { ProfileFilter } from "./_components/profile-filter";

type InfoPagesProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The ?profil= value when it is a known profile; anything else shows every page. */
function selectedProfile(raw: string | string[] | undefined): string | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && (AUDIENCES as readonly string[]).includes(value) ? value : null;
}

export async function generateMetadata({ searchParams }: InfoPagesProps): Promise<Metadata> {
  await getSiteConfig();
  const profile = selectedProfile((await searchParams).profil);
  return {
    title: profile ? `${fr.infoPages.title} – ${audienceLabel(profile)}` : fr.infoPages.title,
    description: fr.infoPages.metaDescription,
    alternates: { canonical: profile ? `/infos?profil=${profile}` : "/infos" },
  };
}

/** Infos+: the practical pages of the menu, in the editors' order, for one profile or all. */
export default async function InfoPagesPage({ searchParams }: InfoPagesProps) {
  await getSiteConfig();
  const profile = selectedProfile((await searchParams).profil);
  const pages = await listPublishedInfoPages(getDb(), { audience: profile ?? undefined, menuOnly: true });
  const t = fr.infoPages;

  return (
    <>
      <PageHeader title={t.title} breadcrumbs={[{ label: t.breadcrumb }]} intro={<p>{t.intro}</p>} />
      <div className="page-container space-y-8 py-10">
        <ProfileFilter selected={profile} />
        <section aria-labelledby="infos-liste-titre">
          <h2 id="infos-liste-titre" className="text-lg text-ink">
            <strong className="font-bold text-brand-900">
              {formatNumber(pages.length)} {pluralize(pages.length, t.noun)}
            </strong>
            {profile && <> {t.forProfile(audienceLabel(profile))}</>}
          </h2>
          {pages.length > 0 ? (
            <ul role="list" className="mt-5 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
              {pages.map((page) => (
                <li key={page.id}>
                  <Card title={page.title} href={`/infos/${page.slug}`}>
                    {page.summary && <p>{page.summary}</p>}
                  </Card>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>
              {profile ? (
                <>
                  {t.emptyForProfile}{" "}
                  <Link href="/infos" className="font-semibold text-brand-700 underline">
                    {t.showAll}
                  </Link>
                </>
              ) : (
                t.empty
              )}
            </EmptyState>
          )}
        </section>
      </div>
    </>
  );
}
