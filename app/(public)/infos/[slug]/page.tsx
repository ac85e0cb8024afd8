import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { RichText } from "@/components/rich-text";
import { getDb } from "@/db";
import { getPublishedInfoPage, listPublishedInfoPages } from "@/db/queries/news";
import { audienceLabel } from "@/lib/editorial/labels";
import { fr } from "@/lib/i18n/fr";
import { getSiteConfig } from "@/lib/site-config";
import { DetailSection } from "../../_components/detail-section";
import { LabelList } from "../../_components/label-list";
import { Notice } from "../../_components/notice";
import { InfoMenu } from "../_components/info-menu";

const loadPage = cache((slug: string) => getPublishedInfoPage(getDb(), { slug }));

export async function generateMetadata({ params }: PageProps<"/infos/[slug]">): Promise<Metadata> {
  const page = await loadPage((await params).slug);
  if (!page) return { title: fr.notFound.title };
  return {
    title: page.title,
    description: (page.summary ?? fr.infoPages.metaDescription).slice(0, 200),
    alternates: { canonical: `/infos/${page.slug}` },
  };
}

/** One Infos+ page: its rich text, who it is for, and the rest of the menu beside it. */
export default async function InfoPage({ params }: PageProps<"/infos/[slug]">) {
  await getSiteConfig();
  const page = await loadPage((await params).slug);
  if (!page) notFound();
  const menu = await listPublishedInfoPages(getDb(), { menuOnly: true });
  const t = fr.infoPages;

  return (
    <>
      <PageHeader
        title={page.title}
        breadcrumbs={[{ label: t.breadcrumb, href: "/infos" }, { label: page.title }]}
        intro={page.summary ? <p>{page.summary}</p> : undefined}
      />
      {page.source === "demo" && (
        <div className="page-container pt-8">
          <Notice>{t.demoNotice}</Notice>
        </div>
      )}
      <div className="page-container grid gap-10 py-10 lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-14">
        <div className="max-w-3xl min-w-0 space-y-10 text-[1.0625rem]">
          <RichText html={page.body} />
          {page.audiences.length > 0 && (
            <DetailSection id="pour-qui" title={t.audiencesHeading}>
              <LabelList labels={page.audiences.map(audienceLabel)} />
              <p className="mt-4 text-base">
                {t.otherPagesFor}{" "}
                {page.audiences.map((audience, index) => (
                  <span key={audience}>
                    {index > 0 && ", "}
                    <Link href={`/infos?profil=${audience}`} className="text-brand-700 underline">
                      {audienceLabel(audience)}
                    </Link>
                  </span>
                ))}
              </p>
            </DetailSection>
          )}
        </div>
        {menu.length > 0 && <InfoMenu pages={menu} currentSlug={page.slug} />}
      </div>
    </>
  );
}
