import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SaveButton } from "@/components/account/save-button";
import { trackRecentView } from "@/components/account/track-view";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Icon } from "@/components/search/icons";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { getFormationDetail } from "@/db/queries/formation-detail";
import { isoDateInTimeZone } from "@/lib/dates";
import { fr } from "@/lib/i18n/fr";
import { formatIsoDate } from "@/lib/i18n/format";
import { buildSearchHref, formationsUrlConfig, parseSearchParams } from "@/lib/search/url-state";
import { getSiteConfig } from "@/lib/site-config";
import { courseJsonLd } from "./_components/course-json-ld";
import { ContactCard, KeyFacts, OrganisationCard } from "./_components/facts-aside";
import {
  AccessibilitySection,
  AccessSection,
  CertificationSection,
  DetailSection,
  FeedText,
  FinancingSection,
  TradesSection,
} from "./_components/formation-sections";
import { PlacesMap } from "./_components/places-map";
import { SessionsSection } from "./_components/sessions-section";

type FormationPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// generateMetadata and the page ask for the same formation: one query per request.
const loadFormation = cache(async (rawId: string) => {
  // Only canonical decimal ids: "12abc", "1e3" or "012" are not formations.
  if (!/^[1-9]\d{0,9}$/.test(rawId)) return null;
  return getFormationDetail(getDb(), { id: Number(rawId) });
});

export async function generateMetadata({ params }: FormationPageProps): Promise<Metadata> {
  const { id } = await params;
  const detail = await loadFormation(id);
  if (!detail) return { title: fr.notFound.title };
  const place = detail.actions.flatMap((a) => a.places).find((p) => p.city)?.city;
  return {
    title: place ? `${detail.title} – ${place}` : detail.title,
    description: (detail.objective ?? detail.title).slice(0, 200),
    alternates: { canonical: `/formations/${detail.id}` },
  };
}

export default async function FormationPage({ params, searchParams }: FormationPageProps) {
  const { id } = await params;
  const detail = await loadFormation(id);
  if (!detail) notFound();
  const url = `/formations/${detail.id}`;
  await trackRecentView({ kind: "formation", itemId: String(detail.id), title: detail.title, url });
  const { siteUrl, regionName } = await getSiteConfig();
  const today = isoDateInTimeZone();

  // The results page passes its query string; it is re-parsed, so only known filters come back.
  const retour = (await searchParams).retour;
  const backState =
    typeof retour === "string" ? parseSearchParams(formationsUrlConfig, new URLSearchParams(retour)) : null;
  const backHref = backState ? buildSearchHref(formationsUrlConfig, backState) : formationsUrlConfig.path;
  const places = detail.actions.flatMap((a) => a.places);
  const cpf = detail.actions.some((a) => a.cpfEligible);
  const alternances = [...new Set(detail.actions.map((a) => a.alternance).filter((a) => a !== null))];

  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: courseJsonLd(detail, { siteUrl, today }) }} />
      <div className="border-b border-line bg-linear-to-b from-brand-50 to-white">
        <div className="page-container pt-5 pb-8 sm:pt-6 sm:pb-10">
          <Breadcrumbs items={[{ label: fr.formation.breadcrumb, href: backHref }, { label: detail.title }]} />
          <p className="mt-5">
            <Link
              href={backHref}
              className="inline-flex min-h-11 items-center gap-2 font-semibold text-brand-700 underline hover:text-brand-900"
            >
              <Icon name="arrowLeft" />
              {backState ? fr.formation.backToResults : fr.formation.backToFormations}
            </Link>
          </p>
          <h1 className="mt-3 text-3xl font-extrabold tracking-tight text-brand-900 sm:text-4xl">{detail.title}</h1>
          {detail.organisation && (
            <p className="mt-3 flex items-center gap-2 text-lg text-ink-muted">
              <Icon name="building" className="text-brand-600" />
              {detail.organisation.name}
            </p>
          )}
          <ul role="list" className="mt-4 flex flex-wrap gap-2">
            {detail.regionFunded && (
              <li>
                <Badge tone="accent">{fr.home.regionFunded(regionName)}</Badge>
              </li>
            )}
            {cpf && (
              <li>
                <Badge tone="brand">{fr.catalog.financing.cpf}</Badge>
              </li>
            )}
            {alternances.map((alternance) => (
              <li key={alternance}>
                <Badge tone="brand">{fr.catalog.alternance[alternance] ?? alternance}</Badge>
              </li>
            ))}
            {detail.certifying && (
              <li>
                <Badge>{fr.catalog.certification.certifiante}</Badge>
              </li>
            )}
            {detail.generalObjective && (
              <li>
                <Badge>{detail.generalObjective}</Badge>
              </li>
            )}
          </ul>
          <div className="mt-5">
            <SaveButton kind="formation" itemId={String(detail.id)} title={detail.title} variant="page" />
          </div>
        </div>
      </div>

      <div className="page-container grid gap-10 py-10 lg:grid-cols-[minmax(0,1fr)_21rem]">
        <aside aria-label={fr.formation.asideLabel} className="space-y-5 lg:order-2">
          <KeyFacts detail={detail} today={today} />
          <OrganisationCard detail={detail} />
          <ContactCard detail={detail} />
        </aside>
        <div className="min-w-0 space-y-10 lg:order-1">
          {detail.objective && (
            <DetailSection id="objectifs" title={fr.formation.objectiveHeading}>
              <FeedText text={detail.objective} />
            </DetailSection>
          )}
          {detail.content && (
            <DetailSection id="programme" title={fr.formation.contentHeading}>
              <FeedText text={detail.content} />
            </DetailSection>
          )}
          {detail.expectedResults && (
            <DetailSection id="resultats" title={fr.formation.resultsHeading}>
              <FeedText text={detail.expectedResults} />
            </DetailSection>
          )}
          <div>
            <SessionsSection actions={detail.actions} today={today} />
            <PlacesMap places={places} />
          </div>
          <AccessSection detail={detail} />
          <FinancingSection detail={detail} />
          <CertificationSection detail={detail} />
          <AccessibilitySection detail={detail} />
          <TradesSection detail={detail} />
          {detail.updatedOn && (
            <p className="text-sm text-ink-muted">{fr.formation.updatedOn(formatIsoDate(detail.updatedOn))}</p>
          )}
        </div>
      </div>
    </>
  );
}
