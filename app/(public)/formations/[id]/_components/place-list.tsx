import type { FormationPlaceDetail } from "@/db/queries/formation-detail";
import { Icon } from "@/components/search/icons";
import { fr } from "@/lib/i18n/fr";
import { osmUrl } from "./detail-format";

const coordinate = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 4, maximumFractionDigits: 4 });

/**
 * Training places as text first (address and coordinates), each with a link opening it in
 * OpenStreetMap: it reads well with a screen reader and works offline, where map tiles would not.
 */
export function PlaceList({ places }: { places: FormationPlaceDetail[] }) {
  return (
    <ul role="list" className="mt-2 grid gap-3 sm:grid-cols-2">
      {places.map((place) => {
        const locality = [place.postcode, place.city].filter(Boolean).join(" ");
        const label = place.name ?? place.city ?? locality;
        return (
          <li key={place.id} className="flex gap-2 rounded-lg bg-surface p-3 text-[0.9375rem]">
            <Icon name="pin" className="mt-1 text-brand-600" />
            <div className="min-w-0">
              <address className="not-italic">
                {place.name && <span className="block font-semibold">{place.name}</span>}
                {place.lines.map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
                {locality && <span className="block">{locality}</span>}
              </address>
              {place.lat !== null && place.lon !== null && (
                <>
                  <p className="mt-1 text-sm text-ink-muted">
                    {fr.formation.coordinates(coordinate.format(place.lat), coordinate.format(place.lon))}
                  </p>
                  <a
                    href={osmUrl(place.lat, place.lon)}
                    className="mt-1 inline-flex items-center gap-1 text-sm font-semibold text-brand-700 underline hover:text-brand-900"
                    rel="noopener"
                    target="_blank"
                  >
                    {fr.formation.openInOsm}
                    <span className="sr-only">
                      {" "}
                      : {label} {fr.formation.newWindow}
                    </span>
                    <Icon name="external" className="size-4" />
                  </a>
                </>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
