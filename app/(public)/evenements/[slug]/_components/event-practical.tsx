import type { EventDetail } from "@/db/queries/editorial";
import { audienceLabel, formatEventSchedule } from "@/lib/editorial/labels";
import { fr } from "@/lib/i18n/fr";
import { ExternalLink, safeHttpUrl } from "../../../_components/external-link";
import { Fact } from "../../../_components/fact";
import { openStreetMapHref } from "../../../_components/map-link";

/** Side panel of an event: when, where (with a map link, or the online link), how to register, for whom. */
export function EventPractical({ event }: { event: EventDetail }) {
  const e = fr.events;
  const registration = safeHttpUrl(event.registrationUrl);
  const onlineUrl = safeHttpUrl(event.onlineUrl);
  const map = event.online ? null : openStreetMapHref(event);
  const cityLine = [event.postcode, event.city].filter(Boolean).join(" ");
  const lines = [event.placeName, ...(event.address?.split("\n") ?? []), cityLine].filter(
    (line): line is string => Boolean(line),
  );
  return (
    <section aria-labelledby="infos-pratiques" className="rounded-card border border-line bg-surface p-5">
      <h2 id="infos-pratiques" className="text-lg font-bold text-brand-900">
        {fr.editorial.keyFacts}
      </h2>
      <dl className="mt-3 space-y-4 text-[0.9375rem]">
        <Fact label={e.schedule}>
          <time dateTime={event.startsAt.toISOString()}>{formatEventSchedule(event.startsAt, event.endsAt)}</time>
        </Fact>
        <Fact label={e.place}>
          {event.online ? (
            <>
              <p>{e.onlinePlace}</p>
              {onlineUrl && (
                <p className="mt-1">
                  <ExternalLink href={onlineUrl}>{e.onlineLink}</ExternalLink>
                </p>
              )}
            </>
          ) : (
            <>
              <address className="not-italic">
                {lines.map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
              </address>
              {map && (
                <p className="mt-1">
                  <ExternalLink href={map}>{fr.editorial.map}</ExternalLink>
                </p>
              )}
            </>
          )}
        </Fact>
        <Fact label={e.registration}>
          {registration ? <ExternalLink href={registration} button>{e.register}</ExternalLink> : e.noRegistration}
        </Fact>
        {event.capacity !== null && <Fact label={e.capacityLabel}>{e.capacity(event.capacity)}</Fact>}
        {event.audiences.length > 0 && (
          <Fact label={fr.editorial.audiencesHeading}>
            <ul className="list-inside list-disc">
              {event.audiences.map((audience) => (
                <li key={audience}>{audienceLabel(audience)}</li>
              ))}
            </ul>
          </Fact>
        )}
      </dl>
    </section>
  );
}
