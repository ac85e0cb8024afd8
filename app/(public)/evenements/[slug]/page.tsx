import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SaveButton } from "@/components/account/save-button";
import { trackRecentView } from "@/components/account/track-view";
import { PageHeader } from "@/components/layout/page-header";
import { RichText } from "@/components/rich-text";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { getPublishedEvent } from "@/db/queries/editorial";
import { formatEventSchedule } from "@/lib/editorial/labels";
import { fr } from "@/lib/i18n/fr";
import { getSiteConfig } from "@/lib/site-config";
import { Notice } from "../../_components/notice";
import { DetailSection } from "../../_components/detail-section";
import { JsonLd } from "../../_components/json-ld";
import { AddToCalendarLink } from "./_components/add-to-calendar-link";
import { eventJsonLd } from "./_components/event-json-ld";
import { EventPractical } from "./_components/event-practical";

const loadEvent = cache((slug: string) => getPublishedEvent(getDb(), { slug }));

export async function generateMetadata({ params }: PageProps<"/evenements/[slug]">): Promise<Metadata> {
  const event = await loadEvent((await params).slug);
  if (!event) return { title: fr.notFound.title };
  return {
    title: event.city ? `${event.title} – ${event.city}` : event.title,
    description: event.summary?.slice(0, 200) ?? fr.events.intro,
  };
}

export default async function EventPage({ params }: PageProps<"/evenements/[slug]">) {
  const [event, site] = await Promise.all([loadEvent((await params).slug), getSiteConfig()]);
  if (!event) notFound();
  await trackRecentView({
    kind: "evenement",
    itemId: String(event.id),
    title: event.title,
    url: `/evenements/${event.slug}`,
  });
  const past = (event.endsAt ?? event.startsAt) < new Date();

  return (
    <>
      <JsonLd data={eventJsonLd(event, site)} />
      <PageHeader
        title={event.title}
        breadcrumbs={[{ label: fr.events.breadcrumb, href: "/evenements" }, { label: event.title }]}
        intro={
          <>
            <p className="flex flex-wrap items-center gap-x-3 gap-y-2 text-base">
              <Badge tone="brand">{fr.events.types[event.type] ?? event.type}</Badge>
              {event.online && <Badge>{fr.events.formats["en-ligne"]}</Badge>}
              <span>{formatEventSchedule(event.startsAt, event.endsAt)}</span>
            </p>
            <div className="mt-4 flex flex-wrap items-start gap-3">
              <SaveButton kind="evenement" itemId={String(event.id)} title={event.title} variant="page" />
              {!past && <AddToCalendarLink slug={event.slug} />}
            </div>
          </>
        }
      />
      {(past || event.source === "demo") && (
        <div className="page-container space-y-3 pt-8">
          {past && <Notice>{fr.events.past}</Notice>}
          {event.source === "demo" && <Notice>{fr.editorial.demoEventNotice}</Notice>}
        </div>
      )}
      <div className="page-container grid gap-10 py-10 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-14">
        <aside className="lg:col-start-2 lg:row-start-1">
          <EventPractical event={event} />
        </aside>
        <div className="min-w-0 space-y-10 lg:col-start-1 lg:row-start-1">
          <DetailSection id="presentation" title={fr.editorial.about}>
            <div className="max-w-3xl space-y-4 text-[1.0625rem]">
              {event.summary && <p>{event.summary}</p>}
              <RichText html={event.body} />
            </div>
          </DetailSection>
          {(event.organiserName || event.organisation) && (
            <DetailSection id="organisateur" title={fr.events.organiser}>
              <p className="text-[1.0625rem]">{event.organiserName ?? event.organisation?.name}</p>
              {event.organisation?.active && (
                <p className="mt-2">
                  <Link href={`/organismes/${event.organisation.id}`} className="font-semibold text-brand-700 underline">
                    {fr.events.seeOrganisation}
                  </Link>
                </p>
              )}
            </DetailSection>
          )}
        </div>
      </div>
    </>
  );
}
