import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { RichText } from "@/components/rich-text";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { getPublishedNews, type NewsArticle } from "@/db/queries/news";
import { audienceLabel, territoryLabel } from "@/lib/editorial/labels";
import { fr } from "@/lib/i18n/fr";
import { mediaUrl } from "@/lib/media/url";
import { getSiteConfig, type SiteConfig } from "@/lib/site-config";
import { DetailSection } from "../../_components/detail-section";
import { JsonLd } from "../../_components/json-ld";
import { LabelList } from "../../_components/label-list";
import { NewsDate, newsImageAlt } from "../../_components/news-card";
import { Notice } from "../../_components/notice";

const loadArticle = cache((slug: string) => getPublishedNews(getDb(), { slug }));

const articlePath = (article: NewsArticle) => `/actualites/${article.slug}`;

/** A scheduled article is saved before it goes out: it was never modified before its publication. */
const modifiedAt = (article: NewsArticle) => (article.updatedAt > article.date ? article.updatedAt : article.date);

export async function generateMetadata({ params }: PageProps<"/actualites/[slug]">): Promise<Metadata> {
  const [article, site] = await Promise.all([loadArticle((await params).slug), getSiteConfig()]);
  if (!article) return { title: fr.notFound.title };
  const description = (article.summary ?? fr.news.metaDescription(site.regionName)).slice(0, 200);
  return {
    title: article.title,
    description,
    alternates: { canonical: articlePath(article) },
    openGraph: {
      type: "article",
      title: article.title,
      description,
      url: articlePath(article),
      siteName: site.siteName,
      locale: "fr_FR",
      publishedTime: article.date.toISOString(),
      modifiedTime: modifiedAt(article).toISOString(),
      images: article.image ? [{ url: mediaUrl(article.image.id), alt: newsImageAlt(article.imageAlt, article.image) }] : undefined,
    },
  };
}

function newsArticleJsonLd(article: NewsArticle, site: SiteConfig): Record<string, unknown> {
  const url = new URL(articlePath(article), site.siteUrl).toString();
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": url,
    mainEntityOfPage: url,
    headline: article.title.slice(0, 110),
    description: article.summary ?? undefined,
    datePublished: article.date.toISOString(),
    dateModified: modifiedAt(article).toISOString(),
    inLanguage: "fr-FR",
    image: article.image ? [new URL(mediaUrl(article.image.id), site.siteUrl).toString()] : undefined,
    publisher: { "@type": "Organization", name: site.siteName, url: site.siteUrl },
  };
}

/** One article: date, themes, image, rich body, and who and where it concerns. */
export default async function NewsArticlePage({ params }: PageProps<"/actualites/[slug]">) {
  const [article, site] = await Promise.all([loadArticle((await params).slug), getSiteConfig()]);
  if (!article) notFound();
  const n = fr.news;

  return (
    <>
      <JsonLd data={newsArticleJsonLd(article, site)} />
      <PageHeader
        title={article.title}
        breadcrumbs={[{ label: n.breadcrumb, href: "/actualites" }, { label: article.title }]}
        intro={
          <p className="flex flex-wrap items-center gap-x-3 gap-y-2 text-base">
            <span>
              {n.publishedOn} <NewsDate date={article.date} />
            </span>
            {article.themes.map((theme) => (
              <Badge key={theme} tone="brand">
                {fr.resources.themes[theme] ?? theme}
              </Badge>
            ))}
          </p>
        }
      />
      {article.source === "demo" && (
        <div className="page-container pt-8">
          <Notice>{n.demoNotice}</Notice>
        </div>
      )}
      <div className="page-container grid gap-10 py-10 lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-14">
        <div className="max-w-3xl min-w-0 space-y-6 text-[1.0625rem]">
          {article.image && (
            <Image
              src={mediaUrl(article.image.id)}
              alt={newsImageAlt(article.imageAlt, article.image)}
              width={article.image.width ?? 1200}
              height={article.image.height ?? 675}
              unoptimized
              priority
              className="aspect-video w-full rounded-card bg-surface object-cover"
            />
          )}
          {article.summary && <p className="text-xl leading-relaxed text-ink">{article.summary}</p>}
          <RichText html={article.body} />
        </div>
        {(article.audiences.length > 0 || article.territory.length > 0) && (
          <aside className="space-y-8" aria-label={n.aboutArticle}>
            {article.audiences.length > 0 && (
              <DetailSection id="pour-qui" title={fr.editorial.audiencesHeading}>
                <LabelList labels={article.audiences.map(audienceLabel)} />
              </DetailSection>
            )}
            {article.territory.length > 0 && (
              <DetailSection id="territoire" title={n.territoryHeading}>
                <LabelList labels={article.territory.map(territoryLabel)} />
              </DetailSection>
            )}
          </aside>
        )}
      </div>
    </>
  );
}
