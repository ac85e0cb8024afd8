import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { UpcomingFormation } from "@/db/queries/formations";
import { fr } from "@/lib/i18n/fr";
import { formatIsoDate } from "@/lib/i18n/format";
import { EmptyState } from "./empty-state";
import { SectionHeading } from "./section-heading";

type UpcomingFormationsProps = { formations: UpcomingFormation[]; regionName: string };

export function UpcomingFormations({ formations, regionName }: UpcomingFormationsProps) {
  return (
    <section aria-labelledby="prochaines-titre" className="page-container">
      <SectionHeading id="prochaines-titre" title={fr.home.upcomingHeading} intro={fr.home.upcomingIntro} />
      {formations.length === 0 ? (
        <EmptyState>{fr.home.upcomingEmpty}</EmptyState>
      ) : (
        <ul role="list" className="mt-8 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          {formations.map((formation) => (
            <li key={formation.id}>
              <Card
                title={formation.title}
                href={`/formations/${formation.id}`}
                footer={
                  <>
                    <Badge tone="brand">
                      {fr.home.startsOn}&nbsp;
                      <time dateTime={formation.startDate}>{formatIsoDate(formation.startDate)}</time>
                    </Badge>
                    {formation.regionFunded && <Badge tone="accent">{fr.home.regionFunded(regionName)}</Badge>}
                  </>
                }
              >
                <dl className="space-y-1.5 text-[0.9375rem]">
                  <Detail label={fr.home.organisation} icon={<BuildingIcon />}>
                    {formation.organisationName ?? fr.home.unknownOrganisation}
                  </Detail>
                  <Detail label={fr.home.place} icon={<PinIcon />}>
                    {formation.city ?? fr.home.remoteOrUnknownPlace}
                  </Detail>
                </dl>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Detail({ label, icon, children }: { label: string; icon: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="flex items-start gap-2">
      <dt className="mt-0.5 shrink-0 text-brand-600">
        {icon}
        <span className="sr-only">{label}</span>
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

function BuildingIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="size-4.5" fill="none">
      <path d="M4 17V4.5L11 3v14M11 7.5l5 1.5v8M2.5 17h15" stroke="currentColor" strokeWidth="1.6" />
      <path d="M6.5 7h2M6.5 10h2M6.5 13h2" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

function PinIcon() {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="size-4.5" fill="none">
      <path d="M10 17.5s5.5-5 5.5-9.25a5.5 5.5 0 1 0-11 0C4.5 12.5 10 17.5 10 17.5Z" stroke="currentColor" strokeWidth="1.6" />
      <circle cx="10" cy="8.25" r="2" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
