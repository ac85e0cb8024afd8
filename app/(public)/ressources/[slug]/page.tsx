import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SaveButton } from "@/components/account/save-button";
import { trackRecentView } from "@/components/account/track-view";
import { PageHeader } from "@/components/layout/page-header";
import { RichText } from "@/components/rich-text";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { getPublishedResource } from "@/db/queries/editorial";
import { audienceLabel } from "@/lib/editorial/labels";
import { fr } from "@/lib/i18n/fr";
import { getSiteConfig } from "@/lib/site-config";
import { DetailSection } from "../../_components/detail-section";
import { displayHost, ExternalLink, safeHttpUrl } from "../../_components/external-link";
import { JsonLd } from "../../_components/json-ld";
import { LabelList } from "../../_components/label-list";

const loadResource = cache((slug: string) => getPublishedResource(getDb(), { slug }));

export async function generateMetadata({ params }: PageProps<"/ressources/[slug]">): Promise<Metadata> {
  const resource = await loadResource((await params).slug);
  if (!resource) return { title: fr.notFound.title };
  return { title: resource.title, description: resource.summary?.slice(0, 200) ?? fr.resources.intro };
}

/** A resource's page: what it is, who publishes it and for whom, and the way out to it. */
export default async function ResourcePage({ params }: PageProps<"/ressources/[slug]">) {
  const [resource, site] = await Promise.all([loadResource((await params).slug), getSiteConfig()]);
  if (!resource) notFound();
  await trackRecentView({
    kind: "ressource",
    itemId: String(resource.id),
    title: resource.title,
    url: `/ressources/${resource.slug}`,
  });
  const r = fr.resources;
  const url = safeHttpUrl(resource.url);
  const pageUrl = new URL(`/ressources/${resource.slug}`, site.siteUrl).toString();

  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": resource.kind === "video" ? "VideoGallery" : "WebSite",
          "@id": pageUrl,
          name: resource.title,
          description: resource.summary ?? undefined,
          url: url ?? pageUrl,
          publisher: resource.publisher ? { "@type": "Organization", name: resource.publisher } : undefined,
        }}
      />
      <PageHeader
        title={resource.title}
        breadcrumbs={[{ label: r.breadcrumb, href: "/ressources" }, { label: resource.title }]}
        intro={
          <>
            <p className="flex flex-wrap items-center gap-x-3 gap-y-2 text-base">
              <Badge tone="brand">{r.kinds[resource.kind] ?? resource.kind}</Badge>
              {resource.publisher && resource.publisher !== resource.title && <span>{resource.publisher}</span>}
            </p>
            <div className="mt-4">
              <SaveButton kind="ressource" itemId={String(resource.id)} title={resource.title} variant="page" />
            </div>
          </>
        }
      />
      <div className="page-container py-10">
        <div className="max-w-3xl space-y-10">
        <DetailSection id="presentation" title={fr.editorial.about}>
          <div className="space-y-4 text-[1.0625rem]">
            {resource.summary && <p>{resource.summary}</p>}
            <RichText html={resource.body} />
          </div>
          {url && (
            <p className="mt-6">
              <ExternalLink href={url} button>
                {r.visit(displayHost(url))}
              </ExternalLink>
            </p>
          )}
        </DetailSection>
        {resource.themes.length > 0 && (
          <DetailSection id="themes" title={r.themesHeading}>
            <LabelList labels={resource.themes.map((theme) => r.themes[theme] ?? theme)} />
          </DetailSection>
        )}
        {resource.audiences.length > 0 && (
          <DetailSection id="pour-qui" title={fr.editorial.audiencesHeading}>
            <LabelList labels={resource.audiences.map(audienceLabel)} />
          </DetailSection>
        )}
        </div>
      </div>
    </>
  );
}
