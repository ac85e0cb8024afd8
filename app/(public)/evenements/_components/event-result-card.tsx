import { type ResultBadge, ResultCard, type ResultMeta, resultCardFromHit } from "@/components/search/result-card";
import type { EventCardDetails } from "@/db/queries/editorial";
import { formatEventSchedule } from "@/lib/editorial/labels";
import { fr } from "@/lib/i18n/fr";
import { formatIsoDate } from "@/lib/i18n/format";
import { DEMO_ORIGIN } from "@/lib/search/editorial-documents";
import type { SearchHit } from "@/lib/search/types";

type EventResultCardProps = {
  hit: SearchHit;
  /** From the database; absent when the event left it since indexing (the indexed day is shown). */
  details?: EventCardDetails;
  now: Date;
};

/** An event hit: when, where (or online), who organises it, and its type. */
export function EventResultCard({ hit, details, now }: EventResultCardProps) {
  const { doc } = hit;
  const m = fr.events.meta;
  const online = details?.online ?? doc.facets.online?.includes("en-ligne") ?? false;
  const day = doc.dates?.[0]?.start;
  const when = details ? formatEventSchedule(details.startsAt, details.endsAt) : day ? formatIsoDate(day) : null;
  const meta: ResultMeta[] = [];
  if (when) meta.push({ icon: "calendar", label: m.date, value: when });
  if (online) meta.push({ icon: "laptop", label: m.place, value: m.online });
  else if (details?.city) {
    meta.push({ icon: "pin", label: m.place, value: details.department ? `${details.city} (${details.department})` : details.city });
  }
  if (details?.organiserName) meta.push({ icon: "building", label: m.organiser, value: details.organiserName });

  const type = doc.facets.type?.[0];
  const badges: ResultBadge[] = [];
  if (type) badges.push({ label: fr.events.types[type] ?? type, tone: "brand" });
  if (details && (details.endsAt ?? details.startsAt) < now) badges.push({ label: fr.events.pastBadge, tone: "neutral" });
  if (doc.facets.origin?.includes(DEMO_ORIGIN)) badges.push({ label: fr.editorial.demo, tone: "neutral" });
  return <ResultCard {...resultCardFromHit(hit)} subtitle={undefined} meta={meta} badges={badges} />;
}
