import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { UpcomingEvent } from "@/db/queries/editorial";
import { formatEventSchedule } from "@/lib/editorial/labels";
import { fr } from "@/lib/i18n/fr";
import { SectionHeading } from "./section-heading";

/** The agenda's next events; the section is left out while the agenda is empty. */
export function UpcomingEvents({ events }: { events: UpcomingEvent[] }) {
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="evenements-titre" className="page-container">
      <SectionHeading
        id="evenements-titre"
        title="Prochains évènements"
        intro="Portes ouvertes, salons, réunions d'information et job datings près de chez vous ou en ligne."
      />
      <ul role="list" className="mt-8 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
        {events.map((event) => (
          <li key={event.id}>
            <Card
              title={event.title}
              href={`/evenements/${event.slug}`}
              eyebrow={fr.events.types[event.type] ?? event.type}
              footer={<Badge tone="brand">{event.online ? "En ligne" : (event.city ?? "Sur place")}</Badge>}
            >
              <p>{formatEventSchedule(event.startsAt, event.endsAt)}</p>
            </Card>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link href="/evenements" className="font-semibold text-brand-700 underline underline-offset-4">
          Voir tout l&apos;agenda
        </Link>
      </p>
    </section>
  );
}
