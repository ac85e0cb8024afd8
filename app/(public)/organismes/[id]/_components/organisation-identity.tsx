import type { OrganisationDetail } from "@/db/queries/organisation-detail";
import { fr } from "@/lib/i18n/fr";
import { formatSiret } from "@/lib/i18n/format";
import { addressLines, ContactBlock } from "./contact-block";
import { Fact } from "../../../_components/fact";

/** OpenStreetMap centred on the point when known, else a search for the written address. */
export function mapHref(organisation: Pick<OrganisationDetail, "geo" | "address">): string | null {
  if (organisation.geo) {
    const { lat, lon } = organisation.geo;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  const address = organisation.address;
  if (!address || (!address.city && !address.postcode)) return null;
  const query = [...address.lines, address.postcode, address.city].filter(Boolean).join(", ");
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

/** Side panel of an organisation page: legal identifiers, address with map link, contacts. */
export function OrganisationIdentity({ organisation }: { organisation: OrganisationDetail }) {
  const map = mapHref(organisation);
  const lines = organisation.address ? addressLines(organisation.address) : [];
  return (
    <div className="space-y-6">
      <section aria-labelledby="identite" className="rounded-card border border-line bg-surface p-5">
        <h2 id="identite" className="text-lg font-bold text-brand-900">
          {fr.organisations.identity}
        </h2>
        <dl className="mt-3 space-y-3 text-[0.9375rem]">
          {organisation.legalName && <Fact label={fr.organisations.legalName}>{organisation.legalName}</Fact>}
          {organisation.siret && (
            <Fact label={fr.organisations.siret}>
              <span className="font-mono">{formatSiret(organisation.siret)}</span>
            </Fact>
          )}
          {organisation.activityNumber && (
            <Fact label={fr.organisations.activityNumber}>
              <span className="font-mono">{organisation.activityNumber}</span>
            </Fact>
          )}
          {organisation.uai && (
            <Fact label={fr.organisations.uai}>
              <span className="font-mono">{organisation.uai}</span>
            </Fact>
          )}
          {(lines.length > 0 || map) && (
            <Fact label={fr.organisations.address}>
              {lines.length > 0 && (
                <address className="not-italic">
                  {lines.map((line) => (
                    <span key={line} className="block">
                      {line}
                    </span>
                  ))}
                </address>
              )}
              {map && (
                <a
                  href={map}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="mt-1 inline-block font-semibold text-brand-700 underline"
                >
                  {fr.organisations.map}
                  <span className="sr-only"> {fr.organisations.newWindow}</span>
                </a>
              )}
            </Fact>
          )}
        </dl>
      </section>

      <section aria-labelledby="contact" className="rounded-card border border-line bg-white p-5">
        <h2 id="contact" className="text-lg font-bold text-brand-900">
          {fr.organisations.contact}
        </h2>
        <div className="mt-3 space-y-4 text-[0.9375rem]">
          {organisation.contacts.length === 0 ? (
            <p className="text-ink-muted">{fr.organisations.noContact}</p>
          ) : (
            organisation.contacts.map((contact, index) => <ContactBlock key={index} contact={contact} />)
          )}
        </div>
      </section>
    </div>
  );
}
