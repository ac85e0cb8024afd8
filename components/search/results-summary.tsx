import type { ReactNode } from "react";
import { fr, type PluralForms } from "@/lib/i18n/fr";
import { formatNumber, pluralize } from "@/lib/i18n/format";

type ResultsSummaryProps = {
  total: number;
  /** What is counted: { one: "formation", other: "formations" }. */
  noun: PluralForms;
  /** The query text, repeated as "pour « … »". */
  query?: string;
  /** Extra context after the count (e.g. "autour de Toulouse (30 km)"). */
  children?: ReactNode;
};

/**
 * "124 formations pour « cuisine »", in a polite live region: when InstantSearch updates the
 * results in place, screen readers hear the new count without losing their position.
 */
export function ResultsSummary({ total, noun, query, children }: ResultsSummaryProps) {
  return (
    <p role="status" aria-live="polite" aria-atomic="true" className="text-lg text-ink">
      <strong className="font-bold text-brand-900">
        {formatNumber(total)} {pluralize(total, noun)}
      </strong>
      {query ? <> {fr.searchKit.forQuery(query)}</> : null}
      {children ? <> {children}</> : null}
    </p>
  );
}
