import { type ResultBadge, ResultCard, type ResultMeta, resultCardFromHit } from "@/components/search/result-card";
import { fr } from "@/lib/i18n/fr";
import type { SearchHit } from "@/lib/search/types";

/** A trade hit: ROME code, domain, snippet, and the job title the search matched when it was one. */
export function TradeResultCard({ hit, matchedAppellation }: { hit: SearchHit; matchedAppellation: string | null }) {
  const meta: ResultMeta[] = [];
  if (matchedAppellation) {
    meta.push({
      icon: "briefcase",
      label: fr.trades.list.matchedAppellation,
      value: (
        <>
          {/* The term (dt) already names it for screen readers; this is its visible counterpart. */}
          <span aria-hidden="true" className="font-semibold">
            {fr.trades.list.matchedAppellationShort}
          </span>{" "}
          {matchedAppellation}
        </>
      ),
    });
  }
  const badges: ResultBadge[] = [];
  for (const transition of hit.doc.facets.transition ?? []) {
    badges.push({ label: fr.trades.list.transitions[transition] ?? transition, tone: "brand" });
  }
  if (hit.doc.facets.type?.includes("reglemente")) badges.push({ label: fr.trades.list.types.reglemente ?? "", tone: "accent" });

  return (
    <ResultCard
      {...resultCardFromHit(hit, { kindLabel: fr.trades.list.romeCode(hit.doc.id) })}
      meta={meta}
      badges={badges}
    />
  );
}
