import { type ResultBadge, ResultCard, type ResultMeta, resultCardFromHit } from "@/components/search/result-card";
import type { EditorialCodeLabels } from "@/db/queries/editorial";
import { fr } from "@/lib/i18n/fr";
import { DEMO_ORIGIN } from "@/lib/search/editorial-documents";
import type { SearchHit } from "@/lib/search/types";

/** A support structure hit: its type, town and services. */
export function StructureResultCard({ hit, labels }: { hit: SearchHit; labels: EditorialCodeLabels }) {
  const { doc } = hit;
  const m = fr.structures.meta;
  const meta: ResultMeta[] = [];
  const type = doc.facets.type?.[0];
  if (type) meta.push({ icon: "building", label: m.type, value: labels.typologie.get(type) ?? type });
  if (doc.subtitle) meta.push({ icon: "pin", label: m.place, value: doc.subtitle });
  const services = (doc.facets.service ?? []).map((value) => labels.service.get(value) ?? value);
  if (services.length > 0) meta.push({ icon: "users", label: m.services, value: services.join(", ") });
  const badges: ResultBadge[] = doc.facets.origin?.includes(DEMO_ORIGIN) ? [{ label: fr.editorial.demo, tone: "neutral" }] : [];
  return <ResultCard {...resultCardFromHit(hit)} subtitle={undefined} meta={meta} badges={badges} />;
}
