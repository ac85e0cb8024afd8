import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SaveButton } from "@/components/account/save-button";
import { trackRecentView } from "@/components/account/track-view";
import { PageHeader } from "@/components/layout/page-header";
import { RichText } from "@/components/rich-text";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { getPublishedStructure, listEditorialCodeLabels } from "@/db/queries/editorial";
import { audienceLabel } from "@/lib/editorial/labels";
import { fr } from "@/lib/i18n/fr";
import { getSiteConfig } from "@/lib/site-config";
import { DetailSection } from "../../_components/detail-section";
import { JsonLd } from "../../_components/json-ld";
import { Notice } from "../../_components/notice";
import { LabelList } from "../../_components/label-list";
import { StructureContact } from "./_components/structure-contact";
import { structureJsonLd } from "./_components/structure-json-ld";

const loadStructure = cache((slug: string) => getPublishedStructure(getDb(), { slug }));

export async function generateMetadata({ params }: PageProps<"/structures/[slug]">): Promise<Metadata> {
  const structure = await loadStructure((await params).slug);
  if (!structure) return { title: fr.notFound.title };
  return { title: structure.title, description: structure.summary?.slice(0, 200) ?? fr.structures.intro };
}

export default async function StructurePage({ params }: PageProps<"/structures/[slug]">) {
  const [structure, site] = await Promise.all([loadStructure((await params).slug), getSiteConfig()]);
  if (!structure) notFound();
  await trackRecentView({
    kind: "structure",
    itemId: String(structure.id),
    title: structure.title,
    url: `/structures/${structure.slug}`,
  });
  const labels = await listEditorialCodeLabels(getDb());
  const typeLabel = labels.typologie.get(structure.structureType) ?? structure.structureType;
  const label = (map: Map<string, string>) => (code: string) => map.get(code) ?? code;
  const s = fr.structures;
  const city = structure.city ? `${structure.city}${structure.department ? ` (${structure.department})` : ""}` : null;

  return (
    <>
      <JsonLd data={structureJsonLd(structure, { siteUrl: site.siteUrl, typeLabel })} />
      <PageHeader
        title={structure.title}
        breadcrumbs={[{ label: s.breadcrumb, href: "/structures" }, { label: structure.title }]}
        intro={
          <>
            <p className="flex flex-wrap items-center gap-x-3 gap-y-2 text-base">
              <Badge tone="brand">{typeLabel}</Badge>
              {city && <span>{city}</span>}
              {structure.source === "demo" && <Badge>{fr.editorial.demo}</Badge>}
            </p>
            <div className="mt-4">
              <SaveButton kind="structure" itemId={String(structure.id)} title={structure.title} variant="page" />
            </div>
          </>
        }
      />
      {structure.source === "demo" && (
        <div className="page-container pt-8">
          <Notice>{fr.editorial.demoNotice}</Notice>
        </div>
      )}
      <div className="page-container grid gap-10 py-10 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-14">
        <aside className="lg:col-start-2 lg:row-start-1">
          <StructureContact structure={structure} />
        </aside>
        <div className="min-w-0 space-y-10 lg:col-start-1 lg:row-start-1">
          <DetailSection id="presentation" title={fr.editorial.about}>
            <div className="max-w-3xl space-y-4 text-[1.0625rem]">
              {structure.summary && <p>{structure.summary}</p>}
              <RichText html={structure.body} />
            </div>
          </DetailSection>
          {structure.services.length > 0 && (
            <DetailSection id="services" title={s.services}>
              <LabelList labels={structure.services.map(label(labels.service))} />
            </DetailSection>
          )}
          {structure.themes.length > 0 && (
            <DetailSection id="thematiques" title={s.themes}>
              <LabelList labels={structure.themes.map(label(labels.thematique))} />
            </DetailSection>
          )}
          {(structure.publics.length > 0 || structure.audiences.length > 0) && (
            <DetailSection id="publics" title={s.publics}>
              <LabelList labels={[...structure.publics.map(label(labels.public)), ...structure.audiences.map(audienceLabel)]} />
            </DetailSection>
          )}
          <p className="text-sm text-ink-muted">{s.source}</p>
        </div>
      </div>
    </>
  );
}
