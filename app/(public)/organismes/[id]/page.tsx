import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SaveButton } from "@/components/account/save-button";
import { trackRecentView } from "@/components/account/track-view";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { getOrganisationDetail, parseOrganisationId } from "@/db/queries/organisation-detail";
import { fr } from "@/lib/i18n/fr";
import { formatNumber, pluralize } from "@/lib/i18n/format";
import { getSiteConfig } from "@/lib/site-config";
import { DetailSection } from "../../_components/detail-section";
import { FormationSummaryList } from "../../_components/formation-summary-list";
import { JsonLd } from "../../_components/json-ld";
import { OrganisationIdentity } from "./_components/organisation-identity";
import { organisationJsonLd } from "./_components/organisation-json-ld";
import { PlaceList } from "./_components/place-list";

const loadOrganisation = cache((id: number) => getOrganisationDetail(getDb(), { id }));

export async function generateMetadata({ params }: PageProps<"/organismes/[id]">): Promise<Metadata> {
  const id = parseOrganisationId((await params).id);
  const organisation = id ? await loadOrganisation(id) : null;
  if (!organisation) return { title: fr.notFound.title };
  const city = organisation.address?.city;
  return {
    title: city ? `${organisation.name} – ${city}` : organisation.name,
    description: organisation.description?.slice(0, 200) ?? fr.organisations.listIntro,
  };
}

export default async function OrganisationPage({ params }: PageProps<"/organismes/[id]">) {
  const id = parseOrganisationId((await params).id);
  if (!id) notFound();
  const [organisation, site] = await Promise.all([loadOrganisation(id), getSiteConfig()]);
  if (!organisation) notFound();
  await trackRecentView({
    kind: "organisme",
    itemId: String(organisation.id),
    title: organisation.name,
    url: `/organismes/${organisation.id}`,
  });

  const address = organisation.address;
  const city = address?.city ? `${address.city}${address.department ? ` (${address.department})` : ""}` : null;
  const count = organisation.formationTotal;

  return (
    <>
      <JsonLd data={organisationJsonLd(organisation, site)} />
      <PageHeader
        title={organisation.name}
        breadcrumbs={[{ label: fr.organisations.breadcrumb, href: "/organismes" }, { label: organisation.name }]}
        intro={
          <>
            <p className="flex flex-wrap items-center gap-x-3 gap-y-2 text-base">
              {city && <span>{city}</span>}
              <Badge tone="brand">
                {formatNumber(count)} {pluralize(count, fr.organisations.offerCount)}
              </Badge>
            </p>
            <div className="mt-4">
              <SaveButton kind="organisme" itemId={String(organisation.id)} title={organisation.name} variant="page" />
            </div>
          </>
        }
      />
      <div className="page-container grid gap-10 py-10 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-14">
        <aside className="lg:col-start-2 lg:row-start-1">
          <OrganisationIdentity organisation={organisation} />
        </aside>

        <div className="min-w-0 space-y-12 lg:col-start-1 lg:row-start-1">
          {!organisation.active && (
            <p className="rounded-card border-l-4 border-accent-400 bg-accent-100/60 p-5 font-semibold">
              {fr.organisations.withdrawn}
            </p>
          )}

          {organisation.description && (
            <DetailSection id="presentation" title={fr.organisations.about}>
              <p className="max-w-3xl text-[1.0625rem] whitespace-pre-line">{organisation.description}</p>
            </DetailSection>
          )}

          <DetailSection id="offre" title={fr.organisations.offer}>
            {organisation.formations.length === 0 ? (
              <p className="rounded-card border border-dashed border-brand-300 bg-brand-50 p-5">
                {fr.organisations.offerEmpty}
              </p>
            ) : (
              <FormationSummaryList
                formations={organisation.formations}
                ownerId={organisation.id}
                badges={(formation) =>
                  formation.roles.includes("trainer") && !formation.roles.includes("responsible") ? (
                    <Badge>{fr.organisations.roleTrainer}</Badge>
                  ) : null
                }
              />
            )}
            {count > organisation.formations.length && (
              <p className="mt-6">
                <span className="text-ink-muted">{fr.organisations.offerMore(organisation.formations.length, count)}</span>{" "}
                <Link
                  href={`/formations?q=${encodeURIComponent(organisation.name)}`}
                  className="font-semibold text-brand-700 underline"
                >
                  {fr.trades.allFormations}
                </Link>
              </p>
            )}
          </DetailSection>

          <DetailSection id="lieux" title={fr.organisations.places}>
            {organisation.places.length === 0 ? (
              <p className="text-ink-muted">{fr.organisations.placesEmpty}</p>
            ) : (
              <PlaceList places={organisation.places} organisationName={organisation.name} />
            )}
          </DetailSection>
        </div>
      </div>
    </>
  );
}
