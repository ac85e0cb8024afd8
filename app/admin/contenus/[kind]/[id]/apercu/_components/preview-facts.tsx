import type { ReactNode } from "react";
import { ExternalLink, safeHttpUrl } from "@/app/(public)/_components/external-link";
import { Fact } from "@/app/(public)/_components/fact";
import type { EditorialCodeLabels } from "@/db/queries/editorial";
import type { Event, FinancingScheme, InfoPage, News, Resource, SupportStructure } from "@/db/schema";
import type { ContentKind } from "@/lib/cms/kinds";
import type { ContentRow } from "@/lib/cms/tables";
import { audienceLabel, formatEventSchedule, territoryLabel } from "@/lib/editorial/labels";
import { fr } from "@/lib/i18n/fr";

/**
 * The key facts of a record as its public page words them (the side panel of events,
 * structures, financing schemes, resources), whatever its state of publication.
 */

function List({ items }: { items: string[] }) {
  return (
    <ul className="list-inside list-disc">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Link({ href, children }: { href: string | null; children: ReactNode }) {
  const safe = safeHttpUrl(href);
  return safe ? <ExternalLink href={safe}>{children}</ExternalLink> : <span className="text-ink-muted">Adresse invalide : {href}</span>;
}

function Address({ lines }: { lines: (string | null | undefined)[] }) {
  const shown = lines.flatMap((line) => line?.split("\n") ?? []).filter(Boolean);
  return (
    <address className="not-italic">
      {shown.map((line) => (
        <span key={line} className="block">
          {line}
        </span>
      ))}
    </address>
  );
}

function EventFacts({ event }: { event: Event }) {
  const e = fr.events;
  return (
    <>
      <Fact label="Type">{e.types[event.type] ?? event.type}</Fact>
      <Fact label={e.schedule}>
        <time dateTime={event.startsAt.toISOString()}>{formatEventSchedule(event.startsAt, event.endsAt)}</time>
      </Fact>
      <Fact label={e.place}>
        {event.online ? (
          <>
            <p>{e.onlinePlace}</p>
            {event.onlineUrl && (
              <p className="mt-1">
                <Link href={event.onlineUrl}>{e.onlineLink}</Link>
              </p>
            )}
          </>
        ) : (
          <Address lines={[event.placeName, event.address, [event.postcode, event.city].filter(Boolean).join(" ")]} />
        )}
      </Fact>
      <Fact label={e.registration}>{event.registrationUrl ? <Link href={event.registrationUrl}>{e.register}</Link> : e.noRegistration}</Fact>
      {event.capacity !== null && <Fact label={e.capacityLabel}>{e.capacity(event.capacity)}</Fact>}
      {event.organiserName && <Fact label={e.organiser}>{event.organiserName}</Fact>}
    </>
  );
}

function ResourceFacts({ resource }: { resource: Resource }) {
  const r = fr.resources;
  return (
    <>
      <Fact label={r.kind}>{r.kinds[resource.kind] ?? resource.kind}</Fact>
      {resource.publisher && <Fact label={r.publisher}>{resource.publisher}</Fact>}
      <Fact label={r.meta.site}>
        <Link href={resource.url}>{resource.url}</Link>
      </Fact>
      {resource.themes.length > 0 && (
        <Fact label={r.themesHeading}>
          <List items={resource.themes.map((theme) => r.themes[theme] ?? theme)} />
        </Fact>
      )}
    </>
  );
}

function StructureFacts({ structure, codes }: { structure: SupportStructure; codes: EditorialCodeLabels }) {
  const editorial = fr.editorial;
  const label = (dict: keyof EditorialCodeLabels, code: string) => codes[dict].get(code) ?? code;
  return (
    <>
      <Fact label="Type">{label("typologie", structure.structureType)}</Fact>
      <Fact label={editorial.address}>
        <Address lines={[structure.address, [structure.postcode, structure.city].filter(Boolean).join(" ")]} />
      </Fact>
      {structure.phone && <Fact label={editorial.phone}>{structure.phone}</Fact>}
      {structure.email && <Fact label={editorial.email}>{structure.email}</Fact>}
      {structure.website && (
        <Fact label={editorial.website}>
          <Link href={structure.website}>{structure.website}</Link>
        </Fact>
      )}
      {structure.openingHours && (
        <Fact label={fr.structures.openingHours}>
          <p className="whitespace-pre-line">{structure.openingHours}</p>
        </Fact>
      )}
      {structure.services.length > 0 && (
        <Fact label={fr.structures.services}>
          <List items={structure.services.map((code) => label("service", code))} />
        </Fact>
      )}
      {structure.publics.length > 0 && (
        <Fact label={fr.structures.publics}>
          <List items={structure.publics.map((code) => label("public", code))} />
        </Fact>
      )}
      {structure.themes.length > 0 && (
        <Fact label={fr.structures.themes}>
          <List items={structure.themes.map((code) => label("thematique", code))} />
        </Fact>
      )}
    </>
  );
}

function FinancingFacts({ scheme }: { scheme: FinancingScheme }) {
  const f = fr.financing;
  return (
    <>
      {scheme.acronym && <Fact label={f.acronym}>{scheme.acronym}</Fact>}
      <Fact label={f.kind}>{f.kinds[scheme.kind] ?? scheme.kind}</Fact>
      <Fact label={f.cpf}>{scheme.cpfEligible ? f.cpfYes : f.cpfNo}</Fact>
      {scheme.website && (
        <Fact label={f.website}>
          <Link href={scheme.website}>{scheme.website}</Link>
        </Fact>
      )}
    </>
  );
}

export function PreviewFacts({ kind, row, codes }: { kind: ContentKind; row: ContentRow; codes: EditorialCodeLabels }) {
  let specific: ReactNode = null;
  if (kind === "evenement") specific = <EventFacts event={row as Event} />;
  else if (kind === "ressource") specific = <ResourceFacts resource={row as Resource} />;
  else if (kind === "structure") specific = <StructureFacts structure={row as SupportStructure} codes={codes} />;
  else if (kind === "financement") specific = <FinancingFacts scheme={row as FinancingScheme} />;
  else if (kind === "actualite" && (row as News).themes.length > 0) {
    specific = (
      <Fact label={fr.news.themesHeading}>
        <List items={(row as News).themes.map((theme) => fr.resources.themes[theme] ?? theme)} />
      </Fact>
    );
  } else if (kind === "page") {
    const position = (row as InfoPage).menuPosition;
    specific = <Fact label="Menu Infos+">{position === null ? "Hors menu" : `Position ${position}`}</Fact>;
  }

  return (
    <section aria-labelledby="infos-pratiques" className="rounded-card border border-line bg-surface p-5">
      <h2 id="infos-pratiques" className="text-lg font-bold text-brand-900">
        {fr.editorial.keyFacts}
      </h2>
      <dl className="mt-3 space-y-4 text-[0.9375rem]">
        {specific}
        <Fact label={fr.editorial.audiencesHeading}>
          {row.audiences.length > 0 ? <List items={row.audiences.map(audienceLabel)} /> : "Tous publics"}
        </Fact>
        {row.territory.length > 0 && (
          <Fact label="Territoire">
            <List items={row.territory.map(territoryLabel)} />
          </Fact>
        )}
      </dl>
    </section>
  );
}
