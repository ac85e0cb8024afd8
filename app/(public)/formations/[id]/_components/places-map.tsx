import type { FormationPlaceDetail } from "@/db/queries/formation-detail";
import { fr } from "@/lib/i18n/fr";

/**
 * The OpenStreetMap embed, behind a disclosure: tiles need the network and a third-party request,
 * so they load only when the visitor asks (the closed <details> keeps the lazy iframe unloaded).
 * The place list above already gives every address and coordinate without it.
 */
export function PlacesMap({ places }: { places: FormationPlaceDetail[] }) {
  const points = places.filter(
    (p): p is FormationPlaceDetail & { lat: number; lon: number } => p.lat !== null && p.lon !== null,
  );
  const first = points[0];
  if (!first) return null;
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  // At least ~2 km around a single place, so the embed shows streets rather than one building.
  const pad = 0.02;
  const bbox = [Math.min(...lons) - pad, Math.min(...lats) - pad, Math.max(...lons) + pad, Math.max(...lats) + pad]
    .map((n) => n.toFixed(5))
    .join(",");
  const src = `https://www.openstreetmap.org/export/embed.html?bbox=${bbox}&layer=mapnik&marker=${first.lat.toFixed(5)},${first.lon.toFixed(5)}`;
  return (
    <details className="mt-5 rounded-card border border-line bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center px-4 font-semibold text-brand-700 underline">
        {fr.formation.showMap}
      </summary>
      <div className="p-4 pt-0">
        <iframe
          title={fr.formation.map}
          src={src}
          loading="lazy"
          referrerPolicy="no-referrer"
          className="aspect-[4/3] w-full rounded-lg border border-line sm:aspect-[16/9]"
        />
        <p className="mt-2 text-sm text-ink-muted">{fr.formation.mapNote}</p>
      </div>
    </details>
  );
}
