import { fr } from "@/lib/i18n/fr";
import { formatIsoDate } from "@/lib/i18n/format";
import type { SearchHit } from "@/lib/search/types";
import { formatDistance, type ResultBadge, ResultCard, type ResultMeta, resultCardFromHit } from "./result-card";

type FormationResultCardProps = {
  hit: SearchHit;
  /** "YYYY-MM-DD": sessions before it are past. */
  today: string;
  /** Query string of the results page, carried to the training page for "Retour aux résultats". */
  returnQuery?: string;
  headingLevel?: 2 | 3 | 4;
  variant?: "default" | "compact";
  /** Shown above the title on mixed lists (central search). */
  kindLabel?: string;
};

/** A training hit: organisation, places, next session, exit level and funding badges. */
export function FormationResultCard({
  hit,
  today,
  returnQuery,
  headingLevel,
  variant,
  kindLabel,
}: FormationResultCardProps) {
  const { doc } = hit;
  // Formation documents write their subtitle "Organisation — City, City" (lib/search/formation-documents.ts).
  const [organisation, cities] = splitSubtitle(doc.subtitle);
  const nextStart = nextSessionStart(hit, today);
  const level = doc.facets.level?.[0];
  const href = returnQuery ? `${doc.url}?retour=${encodeURIComponent(returnQuery)}` : doc.url;

  const meta: ResultMeta[] = [];
  if (organisation) meta.push({ icon: "building", label: fr.formations.meta.organisation, value: organisation });
  const distance = hit.distanceKm !== undefined ? fr.searchKit.distance(formatDistance(hit.distanceKm)) : null;
  if (cities || distance) {
    const value = cities && distance ? `${cities} (${distance})` : (cities ?? distance ?? "");
    meta.push({ icon: "pin", label: fr.formations.meta.place, value });
  }
  else if (doc.facets.modality?.includes("distance"))
    meta.push({ icon: "laptop", label: fr.formations.meta.place, value: fr.formations.meta.remote });
  meta.push({
    icon: "calendar",
    label: fr.formations.meta.nextSession,
    value: nextStart ? (
      <>
        {fr.formations.meta.startsOn}{" "}
        <time dateTime={nextStart}>{formatIsoDate(nextStart)}</time>
      </>
    ) : (
      fr.formations.meta.noUpcoming
    ),
  });
  if (level) meta.push({ icon: "level", label: fr.formations.meta.level, value: fr.catalog.levels[level] ?? level });

  const badges: ResultBadge[] = [];
  if (doc.regionFunded) badges.push({ label: fr.catalog.financing.region ?? "", tone: "accent" });
  if (doc.facets.financing?.includes("cpf")) badges.push({ label: fr.catalog.financing.cpf ?? "", tone: "brand" });
  for (const alternance of doc.facets.alternance ?? []) {
    badges.push({ label: fr.catalog.alternance[alternance] ?? alternance, tone: "brand" });
  }
  if (doc.facets.modality?.includes("distance")) badges.push({ label: fr.catalog.modality.distance ?? "", tone: "neutral" });
  if (doc.facets.type?.includes("certifiante"))
    badges.push({ label: fr.catalog.certification.certifiante ?? "", tone: "neutral" });

  return (
    <ResultCard
      {...resultCardFromHit(hit, { href, kindLabel })}
      subtitle={undefined}
      distanceKm={undefined}
      meta={meta}
      badges={badges}
      headingLevel={headingLevel}
      variant={variant}
    />
  );
}

function splitSubtitle(subtitle: string | null | undefined): [string | null, string | null] {
  if (!subtitle) return [null, null];
  const at = subtitle.lastIndexOf(" — ");
  return at < 0 ? [subtitle, null] : [subtitle.slice(0, at), subtitle.slice(at + 3)];
}

/** The first session start from today on; the index's sortDate may be a few days old. */
function nextSessionStart(hit: SearchHit, today: string): string | null {
  const starts = (hit.doc.dates ?? [])
    .map((range) => range.start)
    .filter((start): start is string => start !== null && start >= today)
    .sort();
  return starts[0] ?? null;
}
