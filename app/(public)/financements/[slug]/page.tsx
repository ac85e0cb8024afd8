import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SaveButton } from "@/components/account/save-button";
import { trackRecentView } from "@/components/account/track-view";
import { PageHeader } from "@/components/layout/page-header";
import { RichText } from "@/components/rich-text";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { getPublishedFinancingScheme } from "@/db/queries/editorial";
import { audienceLabel, territoryLabel } from "@/lib/editorial/labels";
import { fr } from "@/lib/i18n/fr";
import { getSiteConfig } from "@/lib/site-config";
import { DetailSection } from "../../_components/detail-section";
import { JsonLd } from "../../_components/json-ld";
import { LabelList } from "../../_components/label-list";
import { FinancingFacts } from "./_components/financing-facts";
import { financingJsonLd } from "./_components/financing-json-ld";

const loadScheme = cache((slug: string) => getPublishedFinancingScheme(getDb(), { slug }));

export async function generateMetadata({ params }: PageProps<"/financements/[slug]">): Promise<Metadata> {
  const scheme = await loadScheme((await params).slug);
  if (!scheme) return { title: fr.notFound.title };
  return {
    title: scheme.acronym ? `${scheme.title} (${scheme.acronym})` : scheme.title,
    description: scheme.summary?.slice(0, 200) ?? fr.financing.intro,
  };
}

export default async function FinancingSchemePage({ params }: PageProps<"/financements/[slug]">) {
  const [scheme, site] = await Promise.all([loadScheme((await params).slug), getSiteConfig()]);
  if (!scheme) notFound();
  await trackRecentView({
    kind: "financement",
    itemId: String(scheme.id),
    title: scheme.title,
    url: `/financements/${scheme.slug}`,
  });
  const f = fr.financing;
  const kindLabel = f.kinds[scheme.kind] ?? scheme.kind;
  const conditions = scheme.conditions?.split("\n").filter(Boolean) ?? [];

  return (
    <>
      <JsonLd data={financingJsonLd(scheme, { siteUrl: site.siteUrl, kindLabel })} />
      <PageHeader
        title={scheme.acronym ? `${scheme.title} (${scheme.acronym})` : scheme.title}
        breadcrumbs={[{ label: f.breadcrumb, href: "/financements" }, { label: scheme.title }]}
        intro={
          <>
            <p className="flex flex-wrap items-center gap-x-3 gap-y-2 text-base">
              <Badge tone="brand">{kindLabel}</Badge>
              {scheme.territory.map((territory) => (
                <Badge key={territory}>{territoryLabel(territory)}</Badge>
              ))}
              {scheme.cpfEligible && scheme.kind !== "cpf" && <Badge tone="accent">{f.cpfBadge}</Badge>}
            </p>
            <div className="mt-4">
              <SaveButton kind="financement" itemId={String(scheme.id)} title={scheme.title} variant="page" />
            </div>
          </>
        }
      />
      <div className="page-container grid gap-10 py-10 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-14">
        <aside className="lg:col-start-2 lg:row-start-1">
          <FinancingFacts scheme={scheme} />
        </aside>
        <div className="min-w-0 space-y-10 lg:col-start-1 lg:row-start-1">
          <DetailSection id="en-bref" title={f.summary}>
            <div className="max-w-3xl space-y-4 text-[1.0625rem]">
              {scheme.summary && <p>{scheme.summary}</p>}
              <RichText html={scheme.body} />
            </div>
          </DetailSection>
          {scheme.audiences.length > 0 && (
            <DetailSection id="pour-qui" title={fr.editorial.audiencesHeading}>
              <LabelList labels={scheme.audiences.map(audienceLabel)} />
            </DetailSection>
          )}
          {conditions.length > 0 && (
            <DetailSection id="conditions" title={f.conditions}>
              <ul className="max-w-3xl list-disc space-y-2 pl-5 text-[1.0625rem]">
                {conditions.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </DetailSection>
          )}
          {scheme.amounts && (
            <DetailSection id="montants" title={f.amounts}>
              <p className="max-w-3xl text-[1.0625rem] whitespace-pre-line">{scheme.amounts}</p>
            </DetailSection>
          )}
          {scheme.source === "trefle" && <p className="max-w-3xl text-sm text-ink-muted">{f.trefleSource}</p>}
        </div>
      </div>
    </>
  );
}
