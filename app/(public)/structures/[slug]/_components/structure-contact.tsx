import type { SupportStructure } from "@/db/schema";
import { fr } from "@/lib/i18n/fr";
import { ExternalLink, safeHttpUrl } from "../../../_components/external-link";
import { Fact } from "../../../_components/fact";
import { openStreetMapHref, telHref } from "../../../_components/map-link";

/** Side panel of a structure: address with a map link, phone, e-mail, website, opening hours. */
export function StructureContact({ structure }: { structure: SupportStructure }) {
  const e = fr.editorial;
  const map = openStreetMapHref(structure);
  const website = safeHttpUrl(structure.website);
  const cityLine = [structure.postcode, structure.city].filter(Boolean).join(" ");
  const lines = [...(structure.address?.split("\n") ?? []), cityLine].filter(Boolean);
  return (
    <section aria-labelledby="coordonnees" className="rounded-card border border-line bg-surface p-5">
      <h2 id="coordonnees" className="text-lg font-bold text-brand-900">
        {fr.structures.contact}
      </h2>
      <dl className="mt-3 space-y-4 text-[0.9375rem]">
        {lines.length > 0 && (
          <Fact label={e.address}>
            <address className="not-italic">
              {lines.map((line) => (
                <span key={line} className="block">
                  {line}
                </span>
              ))}
            </address>
            {map && (
              <p className="mt-1">
                <ExternalLink href={map}>{e.map}</ExternalLink>
              </p>
            )}
          </Fact>
        )}
        {structure.phone && (
          <Fact label={e.phone}>
            <a href={telHref(structure.phone)} className="font-semibold text-brand-700 underline">
              {structure.phone}
            </a>
          </Fact>
        )}
        {structure.email && (
          <Fact label={e.email}>
            <a href={`mailto:${structure.email}`} className="font-semibold break-all text-brand-700 underline">
              {structure.email}
            </a>
          </Fact>
        )}
        {website && (
          <Fact label={e.website}>
            <ExternalLink href={website}>{website}</ExternalLink>
          </Fact>
        )}
        {structure.openingHours && (
          <Fact label={fr.structures.openingHours}>
            <p className="whitespace-pre-line">{structure.openingHours}</p>
          </Fact>
        )}
      </dl>
    </section>
  );
}
