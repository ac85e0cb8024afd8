import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { SaveButton } from "@/components/account/save-button";
import { trackRecentView } from "@/components/account/track-view";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { getTradeDetail, parseRomeCode } from "@/db/queries/trade-detail";
import { fr } from "@/lib/i18n/fr";
import { formatNumber, pluralize } from "@/lib/i18n/format";
import { getSiteConfig } from "@/lib/site-config";
import { DetailSection } from "../../_components/detail-section";
import { FormationSummaryList } from "../../_components/formation-summary-list";
import { JsonLd } from "../../_components/json-ld";
import { OnThisPage } from "../../_components/on-this-page";
import { AppellationList } from "./_components/appellation-list";
import { SkillBlocks, WorkContexts } from "./_components/skill-sections";
import { SubTradeNotice } from "./_components/sub-trade-notice";
import { TextBlock } from "./_components/text-block";
import { TradeFacts } from "./_components/trade-facts";
import { tradeJsonLd } from "./_components/trade-json-ld";

// Metadata and page share one query per request.
const loadTrade = cache((code: string) => getTradeDetail(getDb(), { code }));

/** Lists this long start folded: the filter inside is the way through them. */
const OPEN_APPELLATIONS_UP_TO = 12;

export async function generateMetadata({ params }: PageProps<"/metiers/[code]">): Promise<Metadata> {
  const { code } = await params;
  const trade = parseRomeCode(code) ? await loadTrade(code) : null;
  if (!trade) return { title: fr.notFound.title };
  return {
    title: `${trade.label} (${trade.code})`,
    description: trade.definition[0] ?? fr.trades.listIntro,
    alternates: { canonical: `/metiers/${trade.code}` },
  };
}

export default async function TradePage({ params }: PageProps<"/metiers/[code]">) {
  const { code: raw } = await params;
  const code = parseRomeCode(raw);
  if (!code) notFound();
  // "m1805" and "M1805" are one page: keep a single address.
  if (code !== raw) permanentRedirect(`/metiers/${code}`);
  const [trade, site] = await Promise.all([loadTrade(code), getSiteConfig()]);
  if (!trade) notFound();
  await trackRecentView({ kind: "metier", itemId: trade.code, title: trade.label, url: `/metiers/${trade.code}` });

  const sections = [
    { id: "le-metier", title: fr.trades.definition, show: trade.definition.length > 0 },
    { id: "acces", title: fr.trades.access, show: true },
    { id: "appellations", title: fr.trades.appellations, show: trade.appellations.length > 0 },
    { id: "competences", title: fr.trades.skills, show: hasSkills(trade.skills) },
    { id: "contextes", title: fr.trades.workContexts, show: trade.workContexts.length > 0 },
    { id: "metiers-proches", title: fr.trades.relatedTrades, show: trade.relatedTrades.length > 0 },
    { id: "formations", title: fr.trades.formations, show: true },
  ].filter((section) => section.show);
  const title = (id: string) => sections.find((section) => section.id === id)!.title;
  const shows = (id: string) => sections.some((section) => section.id === id);
  const appellationCount = formatNumber(trade.appellations.length);

  return (
    <>
      <JsonLd data={tradeJsonLd(trade, site)} />
      <PageHeader
        title={trade.label}
        breadcrumbs={[{ label: fr.nav.trades, href: "/metiers" }, { label: trade.label }]}
        intro={
          <>
            <p className="flex flex-wrap items-center gap-x-3 gap-y-2 text-base">
              <Badge tone="brand">
                {fr.trades.romeCode}&nbsp;<span className="font-mono">{trade.code}</span>
              </Badge>
              <span>
                {trade.greatDomain.label} <span aria-hidden="true">›</span>
                <span className="sr-only">,</span> {trade.domain.label}
              </span>
            </p>
            <div className="mt-4">
              <SaveButton kind="metier" itemId={trade.code} title={trade.label} variant="page" />
            </div>
          </>
        }
      />
      {trade.subTrade && (
        <div className="page-container pt-10">
          <SubTradeNotice subTrade={trade.subTrade} />
        </div>
      )}
      <div className="page-container grid gap-10 py-10 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-14">
        <aside className="space-y-6 lg:col-start-2 lg:row-start-1">
          <TradeFacts trade={trade} />
          <OnThisPage entries={sections} />
        </aside>

        <div className="min-w-0 space-y-12 lg:col-start-1 lg:row-start-1">
          {shows("le-metier") && (
            <DetailSection id="le-metier" title={title("le-metier")}>
              <TextBlock paragraphs={trade.definition} leadThenList />
            </DetailSection>
          )}

          <DetailSection id="acces" title={title("acces")}>
            {trade.accessConditions.length > 0 ? (
              <TextBlock paragraphs={trade.accessConditions} />
            ) : (
              <p className="text-ink-muted">{fr.trades.notProvided}</p>
            )}
            {trade.workConditions.length > 0 && (
              <>
                <h3 className="mt-6 text-xl font-bold text-brand-900">{fr.trades.workConditions}</h3>
                <TextBlock paragraphs={trade.workConditions} />
              </>
            )}
          </DetailSection>

          {shows("appellations") && (
            <DetailSection
              id="appellations"
              title={title("appellations")}
              intro={`${appellationCount} ${pluralize(trade.appellations.length, fr.trades.appellationCount)}. ${fr.trades.appellationsIntro}`}
            >
              <details
                open={trade.appellations.length <= OPEN_APPELLATIONS_UP_TO}
                className="group rounded-card border border-line bg-white p-4 sm:p-5"
              >
                <summary className="cursor-pointer font-semibold text-brand-700 underline-offset-4 hover:underline">
                  {fr.trades.appellationsToggle(appellationCount)}
                </summary>
                <div className="mt-4">
                  <AppellationList labels={trade.appellations.map((row) => row.label)} />
                </div>
              </details>
              {trade.codes.length > 1 && (
                <details className="mt-4 rounded-card border border-line bg-white p-4 sm:p-5">
                  <summary className="cursor-pointer font-semibold text-brand-700 underline-offset-4 hover:underline">
                    {fr.trades.codes} ({trade.codes.length})
                  </summary>
                  <ul role="list" className="mt-4 grid gap-x-8 gap-y-1.5 sm:grid-cols-2">
                    {trade.codes.map((row) => (
                      <li key={row.code}>
                        <Link href={`/metiers/${row.code}`} className="text-brand-700 underline">
                          <span className="font-mono">{row.code}</span> {row.label}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </DetailSection>
          )}

          {shows("competences") && (
            <DetailSection id="competences" title={title("competences")}>
              <SkillBlocks skills={trade.skills} />
            </DetailSection>
          )}

          {shows("contextes") && (
            <DetailSection id="contextes" title={title("contextes")}>
              <WorkContexts groups={trade.workContexts} />
            </DetailSection>
          )}

          {shows("metiers-proches") && (
            <DetailSection id="metiers-proches" title={title("metiers-proches")} intro={fr.trades.relatedTradesIntro}>
              <ul role="list" className="grid gap-3 sm:grid-cols-2">
                {trade.relatedTrades.map((related) => (
                  <li key={related.code}>
                    <Link
                      href={`/metiers/${related.code}`}
                      className="flex h-full flex-col rounded-lg border border-line bg-white px-4 py-3 text-brand-800 no-underline shadow-card hover:border-brand-300 hover:underline"
                    >
                      <span className="text-sm font-semibold text-brand-600">{related.code}</span>
                      <span className="font-semibold">{related.label}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </DetailSection>
          )}

          <DetailSection
            id="formations"
            title={title("formations")}
            intro={`${formatNumber(trade.formationTotal)} ${pluralize(trade.formationTotal, fr.trades.formationCount)}`}
          >
            {trade.formations.length === 0 ? (
              <p className="rounded-card border border-dashed border-brand-300 bg-brand-50 p-5">{fr.trades.formationsEmpty}</p>
            ) : (
              <FormationSummaryList formations={trade.formations} />
            )}
            {trade.formationTotal > 0 && (
              <p className="mt-6">
                <Link
                  href={`/formations?q=${encodeURIComponent(trade.code)}`}
                  className="inline-flex items-center gap-2 rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white no-underline hover:bg-brand-800"
                >
                  {fr.trades.allFormations}
                  <span aria-hidden="true">→</span>
                </Link>
              </p>
            )}
          </DetailSection>

          <p className="text-sm text-ink-muted">{fr.trades.source}</p>
        </div>
      </div>
    </>
  );
}

function hasSkills(skills: { knowHow: unknown[]; softSkills: unknown[]; knowledge: unknown[] }): boolean {
  return skills.knowHow.length + skills.softSkills.length + skills.knowledge.length > 0;
}
