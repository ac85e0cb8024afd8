import type { OrganisationPlace } from "@/db/queries/organisation-detail";
import { fr } from "@/lib/i18n/fr";
import { formatNumber, pluralize } from "@/lib/i18n/format";

type CityGroup = { key: string; city: string | null; department: string | null; places: OrganisationPlace[] };

/** Cities with many addresses take the full row so their list can flow in columns. */
const WIDE_FROM = 6;

function groupByCity(places: OrganisationPlace[]): CityGroup[] {
  const groups = new Map<string, CityGroup>();
  for (const place of places) {
    const key = `${place.city ?? ""}|${place.department ?? ""}`;
    const group = groups.get(key) ?? { key, city: place.city, department: place.department, places: [] };
    group.places.push(place);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Training places grouped by city: an organisation may teach at twenty addresses of one town,
 * and the visitor first wants to know which towns. Place names that only repeat the
 * organisation's name are left out.
 */
export function PlaceList({ places, organisationName }: { places: OrganisationPlace[]; organisationName: string }) {
  const owner = organisationName.toLowerCase();
  return (
    <ul role="list" className="grid gap-4 sm:grid-cols-2">
      {groupByCity(places).map((group) => {
        const wide = group.places.length >= WIDE_FROM;
        return (
          <li
            key={group.key}
            className={`rounded-card border border-line bg-white p-4 shadow-card ${wide ? "sm:col-span-2" : ""}`}
          >
            <h3 className="font-bold text-brand-900">
              {group.city ?? fr.organisations.placeWithoutCity}
              {group.department && <span className="font-normal text-ink-muted"> ({group.department})</span>}
            </h3>
            <p className="text-sm text-ink-muted">
              {formatNumber(group.places.length)} {pluralize(group.places.length, fr.organisations.placeCount)}
            </p>
            <ul className={`mt-2 space-y-1 text-[0.9375rem] ${wide ? "gap-6 md:columns-2" : ""}`}>
              {group.places.map((place) => {
                const name = place.name && !place.name.toLowerCase().includes(owner) ? place.name : null;
                const parts = [name, ...place.lines, place.postcode].filter(Boolean);
                return (
                  <li key={place.id} className="break-inside-avoid">
                    {parts.join(", ") || group.city}
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
