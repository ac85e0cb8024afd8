import { type ResultBadge, ResultCard, type ResultMeta, resultCardFromHit } from "@/components/search/result-card";
import { territoryLabel } from "@/lib/editorial/labels";
import { fr } from "@/lib/i18n/fr";
import type { SearchHit } from "@/lib/search/types";

/** A financing scheme hit: acronym, kind, where it applies and whether the CPF can top it up. */
export function FinancingResultCard({ hit }: { hit: SearchHit }) {
  const { doc } = hit;
  const m = fr.financing.meta;
  const meta: ResultMeta[] = [];
  const kind = doc.facets.type?.[0];
  if (kind) meta.push({ icon: "euro", label: m.kind, value: fr.financing.kinds[kind] ?? kind });
  const territories = (doc.facets.territory ?? []).map(territoryLabel);
  if (territories.length > 0) meta.push({ icon: "pin", label: m.territory, value: territories.join(", ") });
  const badges: ResultBadge[] =
    doc.facets.cpf?.includes("eligible") && kind !== "cpf" ? [{ label: fr.financing.cpfBadge, tone: "brand" }] : [];
  return <ResultCard {...resultCardFromHit(hit)} meta={meta} badges={badges} />;
}
