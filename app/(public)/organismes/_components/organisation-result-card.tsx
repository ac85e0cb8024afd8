import { type ResultBadge, ResultCard, type ResultMeta, resultCardFromHit } from "@/components/search/result-card";
import { fr } from "@/lib/i18n/fr";
import { formatNumber, pluralize } from "@/lib/i18n/format";
import type { SearchHit } from "@/lib/search/types";

/** An organisation hit: name, city, number of active trainings. */
export function OrganisationResultCard({ hit, formationCount }: { hit: SearchHit; formationCount: number }) {
  const { subtitle, ...card } = resultCardFromHit(hit);
  const meta: ResultMeta[] = [];
  if (subtitle) meta.push({ icon: "pin", label: fr.organisations.list.place, value: subtitle });
  meta.push({
    icon: "certificate",
    label: fr.organisations.list.formations,
    value: `${formatNumber(formationCount)} ${pluralize(formationCount, fr.organisations.offerCount)}`,
  });
  const badges: ResultBadge[] = hit.doc.regionFunded ? [{ label: fr.organisations.list.regionFunded, tone: "accent" }] : [];
  return <ResultCard {...card} meta={meta} badges={badges} />;
}
